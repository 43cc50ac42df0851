# End to end: roadmap-serve over a store (SPEC.md §16). serve_check.py drives
# it over HTTP as schools, the analyst and an attacker would; then the log
# must hold no token, the store must pass `check`, and SIGTERM must stop it.
# Usage: serve.sh BIN_DIR SOURCE_DIR (roadmap-gen is taken from BIN_DIR/../tools)
source "$(dirname "$0")/lib.sh"
ROADMAP=$SRC/data/nizhnevartovsk-mentoring-2026.yaml
ST=$WORK/store
PASSWORD="верный пароль 2026"

# The demo's registry with addresses (DOU-25 has none), for the letters sent from the page.
registry_with_addresses "$WORK/orgs.csv"
run roadmap-store init "$ST" -r "$ROADMAP" --orgs "$WORK/orgs.csv"
expect_status 0 "init"
PORT=$((20000 + RANDOM % 20000))
server=0
smtp=0
trap 'kill $server $smtp 2>/dev/null; rm -rf "$WORK"' EXIT
# A local SMTP server (python3-aiosmtpd) that refuses SCH-05's address.
start_smtp_server "$WORK/received" sch-05@schools.example.ru
run roadmap-serve links "$ST" --base-url "http://127.0.0.1:$PORT" -o "$WORK/links.csv"
expect_status 0 "links"
checks=$((checks + 1))
[ "$(stat -c %a "$WORK/links.csv")" = 600 ] || fail "the list of links is readable by others: $(stat -c %a "$WORK/links.csv")"
[ "$(wc -l <"$WORK/links.csv")" -eq 62 ] || fail "links: $(wc -l <"$WORK/links.csv") lines"
STDIN=<(echo "short") run roadmap-serve passwd "$ST"
expect_status 2 "a short password"
echo "$PASSWORD" >"$WORK/password"
STDIN="$WORK/password" run roadmap-serve passwd "$ST"
expect_status 0 "passwd"
sqlite3 "$ST/store.sqlite" "SELECT hash FROM credential" | grep -q '^\$argon2id\$' || fail "the password is not an Argon2id hash"

# Two schools send their files before the service starts (by mail, through roadmap-store add).
mkdir -p "$WORK/mail"
cp "$SRC/examples/submissions/SCH-02.csv" "$SRC/examples/submissions/SCH-03.csv" "$WORK/mail/"
run roadmap-store add "$ST" "$WORK/mail" --source mail
# Sending settings that cannot work stop the service at once.
run roadmap-serve "$ST" --listen "127.0.0.1:$PORT" --send "http://127.0.0.1:25" --from centre@cro.example.ru
expect_status 2 "--send that is not smtp://"
expect_in err "smtp://"
run roadmap-serve "$ST" --listen "127.0.0.1:$PORT" --send "smtp://127.0.0.1:25" --smtp-user u --from centre@cro.example.ru
expect_status 2 "--smtp-user without a password file"
"$BIN/roadmap-serve" "$ST" --listen "127.0.0.1:$PORT" --period 2026 --log "$WORK/access.log" --behind-proxy \
  --send "$SMTP_URL" --from centre@cro.example.ru 2>"$WORK/serve.err" &
server=$!
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.1; done
/usr/bin/python3 "$SRC/tests/e2e/serve_check.py" "http://127.0.0.1:$PORT" "$WORK/links.csv" "$PASSWORD" "$SRC" "$WORK" "$BIN" "$ST" \
  "$WORK/received" || { kill $server; cat "$WORK/serve.err" >&2; fail "serve_check.py"; }
checks=$((checks + 1))
kill -TERM $server
wait $server
server_status=$?
[ $server_status -eq 0 ] || fail "roadmap-serve did not stop cleanly on SIGTERM: exit $server_status"

# No token in the log; every request logged.
checks=$((checks + 1))
tokens=$(cut -d';' -f4 "$WORK/links.csv" | tail -n +2 | sed 's#.*/o/##')
for token in $tokens; do grep -q "$token" "$WORK/access.log" "$WORK/serve.err" && fail "a link's token is in the log"; done
grep -q "POST /o/…/upload 200" "$WORK/access.log" || fail "the log lacks the uploads: $(head -3 "$WORK/access.log")"
grep -q " 203.0.113.5 POST /login 429$" "$WORK/access.log" || fail "behind the proxy the log lacks the client's address"
# The store holds what was uploaded, from the web, and passes its check.
run roadmap-store check "$ST"
expect_status 0 "check after the service"
[ "$(sqlite3 "$ST/store.sqlite" "SELECT count(*) FROM receipt WHERE source = 'web'")" -ge 4 ] || fail "the uploads are not in the store"
sqlite3 "$ST/store.sqlite" "SELECT name FROM receipt" | grep -qx "x.csv" || fail "../../x.csv was not kept as x.csv"
sqlite3 "$ST/store.sqlite" "SELECT action FROM audit" | grep -q "^login$" || fail "no login in the audit log"
sqlite3 "$ST/store.sqlite" "SELECT action FROM audit" | grep -q "^download$" || fail "no download in the audit log"
sqlite3 "$ST/store.sqlite" "SELECT detail FROM audit WHERE action = 'send'" | grep -q "^SCH-05 2026 reminder failed$" \
  || fail "the audit log lacks the letters sent: $(sqlite3 "$ST/store.sqlite" "SELECT action, detail FROM audit" | tail -3)"
