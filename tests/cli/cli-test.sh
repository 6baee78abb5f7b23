#!/usr/bin/env bash
# The command line's contract: exit codes, messages on bad input, formats, subcommands.
# Usage: cli-test.sh WSLINT_BINARY SOURCE_DIR
source "$(dirname "$0")/../lib.sh" "$@"

check() { # name expected-exit command...
  local name=$1 want=$2
  shift 2
  "$@" >"$work/out" 2>"$work/err"
  local got=$?
  if [[ $got != "$want" ]]; then
    echo "FAIL: $name: exit $got, expected $want"
    sed 's/^/  stdout: /' "$work/out" | head -20
    sed 's/^/  stderr: /' "$work/err" | head -20
    fails=$((fails + 1))
    return 1
  fi
  passes=$((passes + 1))
}

contains() { # name file text
  if ! grep -qF -- "$3" "$2"; then
    echo "FAIL: $1: $(basename "$2") lacks: $3"
    sed 's/^/  | /' "$2" | head -20
    fails=$((fails + 1))
    return 1
  fi
  passes=$((passes + 1))
}

demo=$src/examples/demo
# The demo exports its compile_commands.json like any CMake project; run from its root so
# its .wslint.yaml applies.
cmake -S "$demo" -B "$work/demo-build" -G Ninja >/dev/null || { echo "FAIL: cannot configure the demo"; exit 1; }
db=$work/demo-build
cd "$demo"
check version 0 "$wslint" --version && contains version "$work/out" "wslint "
check help 0 "$wslint" --help && contains help "$work/out" "-p"
# LLVM's own options stay hidden.
if grep -q -- "--print-all-options\|--x86-asm-syntax" "$work/out"; then
  echo "FAIL: help shows LLVM's own options"; fails=$((fails + 1))
fi
check list-checks 0 "$wslint" --list-checks && contains list-checks "$work/out" "websocket-missing-heartbeat"

# Usage, config and input errors: exit 2 with a message naming the file.
check no-db 2 "$wslint" -p "$work/nowhere" && contains no-db "$work/err" "$work/nowhere"
mkdir -p "$work/empty" && echo '[]' >"$work/empty/compile_commands.json"
check empty-db 2 "$wslint" -p "$work/empty" && contains empty-db "$work/err" "lists no C, C++"
mkdir -p "$work/badjson" && echo '[{' >"$work/badjson/compile_commands.json"
check bad-json 2 "$wslint" -p "$work/badjson" && contains bad-json "$work/err" "$work/badjson"
printf 'clinets: []\n' >"$work/bad.yaml"
check bad-config 2 "$wslint" -p "$db" --config-file "$work/bad.yaml" &&
  contains bad-config "$work/err" "bad.yaml:1:1: unknown key 'clinets' (did you mean 'clients'?)"
# --verify-config rejects what a run rejects: an entry in code 'library:' covers.
check verify-config 0 "$wslint" --verify-config && contains verify-config "$work/out" "are valid"
printf 'clients:\n  - name: x\n    entry: ["third_party/ws/server.cpp:main"]\nlibrary: ["third_party/**"]\n' >"$work/libentry.yaml"
check verify-config-library-entry 2 "$wslint" --verify-config --config-file "$work/libentry.yaml" &&
  contains verify-config-library-entry "$work/err" "libentry.yaml:3:13: entry 'third_party/ws/server.cpp:main' is in code 'library:' says is a library's"
check run-library-entry 2 "$wslint" -p "$db" --config-file "$work/libentry.yaml" &&
  contains run-library-entry "$work/err" "libentry.yaml:3:13: entry 'third_party/ws/server.cpp:main' is in code 'library:' says is a library's"
# A config named from outside the tree (a team's shared file) does not move the project: its
# paths: globs match the demo's files, as a config inside it would.
printf 'clients:\n  - name: desk-from-outside\n    paths: ["src/**"]\n' >"$work/outside.yaml"
check outside-config 1 "$wslint" -p "$db" --config-file "$work/outside.yaml" --format=json --quiet &&
  python3 - "$work/out" <<'PY' || { echo "FAIL: outside-config: the paths matched nothing"; fails=$((fails + 1)); }
import json, sys
clients = {c["name"]: len(c["sockets"]) for c in json.load(open(sys.argv[1]))["graph"]["clients"]}
assert clients == {"desk-from-outside": 3}, clients
PY
check bad-checks 2 "$wslint" -p "$db" --checks '-*,websocket-mising-heartbeat' &&
  contains bad-checks "$work/err" "did you mean 'websocket-missing-heartbeat'"
check bad-format 2 "$wslint" -p "$db" --format=xml && contains bad-format "$work/err" "xml"

# A TU that fails to parse is reported; when every TU fails there are no results: exit 2.
mkdir -p "$work/broken"
printf '#include "missing.h"\nint main() {}\n' >"$work/broken/a.cpp"
printf -- '-std=c++17\n' >"$work/broken/compile_flags.txt"
check all-broken 2 "$wslint" -p "$work/broken" "$work/broken/a.cpp" &&
  contains all-broken "$work/err" "a.cpp:1:10: 'missing.h' file not found"
