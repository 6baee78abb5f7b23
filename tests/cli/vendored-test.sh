#!/usr/bin/env bash
# A copy of websocketpp kept in the project (the scenario vendored-websocketpp-copy): the
# run says once which copy it read as library code and how to take it back, the JSON
# carries it in stats.vendored, and `own-code:` makes the copy the user's code again.
# Usage: vendored-test.sh WSLINT_BINARY SOURCE_DIR
source "$(dirname "$0")/../lib.sh" "$@"
[[ -f /usr/include/websocketpp/client.hpp ]] || { echo "FAIL: libwebsocketpp-dev is not installed"; exit 1; }
cp -a "$(scenario_dir vendored-websocketpp-copy)" "$work/p"
cd "$work/p"

"$wslint" -p . --no-cache client.cpp >"$work/1.out" 2>"$work/1.err"
rc=$?
[[ $rc == 1 ]] && grep -q "client.cpp:14:34: warning: .*\[websocket-missing-heartbeat\]" "$work/1.out" && pass ||
  fail "the copy's own code hid the finding: exit $rc: $(cat "$work/1.out")"
[[ $(grep -c "note: read third_party/wspp/websocketpp/ (websocketpp) as a copy of a WebSocket library kept in the project" "$work/1.err") == 1 ]] &&
  grep -q 'own-code: \["third_party/wspp/websocketpp/\*\*"\]' "$work/1.err" && pass ||
  fail "the note, once: $(cat "$work/1.err")"
"$wslint" -p . --no-cache --format=json client.cpp 2>/dev/null >"$work/1.json"
python3 -c '
import json, sys
v = json.load(open(sys.argv[1]))["stats"].get("vendored")
sys.exit(v != [{"place": "third_party/wspp/websocketpp/", "library": "websocketpp"}])' "$work/1.json" && pass ||
  fail "stats.vendored: $(grep -A6 vendored "$work/1.json")"

# own-code: the copy is read as the project's own code: no note, and its functions are
# facts of the TU like the client's (as before copies were recognised). The copy's own pong
# handling compares what arrived with PONG: noticed, not answered, so the finding stays
# (test-inputs/heartbeat/heartbeat-peer-driven-lookalikes).
printf 'own-code: ["third_party/wspp/**"]\n' >.wslint.yaml
"$wslint" -p . --no-cache client.cpp >"$work/2.out" 2>"$work/2.err"
grep -q "as a copy of a WebSocket library" "$work/2.err" && fail "note despite own-code" || pass
grep -q "client.cpp:14:34: warning: .*\[websocket-missing-heartbeat\]" "$work/2.out" && pass ||
  fail "own-code: the copy's noticed pongs made a heartbeat: $(cat "$work/2.out" "$work/2.err")"
"$wslint" extract -p . --no-cache -o "$work/2.facts" client.cpp 2>/dev/null
python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
copy = [f for u in d["units"] for f in u["functions"] if f["loc"]["file"].startswith("third_party/wspp/")]
sys.exit(not copy or any(u.get("vendored") for u in d["units"]))' "$work/2.facts" && pass ||
  fail "own-code ignored: the copy'"'"'s functions are not the TU'"'"'s facts"
finish