sqlite3 "$ST/store.sqlite" "SELECT action FROM audit" | grep -q "^sending-started$" || fail "the audit log lacks who started the sending"
checks=$((checks + 1))
[ "$(stat -c %a "$ST/letters/2026")" = 700 ] || fail "the letters' folder is readable by others: $(stat -c %a "$ST/letters/2026")"
grep -q "^SCH-24	2026	reminder	" "$ST/letters/2026/sent.log" || fail "sent.log lacks SCH-24's reminder: $(head -2 "$ST/letters/2026/sent.log")"
# The letters give each school its own link, and no other school's.
run roadmap-feedback --store "$ST" --period 2026 --links "$WORK/links.csv" --out-dir "$WORK/letters" -q
[ "$status" -le 1 ] || fail "feedback --links: exit $status"
checks=$((checks + 1))
/usr/bin/python3 - "$WORK/links.csv" "$WORK/letters" <<'PYEOF' || fail "the letters' links"
import csv, email, email.policy, glob, os, re, sys
links = {r["org_id"]: r["url"] for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"), delimiter=";")}
with_link = 0
for path in glob.glob(os.path.join(sys.argv[2], "*.eml")):
    org = os.path.basename(path)[:-4]
    text = email.message_from_binary_file(open(path, "rb"), policy=email.policy.default).get_body(("plain",)).get_content()
    found = re.findall(r"https?://\S+/o/[0-9a-f]{32}", text)
    assert found in ([], [links[org]]), (org, found)
    with_link += bool(found)
assert with_link >= 55, with_link  # every reminder and correction: all but the accepted
PYEOF
run roadmap-feedback --store "$ST" --links "$WORK/nothing.csv" --out-dir "$WORK/letters2" -q
expect_status 2 "a missing list of links"

# A revoked link stops working.
run roadmap-serve revoke "$ST" --org SCH-07
expect_status 0 "revoke"
"$BIN/roadmap-serve" "$ST" --listen "127.0.0.1:$PORT" --log "$WORK/access2.log" 2>/dev/null &
server=$!
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.1; done
checks=$((checks + 1))
code=$(curl -s -o /dev/null -w '%{http_code}' "$(grep '^SCH-07;' "$WORK/links.csv" | cut -d';' -f4)")
# Not behind a proxy, X-Real-IP is anyone's to forge: ignored.
curl -s -o /dev/null -H "X-Real-IP: 198.51.100.7" "http://127.0.0.1:$PORT/login"
[ "$code" = 404 ] || fail "a revoked link answers $code"
kill -TERM $server
wait $server
checks=$((checks + 1))
grep -q "198.51.100.7" "$WORK/access2.log" && fail "X-Real-IP was believed without --behind-proxy"
grep -q " 127.0.0.1 GET /login 200$" "$WORK/access2.log" || fail "the log lacks the connection's address: $(tail -2 "$WORK/access2.log")"

# TLS: the service itself on HTTPS (a self-signed certificate); the session cookie is Secure there.
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$WORK/key.pem" -out "$WORK/cert.pem" -days 2 -subj "/CN=127.0.0.1" \
  >/dev/null 2>&1 || fail "openssl could not make a certificate"
"$BIN/roadmap-serve" "$ST" --listen "127.0.0.1:$PORT" --tls-cert "$WORK/cert.pem" --tls-key "$WORK/key.pem" \
  --log "$WORK/tls.log" 2>"$WORK/tls.err" &
server=$!
for _ in $(seq 50); do curl -sk -o /dev/null "https://127.0.0.1:$PORT/" && break; sleep 0.1; done
checks=$((checks + 1))
curl -sk -c "$WORK/tls-jar" -o "$WORK/tls-login.html" "https://127.0.0.1:$PORT/login"
tls_csrf=$(sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' "$WORK/tls-login.html")
curl -sk -b "$WORK/tls-jar" -D "$WORK/tls-headers" -o /dev/null --data-urlencode "csrf=$tls_csrf" \
  --data-urlencode "password=$PASSWORD" "https://127.0.0.1:$PORT/login"
grep -qi '^set-cookie: rmt_session=.*; Secure' "$WORK/tls-headers" || fail "under TLS the cookie is not Secure: $(cat "$WORK/tls-headers")"
checks=$((checks + 1))
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/")" != 200 ] || fail "the TLS service answers plain HTTP"
kill -TERM $server
wait $server

# kill -9 while schools upload: every upload that was answered is in the store, and the store is sound.
GEN=$(dirname "$BIN")/tools/roadmap-gen
"$GEN" -r "$ROADMAP" -n 400 --seed 6 --resubmissions 0 "$WORK/many" >/dev/null || fail "roadmap-gen"
for delay in 0.3 0.8 1.5; do
  FS=$WORK/faults-$delay
  run roadmap-store init "$FS" -r "$ROADMAP" --orgs "$WORK/many/orgs.csv"
  run roadmap-serve links "$FS" --base-url "http://127.0.0.1:$PORT" -o "$WORK/many-links.csv"
  "$BIN/roadmap-serve" "$FS" --listen "127.0.0.1:$PORT" --log /dev/null 2>/dev/null &
  server=$!
  for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.1; done
  /usr/bin/python3 "$SRC/tests/e2e/serve_faults.py" "http://127.0.0.1:$PORT" "$WORK/many-links.csv" "$WORK/many/submissions" \
    $server $delay >"$WORK/answered"
  wait $server 2>/dev/null
  run roadmap-store check "$FS"
  expect_status 0 "check after kill -9 at $delay s"
  sqlite3 "$FS/store.sqlite" "SELECT DISTINCT org_id FROM receipt_org" | sort >"$WORK/stored"
  checks=$((checks + 1))
  lost=$(sort "$WORK/answered" | comm -23 - "$WORK/stored")
  [ -z "$lost" ] || fail "answered uploads lost after kill -9 at $delay s: $lost"
  echo "serve.sh: kill -9 at $delay s: $(wc -l <"$WORK/answered") uploads answered, all stored" >&2
done

# A full disk: the store on a 6 MB tmpfs, a 12 MB report; the school reads a clear message and the store stays sound.
if [ "$(id -u)" -eq 0 ] && mkdir -p "$WORK/small" && mount -t tmpfs -o size=6m tmpfs "$WORK/small" 2>/dev/null; then
  trap 'kill $server $smtp 2>/dev/null; umount "$WORK/small" 2>/dev/null; rm -rf "$WORK"' EXIT
  run roadmap-store init "$WORK/small/st" -r "$ROADMAP" --orgs "$SRC/examples/orgs.csv"
  run roadmap-serve links "$WORK/small/st" --base-url "http://127.0.0.1:$PORT" -o "$WORK/small-links.csv"
  "$BIN/roadmap-serve" "$WORK/small/st" --listen "127.0.0.1:$PORT" --log "$WORK/small.log" 2>/dev/null &
  server=$!
  for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.1; done
  url=$(grep '^SCH-05;' "$WORK/small-links.csv" | cut -d';' -f4)
  csrf=$(curl -s "$url" | sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p')
  { cat "$SRC/examples/submissions/SCH-05.csv"; for i in $(seq 240000); do echo "SCH-05;2026;1.2;выполнено;;;;комментарий $i"; done; } \
    >"$WORK/SCH-05.csv"
  before=$(sqlite3 "$WORK/small/st/store.sqlite" "SELECT count(*) FROM receipt")
  curl -s -F "csrf=$csrf" -F "file=@$WORK/SCH-05.csv" "$url/upload" >"$WORK/full.html"
  checks=$((checks + 1))
  grep -q "на сервере нет места" "$WORK/full.html" || fail "a full disk: $(sed 's/<[^>]*>//g' "$WORK/full.html" | grep -v '^\s*$' | head -8)"
  kill -TERM $server
  wait $server
  checks=$((checks + 1))
  grep -q "not stored: no space left" "$WORK/small.log" || fail "the log lacks why the upload was not stored"
  run roadmap-store check "$WORK/small/st"
  expect_status 0 "check after a full disk"
  [ "$(sqlite3 "$WORK/small/st/store.sqlite" "SELECT count(*) FROM receipt")" = "$before" ] || fail "a full disk changed the store"
  umount "$WORK/small"
else
  echo "serve.sh: no tmpfs could be mounted here; the full-disk case was not run" >&2
fi
done_checks
