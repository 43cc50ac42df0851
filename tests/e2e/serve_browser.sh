# End to end in a real browser: roadmap-serve driven by headless chromium
# through selenium (browser_check.py). Screenshots go to SHOTS_DIR.
# Usage: serve_browser.sh BIN_DIR SOURCE_DIR SHOTS_DIR
source "$(dirname "$0")/lib.sh"
SHOTS=$3
ROADMAP=$SRC/data/nizhnevartovsk-mentoring-2026.yaml
ST=$WORK/store
PASSWORD="пароль аналитика 2026"
run roadmap-store init "$ST" -r "$ROADMAP" --orgs "$SRC/examples/orgs.csv"
expect_status 0 "init"
PORT=$((20000 + RANDOM % 20000))
run roadmap-serve links "$ST" --base-url "http://127.0.0.1:$PORT" -o "$WORK/links.csv"
expect_status 0 "links"
echo "$PASSWORD" >"$WORK/password"
STDIN="$WORK/password" run roadmap-serve passwd "$ST"
expect_status 0 "passwd"
"$BIN/roadmap-serve" "$ST" --listen "127.0.0.1:$PORT" --period 2026 --log "$WORK/access.log" 2>"$WORK/serve.err" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.1; done
checks=$((checks + 1))
timeout 600 /usr/bin/python3 "$SRC/tests/e2e/browser_check.py" "http://127.0.0.1:$PORT" "$WORK/links.csv" "$PASSWORD" \
  "$SRC" "$WORK" "$BIN" "$ST" "$SHOTS" || fail "browser_check.py ($(tail -3 "$WORK/serve.err"))"
kill -TERM $server
wait $server || fail "roadmap-serve did not stop cleanly"
run roadmap-store check "$ST"
expect_status 0 "check after the browser"
done_checks
