# End to end: hostile roadmap files (generated here, and tests/hostile/yaml/)
# end in a finding and exit 1, never a crash, a hang or a raw exception
# (lib.sh checks all three on every run).
source "$(dirname "$0")/lib.sh"

python3 - "$WORK" <<'PY'
import os, sys
w = sys.argv[1]
open(f"{w}/deep-flow.yaml", "w").write("a: " + "[" * 10000 + "]" * 10000 + "\n")
open(f"{w}/deep-block.yaml", "w").write("".join(" " * i + "a:\n" for i in range(10000)))
with open(f"{w}/huge.yaml", "w") as f:       # 50 MB: one scalar
    f.write("format: roadmap/1\nroadmap:\n  title: \"")
    f.write("x" * (50 * 1024 * 1024))
    f.write("\"\n")
open(f"{w}/binary.yaml", "wb").write(bytes(range(256)) * 64)
open(f"{w}/random.yaml", "wb").write(os.urandom(1 << 16))
bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
for i in range(1, 26):
    p, c = chr(ord('a') + i - 1), chr(ord('a') + i)
    bomb += f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
bomb += "format: roadmap/1\nroadmap: *z\nparties: *z\nsections:\n  - *z\n"
open(f"{w}/alias-bomb.yaml", "w").write(bomb)
open(f"{w}/empty.yaml", "w").write("")
open(f"{w}/bom-only.yaml", "wb").write(b"\xef\xbb\xbf")
open(f"{w}/cp1251.yaml", "wb").write("format: roadmap/1\nroadmap:\n  title: Дорожная карта\n".encode("cp1251"))
PY

for name in deep-flow deep-block huge binary random alias-bomb empty bom-only cp1251; do
  run roadmap-validate -r "$WORK/$name.yaml" --format json --lang en
  expect_status 1 "$name"
  expect_json "d['valid']" False
  expect_json "d['errors'] >= 1" True
done

run roadmap-validate -r "$WORK/huge.yaml" --lang en
expect_in err "the file is too large for a roadmap: 50.0 MiB (limit 16 MiB)"
run roadmap-validate -r "$WORK/deep-flow.yaml" --lang en
expect_in err "error [yaml-syntax]"
run roadmap-validate -r "$WORK/cp1251.yaml" --lang en
expect_in err "cp1251.yaml:3:10: error [yaml-syntax] the file is not UTF-8 text"

# Committed cases (tests/hostile/yaml/): a repeated key and tabs for indentation.
run roadmap-validate -r "$SRC/tests/hostile/yaml/duplicate-keys.yaml" --lang en
expect_status 1 "duplicate keys"
expect_in err "duplicate-keys.yaml:34:1: error [roadmap-schema] key «format» is repeated (first at line 33)"
run roadmap-validate -r "$SRC/tests/hostile/yaml/tabs.yaml" --lang en
expect_status 1 "tabs"
expect_in err "tabs.yaml:35:4: error [yaml-syntax] YAML syntax error: illegal map value (check indentation (spaces only, no tabs)"

done_checks