if grep -q "no findings" "$work/err"; then
  echo "FAIL: all-broken: says 'no findings' although nothing was analysed"; fails=$((fails + 1))
fi

# The demo: findings → exit 1; text and JSON agree on the count.
check demo-text 1 "$wslint" -p "$db" --quiet
contains demo-text "$work/out" "[websocket-connection-budget]"
contains demo-text "$work/out" "note: decision table:"
text_count=$(grep -c ': warning: ' "$work/out")
check demo-json 1 "$wslint" -p "$db" --format=json --quiet
json_count=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["findings"]))' "$work/out")
if [[ $text_count != "$json_count" ]]; then
  echo "FAIL: text has $text_count findings, JSON $json_count"; fails=$((fails + 1))
fi
cp "$work/out" "$work/demo-j1.json"
# Reports people act on (issue 15): each socket finding says how the client reaches the
# socket (entry first, the opening last) and how to fix it in the socket's library; the
# graph's sockets carry the same path.
if ! python3 - "$work/out" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
hb = [f for f in doc["findings"] if f["check"] == "websocket-missing-heartbeat"]
assert hb, "no heartbeat finding"
for f in hb:
    assert f["clients"] == ["trading-desk"], f["clients"]
    steps = f["paths"][0]["path"]
    assert steps[0]["step"].startswith("'main' calls"), steps[0]
    assert steps[-1]["line"] == f["line"] and "opens" in steps[-1]["step"], steps[-1]
    assert any(n["message"].startswith("fix (Boost.Beast): set_option(") for n in f["notes"]), f["notes"]
budget = [f for f in doc["findings"] if f["check"] == "websocket-connection-budget"][0]
assert len(budget["paths"]) == 3, budget["paths"]
for s in doc["graph"]["clients"][0]["sockets"]:
    assert s["path"][0]["file"] == "src/main.cpp" and s["path"][-1]["line"] == s["line"], s["path"]
PY
then fails=$((fails + 1)); echo "FAIL: demo JSON lacks paths, clients or fix hints"; else pass; fi
# One finding per socket and check: a socket two programs reach is one warning that names
# both clients (text: one note; JSON: clients).
shared="$src/test-inputs/reconnect/reconnect-paths-across-functions"
(cd "$shared" && "$wslint" -p . app/main.cpp echo/main.cpp lib/link.cpp --quiet) >"$work/shared.txt" 2>&1
(cd "$shared" && "$wslint" -p . app/main.cpp echo/main.cpp lib/link.cpp --quiet --format=json) >"$work/shared.json" 2>&1
if [[ $(grep -c 'missing-heartbeat\]' "$work/shared.txt") == 1 ]] &&
   grep -q "^note: the same in 2 clients: 'app' and 'echo'$" "$work/shared.txt" &&
   python3 -c 'import json,sys; f=[f for f in json.load(open(sys.argv[1]))["findings"] if f["check"]=="websocket-missing-heartbeat"]; assert len(f)==1 and f[0]["clients"]==["app","echo"]' "$work/shared.json"; then
  pass
else
  fails=$((fails + 1)); echo "FAIL: a socket of two programs is not one finding naming both"; cat "$work/shared.txt" | head -20
fi
check demo-j2 1 "$wslint" -p "$db" --format=json --quiet -j 2
if ! cmp -s "$work/out" "$work/demo-j1.json"; then
  echo "FAIL: output differs between -j1 and -j2"; fails=$((fails + 1))
fi
# --checks narrows what runs: only the named check reports; with none, exit 0.
check demo-filtered 1 "$wslint" -p "$db" --checks='-*,websocket-insecure-endpoint' --quiet
if grep -v 'insecure-endpoint' "$work/out" | grep -q ': warning: '; then
  echo "FAIL: demo-filtered: a disabled check reported"; fails=$((fails + 1))
fi
check demo-none 0 "$wslint" -p "$db" --checks='-*' --quiet

