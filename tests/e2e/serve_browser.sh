# End to end in a real browser: roadmap-serve driven by headless chromium
# through selenium (browser_check.py). Screenshots go to SHOTS_DIR.
# Usage: serve_browser.sh BIN_DIR SOURCE_DIR SHOTS_DIR
source "$(dirname "$0")/lib.sh"
SHOTS=$3
ROADMAP=$SRC/data/nizhnevartovsk-mentoring-2026.yaml
ST=$WORK/store
PASSWORD="пароль аналитика 2026"
# The demo's registry with addresses (DOU-25 has none), for the letters sent from the page.
registry_with_addresses "$WORK/orgs.csv"
run roadmap-store init "$ST" -r "$ROADMAP" --orgs "$WORK/orgs.csv"
expect_status 0 "init"
smtp=0
server=0
trap 'kill $server $smtp 2>/dev/null; rm -rf "$WORK"' EXIT
start_smtp_server "$WORK/received"
PORT=$((20000 + RANDOM % 20000))
run roadmap-serve links "$ST" --base-url "http://127.0.0.1:$PORT" -o "$WORK/links.csv"
expect_status 0 "links"
echo "$PASSWORD" >"$WORK/password"
STDIN="$WORK/password" run roadmap-serve passwd "$ST"
expect_status 0 "passwd"
"$BIN/roadmap-serve" "$ST" --listen "127.0.0.1:$PORT" --period 2026 --log "$WORK/access.log" \
  --send "$SMTP_URL" --from centre@cro.example.ru 2>"$WORK/serve.err" &
server=$!
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.1; done
checks=$((checks + 1))
timeout 600 /usr/bin/python3 "$SRC/tests/e2e/browser_check.py" "http://127.0.0.1:$PORT" "$WORK/links.csv" "$PASSWORD" \
  "$SRC" "$WORK" "$BIN" "$ST" "$SHOTS" "$WORK/received" || fail "browser_check.py ($(tail -3 "$WORK/serve.err"))"
kill -TERM $server
wait $server || fail "roadmap-serve did not stop cleanly"
run roadmap-store check "$ST"
expect_status 0 "check after the browser"
done_checks
