#!/usr/bin/env bash
# Broken input of every kind: each gets a clear message naming the file (line and column
# where there is one) and exit 2, or a per-TU report while the run goes on; a run never
# says "no findings" when it could not look. Determinism and the security promises: no
# command from the analysed repository runs, nothing is written outside the cache and the
# outputs asked for, strings from the code are escaped in every format.
# Usage: robustness-test.sh WSLINT_BINARY SOURCE_DIR
source "$(dirname "$0")/../lib.sh" "$@"
stub="-I$src/test-inputs/_stubs/ixwebsocket"

# expect NAME EXIT TEXT... : the last run's exit status and stderr+stdout contents.
expect() {
  local name=$1 want=$2
  shift 2
  if [[ $rc != "$want" ]]; then
    fail "$name: exit $rc, expected $want"; sed 's/^/  | /' "$work/out" | head -10
    return
  fi
  for text in "$@"; do
    if ! grep -qF -- "$text" "$work/out"; then
      fail "$name: output lacks: $text"; sed 's/^/  | /' "$work/out" | head -10
      return
    fi
  done
  pass
}
w() { "$wslint" "$@" >"$work/out" 2>&1; rc=$?; }

socket_tu() { # file url
  cat >"$1" <<CPP
#include <ixwebsocket/IXWebSocket.h>
int main() {
  ix::WebSocket ws;
  ws.setUrl("$2");
  ws.setPingInterval(20);
  ws.disableAutomaticReconnection();
  ws.start();
}
CPP
}
db() { # dir file... : a compile_commands.json for the files
  local dir=$1 sep="" f
  shift
  {
    echo "["
    for f in "$@"; do
      echo "$sep{\"directory\": \"$dir\", \"file\": \"$f\", \"arguments\": [\"c++\", \"-std=c++17\", \"$stub\", \"-c\", \"$f\"]}"
      sep=","
    done
    echo "]"
  } >"$dir/compile_commands.json"
}

# --- compilation databases ---------------------------------------------------------------
mkdir -p "$work/nodb" && cd "$work/nodb"
w -p "$work/nodb"; expect "directory without a database" 2 "$work/nodb" "compile_commands.json"
w; expect "no database anywhere" 2 "CMAKE_EXPORT_COMPILE_COMMANDS"

mkdir -p "$work/missing-fields"
echo '[{"directory": "/tmp", "file": "a.cpp"}]' >"$work/missing-fields/compile_commands.json"
w -p "$work/missing-fields"; expect "entry without a command" 2 "$work/missing-fields"

mkdir -p "$work/relative/src"
socket_tu "$work/relative/src/a.cpp" "wss://a.example.com/"
echo "[{\"directory\": \"src\", \"file\": \"a.cpp\", \"arguments\": [\"c++\", \"-std=c++17\", \"$stub\", \"a.cpp\"]}]" >"$work/relative/compile_commands.json"
cd "$work/relative"
w -p "$work/relative" --quiet
# Clang's database reader does not resolve this entry: reported by file, never a silent run.
expect "a relative directory" 2 "src/a.cpp: could not be parsed" "none of the 1 translation units"

mkdir -p "$work/ghost"
socket_tu "$work/ghost/real.cpp" "wss://real.example.com/"
db "$work/ghost" "$work/ghost/real.cpp" "$work/ghost/gone.cpp"
w -p "$work/ghost" --no-cache
expect "a listed file that does not exist: exit 3" 3 "gone.cpp" "file does not exist" "2 translation units (1 incomplete)" \
  "the analysis is incomplete: 1 of 2 translation units"
grep -q "may be incomplete" "$work/out" && fail "the client, whose code is all analysed, was marked incomplete" || pass
w -p "$work/ghost" --no-cache --allow-incomplete
expect "--allow-incomplete: exit by the findings" 0 "file does not exist"

# --- configuration and rules -------------------------------------------------------------
mkdir -p "$work/cfg"
socket_tu "$work/cfg/a.cpp" "wss://a.example.com/"
db "$work/cfg" "$work/cfg/a.cpp"
cd "$work/cfg"
printf 'checks: [unclosed\n' >.wslint.yaml
w -p . --no-cache; expect "config that is not YAML" 2 ".wslint.yaml:"
printf 'budget:\n  desktop:\n    ceiling: many\n' >.wslint.yaml
w -p . --no-cache; expect "config with a wrong type" 2 ".wslint.yaml:3:14"
printf 'ignroe: []\n' >.wslint.yaml
w -p . --no-cache; expect "config with an unknown key" 2 ".wslint.yaml:1:1" "did you mean 'ignore'"
printf 'ignore: ["src/[a-"]\n' >.wslint.yaml
w -p . --no-cache; expect "config with a bad glob" 2 ".wslint.yaml:1:"
printf 'clients:\n  - name: x\n    entry: [nosuch]\n' >.wslint.yaml
w -p . --no-cache; expect "an entry that names nothing: exit 2 with the candidates" 2 \
  ".wslint.yaml:3: entry 'nosuch' names no function of the analysed code; candidates: a.cpp:2 (main)"