# extract + merge of two halves equals one run.
files=("$demo"/src/*.cpp)
half=$(( ${#files[@]} / 2 ))
check extract-a 0 "$wslint" extract -p "$db" -o "$work/a.json" "${files[@]:0:half}"
check extract-b 0 "$wslint" extract -p "$db" -o "$work/b.json" "${files[@]:half}"
"$wslint" merge "$work/b.json" "$work/a.json" --format=json --quiet >"$work/merged.json"
"$wslint" -p "$db" --format=json --quiet --no-cache >"$work/whole.json"
if ! cmp -s "$work/merged.json" "$work/whole.json"; then
  echo "FAIL: extract+merge differs from one run"; diff "$work/merged.json" "$work/whole.json" | head
  fails=$((fails + 1))
fi
echo '{"wslint_facts": 1, "units": [{}]}' >"$work/badfacts.json"
check bad-facts 2 "$wslint" merge "$work/badfacts.json" && contains bad-facts "$work/err" "badfacts.json"

# Graph outputs by extension; an unknown one is a usage error.
for ext in dot mmd json html; do
  check "graph-$ext" 1 "$wslint" -p "$db" --quiet --graph "$work/g.$ext" &&
    contains "graph-$ext" "$work/g.$ext" "NewsTicker::ws_"
  # Every graph says how many sockets the client holds at once.
  if [[ $ext == json ]]; then
    contains "graph-$ext" "$work/g.$ext" '"at_once": 3'
  else
    contains "graph-$ext" "$work/g.$ext" "3 at once"
  fi
done
# The HTML page in a real browser: tests/html/graph-page-test.sh.
check graph-bad-ext 2 "$wslint" -p "$db" --graph "$work/g.png" && contains graph-bad-ext "$work/err" "g.png"

# Suppressions travel in the facts: merged where the sources are gone, NOLINT still holds.
cp -r "$src/test-inputs/reports/suppression-nolint" "$work/nolint"
sed -i "s|-I\(../\)*_shared|-I$src/test-inputs/_shared|" "$work/nolint/compile_flags.txt"
cd "$work/nolint"
check nolint-extract 0 "$wslint" extract -p . -o "$work/nolint.json" tools.cpp
rm tools.cpp
check nolint-merge 1 "$wslint" merge "$work/nolint.json" --quiet
if [[ $(grep -c ': warning: ' "$work/out") != 2 ]]; then
  echo "FAIL: nolint-merge: expected the 2 unsuppressed findings"; cat "$work/out"; fails=$((fails + 1))
fi
cd "$demo"


# Baseline: record, then a run with it is clean, even after the code moves; an entry that
# matches nothing is reported as stale.
cp -r "$demo" "$work/demo-copy"
cmake -S "$work/demo-copy" -B "$work/demo-copy-build" -G Ninja >/dev/null
cd "$work/demo-copy"
{
  check write-baseline 1 "$wslint" -p "$work/demo-copy-build" --quiet --write-baseline "$work/base.json"
  sed -i '1i // a new first line shifts every finding down' src/news_ticker.cpp src/order_channel.cpp
  check with-baseline 0 "$wslint" -p "$work/demo-copy-build" --quiet --baseline "$work/base.json"
  python3 - "$work/base.json" <<'PY'
import json, sys
b = json.load(open(sys.argv[1]))
b["findings"].append({"key": "websocket-missing-heartbeat|trading-desk|Gone::ws_"})
json.dump(b, open(sys.argv[1], "w"))
PY
  check stale-baseline 0 "$wslint" -p "$work/demo-copy-build" --quiet --baseline "$work/base.json" &&
    contains stale-baseline "$work/err" "matches no finding any more; remove it: websocket-missing-heartbeat|trading-desk|Gone::ws_"
  echo '{"findings": []}' >"$work/notbase.json"
  check bad-baseline 2 "$wslint" -p "$work/demo-copy-build" --baseline "$work/notbase.json" &&
    contains bad-baseline "$work/err" "notbase.json: not a wslint baseline"
}
cd "$demo"

# Unused suppressions: a NOLINT naming a websocket check that silences nothing.
mkdir -p "$work/unused"
cat >"$work/unused/a.cpp" <<'CPP'
#include <ixwebsocket/IXWebSocket.h>
int main() {
  ix::WebSocket ws;
  ws.disableAutomaticReconnection();
  ws.setUrl("wss://a.example/"); // NOLINT(websocket-missing-heartbeat)
  ws.start(); // NOLINT(websocket-insecure-endpoint)
}
CPP
printf -- '-std=c++17
-I%s/test-inputs/_stubs/ixwebsocket
' "$src" >"$work/unused/compile_flags.txt"
cd "$work/unused"
{
  check no-unused-report 0 "$wslint" -p . a.cpp --quiet
  check unused-report 1 "$wslint" -p . a.cpp --quiet --report-unused-suppressions &&
    contains unused-report "$work/out" "a.cpp:6:18: warning: this suppression silences no websocket finding; remove it: NOLINT(websocket-insecure-endpoint) [wslint-unused-nolint]"
  # Line 5's NOLINT silences the missing heartbeat of the socket opened there: it is used.
  if grep -q "a.cpp:5" "$work/out"; then
    echo "FAIL: a used suppression was reported unused"; fails=$((fails + 1))
  fi
}
cd "$demo"

# Progress: a line on a terminal, nothing when stderr is a file or with --quiet.
cd "$demo"
check progress-not-tty 1 "$wslint" -p "$db" -j1
if grep -q $'\r' "$work/err"; then
  echo "FAIL: progress drawn when stderr is not a terminal"; fails=$((fails + 1))
fi
if command -v script >/dev/null; then
  script -qec "$wslint -p $db -j1 --format json" /dev/null >"$work/tty" 2>&1
  contains progress-tty "$work/tty" "/5] translation units, "
  script -qec "$wslint -p $db -j1 --format json --quiet" /dev/null >"$work/tty" 2>&1
  if grep -q "\] translation units, " "$work/tty"; then
    echo "FAIL: progress drawn with --quiet"; fails=$((fails + 1))
  fi
fi

finish