socket_tu "$work/cfg/b.cpp" "wss://b.example.com/"
db "$work/cfg" "$work/cfg/a.cpp" "$work/cfg/b.cpp"
printf 'clients:\n  - name: x\n    entry: [main]\n' >.wslint.yaml
w -p . --no-cache; expect "an entry that names several programs' functions: exit 2 with them" 2 \
  "entry 'main' names 'main' in several programs: a.cpp:2 (main), b.cpp:2 (main); write 'FILE:main'"
printf 'clients:\n  - name: x\n    entry: ["b.cpp:main"]\n' >.wslint.yaml
w -p . --no-cache; expect "an entry named by its file; the other main's socket is reported as unreached" 0 \
  "2 clients, 2 WebSockets" "note: 1 WebSocket no entry point reaches (client 'cfg (not reached from an entry point)')" \
  "give them a client with 'clients:"
rm .wslint.yaml b.cpp
db "$work/cfg" "$work/cfg/a.cpp"
mkdir -p rules && cp "$src"/rules/*.yaml rules/
printf 'name: Bad\nheaders: ["acme/[x-"]\nopen-calls:\n  - method: open\n' >rules/bad.yaml
w -p . --no-cache --rules-dir rules; expect "rules file with a bad pattern" 2 "bad.yaml:2:"
printf 'name: Bad\nheaders: ["acme/x.h"]\nopen-calls:\n  - methd: open\n' >rules/bad.yaml
w -p . --no-cache --rules-dir rules; expect "rules file with an unknown key" 2 "bad.yaml:4:5" "did you mean 'method'"
rm rules/bad.yaml

# --- translation units that do not parse ---------------------------------------------------
mkdir -p "$work/broken"
# good.cpp calls f(), defined in syntax.cpp, which does not parse, and g(), which no TU
# defines but header.cpp (cut short by its missing header) names: good's client may be
# incomplete because of both; second.cpp's client reaches nothing the broken TUs define.
cat >"$work/broken/good.cpp" <<'CPP'
#include <ixwebsocket/IXWebSocket.h>
int f();
int g();
int main() {
  g();
  ix::WebSocket ws;
  ws.setUrl("wss://good.example.com/");
  ws.setPingInterval(20);
  ws.disableAutomaticReconnection();
  ws.start();
  return f();
}
CPP
socket_tu "$work/broken/second.cpp" "wss://second.example.com/"
printf '#include <ixwebsocket/IXWebSocket.h>\nint f() { int x = 1 return x; }\n' >"$work/broken/syntax.cpp"
printf '#include "nowhere.h"\nint g() { return 0; }\n' >"$work/broken/header.cpp"
db "$work/broken" "$work/broken/good.cpp" "$work/broken/second.cpp" "$work/broken/syntax.cpp" "$work/broken/header.cpp"
cd "$work/broken"
w -p . --no-cache --format=json
expect "syntax error and missing header: reported, the rest analysed, exit 3" 3 \
  "syntax.cpp:2:20: expected ';' at end of declaration" "header.cpp:1:10: 'nowhere.h' file not found" \
  "(2 incomplete)" "good.example.com"
python3 - "$work/out" <<'PY' && pass || fail "JSON does not mark exactly the client that may miss code incomplete"
import json, sys
text = open(sys.argv[1]).read()
doc = json.loads(text[text.index("{"):text.rindex("}") + 1])
complete = {c["name"]: c["complete"] for c in doc["graph"]["clients"]}
assert complete == {"good": False, "second": True}, complete
assert doc["stats"]["parse_errors"] == 2
PY
w -p . --no-cache
expect "text names the incomplete client and the TUs its code may live in" 3 \
  "client 'good' may be incomplete: its code may live in header.cpp, syntax.cpp,"
grep -q "client 'second' may be incomplete" "$work/out" && fail "client 'second' marked incomplete" || pass
w -p . --no-cache --format=sarif
expect "SARIF marks the run incomplete" 3 '"executionSuccessful": false' "nowhere.h"
w -p . --no-cache --format=github
expect "annotations carry the TU errors" 3 "::error file=header.cpp,line=1,col=10"
printf 'allow-incomplete: true\n' >.wslint.yaml
w -p . --no-cache
expect "allow-incomplete in the config: exit by the findings" 0 "may be incomplete"
rm .wslint.yaml
printf '#include "nowhere.h"\nint h() { return 0; }\n' >"$work/broken/header2.cpp"
db "$work/broken" "$work/broken/header.cpp" "$work/broken/header2.cpp"
w -p . --no-cache
expect "every TU stopped short: exit 2, never 'no findings'" 2 "none of the 2 translation units could be analysed"
grep -q "no findings" "$work/out" && fail "said 'no findings' with nothing analysed" || pass

# One TU with a recoverable error (a file being edited, in pre-commit or the editor): what it
# has is reported, as in a larger run, and the run exits 3 (issue: partial facts are results).
mkdir -p "$work/editing" && cd "$work/editing"
cat >editing.cpp <<'CPP'
#include <ixwebsocket/IXWebSocket.h>
int unfinished() { int x = 1 return x; }
int main() {
  ix::WebSocket ws;
  ws.setUrl("wss://editing.example.com/");
  ws.disableAutomaticReconnection();
  ws.start();
}
CPP
db "$work/editing" "$work/editing/editing.cpp"
w -p . --no-cache
expect "a lone TU with a recoverable error: its findings, exit 3" 3 \
  "editing.cpp:2:29: expected ';' at end of declaration" \
  "'main::ws' (IXWebSocket) to wss://editing.example.com/ has no heartbeat" \
  "1 translation unit (1 incomplete), 1 client, 1 WebSocket: 1 finding" \
  "1 of 1 translation units could not be fully analysed"
grep -q "none of the" "$work/out" && fail "a lone TU's partial facts were thrown away" || pass
w -p . --no-cache --format=json
python3 - "$work/out" <<'PY' && pass || fail "JSON of a lone incomplete TU lacks its finding or its error"
import json, sys
text = open(sys.argv[1]).read()
doc = json.loads(text[text.index("{"):text.rindex("}") + 1])
assert [f["check"] for f in doc["findings"]] == ["websocket-missing-heartbeat"], doc["findings"]
assert doc["stats"]["parse_errors"] == 1, doc["stats"]
PY
cd "$work/broken"

# A crash inside the analysis of one TU (provoked through a test-only hook) is reported for
# that TU; the others are analysed and the run completes.
db "$work/broken" "$work/broken/good.cpp" "$work/broken/syntax.cpp" "$work/broken/header.cpp"
WSLINT_TEST_CRASH_ON=good.cpp "$wslint" -p . --no-cache >"$work/out" 2>&1; rc=$?
expect "a crash, and the other TUs broken too: what the recoverable one has, exit 3" 3 \
  "the analysis crashed on this translation unit (while analysing good.cpp" \
  "3 of 3 translation units could not be fully analysed"
printf '#include <ixwebsocket/IXWebSocket.h>\nvoid second() { static ix::WebSocket ws; ws.setUrl("wss://second.example.com/"); ws.setPingInterval(20); ws.start(); }\n' >second.cpp
db "$work/broken" "$work/broken/good.cpp" "$work/broken/second.cpp"
WSLINT_TEST_CRASH_ON=good.cpp "$wslint" -p . --no-cache >"$work/out" 2>&1; rc=$?
expect "a crash in one TU, the other analysed: exit 3" 3 "crashed on this translation unit" "second.example.com"

# --- odd sources ---------------------------------------------------------------------------
mkdir -p "$work/odd"
cd "$work/odd"
printf '#include <ixwebsocket/IXWebSocket.h>\nint main() {\n  ix::WebSocket ws;\n  ws.setUrl("ws://caf\xe9.example.com/\xff");\n  ws.start();\n}\n' >latin1.cpp
db "$work/odd" "$work/odd/latin1.cpp"
for fmt in text json sarif github codeclimate; do
  "$wslint" -p . --no-cache --quiet --format=$fmt >"$work/odd.$fmt" 2>"$work/odd.err"
  rc=$?
  [[ $rc == 1 ]] && pass || { fail "non-UTF-8 source, $fmt: exit $rc"; cat "$work/odd.err"; }
  python3 -c "open('$work/odd.$fmt', encoding='utf-8').read()" 2>/dev/null && pass || fail "non-UTF-8 source: $fmt output is not valid UTF-8"
done
python3 -c "import json; json.load(open('$work/odd.json'))" && pass || fail "non-UTF-8 source: JSON does not parse"

# A 50 MB generated source (a data table) with a socket after it.
python3 - "$work/odd/big.cpp" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("#include <ixwebsocket/IXWebSocket.h>\n")
    f.write("// generated\n" + ("// " + "x" * 96 + "\n") * 250000)  # 25 MB of comments
    f.write("const unsigned char table[] = {\n")
    row = "0x01," * 20 + "\n"
    f.write(row * (25 * 1024 * 1024 // len(row)))  # 25 MB of data
    f.write("0};\nint main() {\n  ix::WebSocket ws;\n  ws.setUrl(\"ws://big.example.com/\");\n  ws.start();\n}\n")
PY
db "$work/odd" "$work/odd/big.cpp"
w -p . --no-cache --quiet
expect "a 50 MB generated source" 1 "big.example.com"

# A symlink loop in the include path.
mkdir -p "$work/loop/inc" && ln -s "$work/loop/inc" "$work/loop/inc/self" && ln -s loop2 "$work/loop/loop1" && ln -s loop1 "$work/loop/loop2"
socket_tu "$work/loop/a.cpp" "wss://loop.example.com/"
sed -i '1i #include "self/self/self/missing.h"' "$work/loop/a.cpp"
echo "[{\"directory\": \"$work/loop\", \"file\": \"$work/loop/a.cpp\", \"arguments\": [\"c++\", \"-std=c++17\", \"$stub\", \"-I$work/loop/inc\", \"-I$work/loop/loop1\", \"-c\", \"$work/loop/a.cpp\"]}]" >"$work/loop/compile_commands.json"
cd "$work/loop"
timeout 60 "$wslint" -p . --no-cache >"$work/out" 2>&1; rc=$?
expect "a symlink loop in the include path" 2 "missing.h' file not found"

# --- security ------------------------------------------------------------------------------
# The compile command names a "compiler" that would leave a mark: wslint only parses.
mkdir -p "$work/exec"
cat >"$work/exec/evil-cc" <<SH
#!/bin/sh
touch "$work/exec/EXECUTED"
SH
chmod +x "$work/exec/evil-cc"
socket_tu "$work/exec/a.cpp" "wss://a.example.com/"
echo "[{\"directory\": \"$work/exec\", \"file\": \"$work/exec/a.cpp\", \"arguments\": [\"$work/exec/evil-cc\", \"-std=c++17\", \"$stub\", \"-c\", \"$work/exec/a.cpp\"]}]" >"$work/exec/compile_commands.json"
cd "$work/exec"
w -p . --quiet
[[ -e $work/exec/EXECUTED ]] && fail "a command from the compilation database was executed" || pass
# Nothing is written outside the cache directory and the outputs asked for.
find "$work/exec" -type f | grep -v '/.wslint-cache/' | sort >"$work/before"
w -p . --quiet --graph "$work/exec/g.html" --summary "$work/exec/sum.md"
find "$work/exec" -type f | grep -v '/.wslint-cache/' | sort >"$work/after"
diff <(cat "$work/before"; printf '%s\n' "$work/exec/g.html" "$work/exec/sum.md") "$work/after" | sort -u >"$work/written"
[[ ! -s $work/written ]] && pass || { fail "wrote files it was not asked to:"; cat "$work/written"; }
# In a read-only project, with the cache off, it still runs.
chmod -R a-w "$work/exec"
w -p . --quiet --no-cache
[[ $rc == 0 || $rc == 1 ]] && pass || { fail "read-only project: exit $rc"; cat "$work/out"; }
chmod -R u+w "$work/exec"

# Hostile strings in endpoints and comments, in the HTML graph.
mkdir -p "$work/hostile"
socket_tu "$work/hostile/a.cpp" 'ws://x.example.com/<script>alert(1)</script>'
sed -i '1i // websocket-boundary(tidiness): <img src=x onerror=alert(1)>' "$work/hostile/a.cpp"
db "$work/hostile" "$work/hostile/a.cpp"
cd "$work/hostile"
w -p . --quiet --graph "$work/hostile/g.html"
grep -q '<script>alert' g.html && fail "HTML graph: raw <script> from an endpoint" || pass
grep -q '&lt;script&gt;alert' g.html && pass || fail "HTML graph: the endpoint is missing or unescaped differently"

# --- determinism ---------------------------------------------------------------------------
cd "$work/broken"
db "$work/broken" "$work/broken/good.cpp" "$work/broken/syntax.cpp"
for run in 1 2; do
  for fmt in text json sarif codeclimate; do
    "$wslint" -p . -j$run --quiet --format=$fmt >"$work/det.$fmt.$run" 2>/dev/null
  done
  "$wslint" -p . -j$run --quiet --graph "$work/det.$run.html" >/dev/null 2>&1
  "$wslint" -p . -j$run --quiet --graph "$work/det.$run.dot" >/dev/null 2>&1
done
for f in text json sarif codeclimate; do
  cmp -s "$work/det.$f.1" "$work/det.$f.2" && pass || fail "$f output differs between runs"
done
cmp -s "$work/det.1.html" "$work/det.2.html" && cmp -s "$work/det.1.dot" "$work/det.2.dot" && pass || fail "graph output differs between runs"

finish
