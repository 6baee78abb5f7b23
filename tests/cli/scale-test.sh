#!/usr/bin/env bash
# Prefilter, fact cache and shards: no TU that can reach a WebSocket header (through nested
# includes, a macro-selected include, or a user wrapper's header) is skipped; the cache
# gives the same output as a cold run, redoes exactly the TUs whose inputs changed, survives
# corruption and concurrent runs, and refuses a symlinked directory; shards merge into the
# same output as one run. Outputs are byte-identical across -j and cache states.
# Usage: scale-test.sh WSLINT_BINARY SOURCE_DIR
source "$(dirname "$0")/../lib.sh" "$@"
stat_of() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['stats'][sys.argv[2]])" "$1" "$2"; }
# Cache hits, from the summary line on stderr ("(… N from the cache …)"); 0 when none.
hits_of() { grep -oE '[0-9]+ from the cache' "$1" | grep -oE '^[0-9]+' || echo 0; }

p=$work/project
mkdir -p "$p/src" "$p/include/realtime" "$p/build"
cd "$p"
# a.cpp reaches IXWebSocket through three levels of project headers.
printf '#pragma once\n#include "level2.h"\n' >src/level1.h
printf '#pragma once\n#include "level3.h"\n' >src/level2.h
printf '#pragma once\n#include <ixwebsocket/IXWebSocket.h>\n' >src/level3.h
cat >src/a.cpp <<'CPP'
#include "level1.h"
int main() {
  ix::WebSocket ws;
  ws.setUrl("wss://a.example.com/");
  ws.setPingInterval(20);
  ws.start();
}
CPP
# b.cpp: a macro selects the WebSocket backend's header.
printf '#pragma once\n#include <ixwebsocket/IXWebSocket.h>\nvoid openB();\n' >src/ws_backend.h
printf '#pragma once\nvoid poll();\n' >src/poll_backend.h
cat >src/b.cpp <<'CPP'
#define BACKEND_WS 1
#define BACKEND BACKEND_WS
#if BACKEND == BACKEND_WS
#include BACKEND_HEADER
#else
#include "poll_backend.h"
#endif
void openB() {
  static ix::WebSocket ws;
  ws.setUrl("wss://b.example.com/");
  ws.setPingInterval(20);
  ws.start();
}
CPP
# f.cpp: no WebSocket header, but it calls openB(), which opens one: parsed for its calls
# (the prefilter's second round). g.cpp mentions openB only in a comment and a string.
printf 'void openB();\nvoid startAll() { openB(); }\n' >src/f.cpp
printf '// openB is elsewhere\nconst char *g() { return "openB"; }\n' >src/g.cpp
# c.cpp: plain code; d.cpp: the WebSocket include is compiled out.
printf '#include <vector>\nint c() { return std::vector<int>{1}.size(); }\n' >src/c.cpp
printf '#if 0\n#include <ixwebsocket/IXWebSocket.h>\n#endif\nint d() { return 4; }\n' >src/d.cpp
# e.cpp: only a user wrapper's header, named in the project's rules file.
cat >include/realtime/client.h <<'CPP'
#pragma once
namespace acme { class RealtimeClient { public: void open(const char *url); }; }
CPP
printf '#include "realtime/client.h"\nvoid e() { static acme::RealtimeClient c; c.open("wss://e.example.com/"); }\n' >src/e.cpp
cat >wrapper.yaml <<'YAML'
name: Acme realtime
headers: ["realtime/client.h"]
socket-types: ["acme::RealtimeClient"]
open-calls:
  - method: open
    url-arg: 0
YAML
printf 'project: scale\nrules: [wrapper.yaml]\nchecks: "-*,websocket-connection-budget"\n' >.wslint.yaml
{
  echo "["
  sep=""
  for f in a b c d e f g; do
    extra=""
    [[ $f == b ]] && extra=', "-DBACKEND_HEADER=\"ws_backend.h\""'
    echo "$sep{\"directory\": \"$p\", \"file\": \"$p/src/$f.cpp\", \"arguments\": [\"c++\", \"-std=c++17\", \"-I$p/include\", \"-I$src/test-inputs/_stubs/ixwebsocket\"$extra, \"-c\", \"$p/src/$f.cpp\"]}"
    sep=","
  done
  echo "]"
} >build/compile_commands.json

run() { # name args... → $work/$name.json, $work/$name.err
  local name=$1
  shift
  "$wslint" -p build --format=json "$@" >"$work/$name.json" 2>"$work/$name.err"
}

# Prefilter: c, d and g are skipped, a, b and e are not; f is parsed for its calls.
run cold -j2
[[ $(stat_of "$work/cold.json" skipped_by_prefilter) == 3 ]] && pass || { fail "prefilter skipped $(stat_of "$work/cold.json" skipped_by_prefilter), expected 3"; cat "$work/cold.err"; }
[[ $(stat_of "$work/cold.json" parsed_for_calls) == 1 ]] && pass || fail "parsed $(stat_of "$work/cold.json" parsed_for_calls) TUs for their calls, expected 1 (f.cpp)"
python3 - "$work/cold.json" <<'PY' && pass || fail "a socket behind nested, macro-selected or wrapper includes was lost"
import json, sys
g = json.load(open(sys.argv[1]))["graph"]
eps = sorted(s["endpoint"] for c in g["clients"] for s in c["sockets"])
assert eps == ["wss://a.example.com/", "wss://b.example.com/", "wss://e.example.com/"], eps
PY
"$wslint" -p build --format=json --no-cache --no-prefilter >"$work/noprefilter.json" 2>/dev/null
python3 - "$work/cold.json" "$work/noprefilter.json" <<'PY' && pass || fail "the prefilter changed the graph"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:])
assert a["graph"] == b["graph"] and a["findings"] == b["findings"]
PY

# Cache: a warm run is served entirely from the cache, with the same output.
run warm -j1
[[ $(hits_of "$work/warm.err") == 7 ]] && pass || fail "warm run: $(hits_of "$work/warm.err") cache hits, expected 7"
cmp -s "$work/cold.json" "$work/warm.json" && pass || fail "warm JSON differs from cold"
# Another build of wslint (here the same binary with one byte more) does not read the facts
# this one stored: facts depend on the extractor, not only on the version it reports.
# It runs on a copy of the warm cache, which the later steps count entries of.
cp "$wslint" "$work/wslint-rebuilt" && printf '\0' >>"$work/wslint-rebuilt"
rm -rf "$work/cache-copy" && cp -r build/.wslint-cache "$work/cache-copy"
"$work/wslint-rebuilt" -p build --cache-dir "$work/cache-copy" --format=json -j1 \
  >"$work/rebuilt.json" 2>"$work/rebuilt.err"
[[ $(hits_of "$work/rebuilt.err") == 0 ]] && pass || fail "another build: $(hits_of "$work/rebuilt.err") cache hits, expected 0"
cmp -s "$work/cold.json" "$work/rebuilt.json" && pass || fail "another build's JSON differs"
# Byte-identical text and SARIF across -j and cache states.
"$wslint" -p build --no-cache -j1 >"$work/t1.txt" 2>/dev/null
"$wslint" -p build -j2 >"$work/t2.txt" 2>/dev/null
cmp -s "$work/t1.txt" "$work/t2.txt" && pass || fail "text output differs between cold -j1 and warm -j2"
"$wslint" -p build --no-cache -j2 --format=sarif >"$work/s1.sarif" 2>/dev/null
"$wslint" -p build -j1 --format=sarif >"$work/s2.sarif" 2>/dev/null
cmp -s "$work/s1.sarif" "$work/s2.sarif" && pass || fail "SARIF differs between cold and warm"
rm -rf "$work/g-cold" && mkdir "$work/g-cold" "$work/g-warm"
for ext in json html dot mmd; do
  "$wslint" -p build --no-cache -j1 --quiet --graph "$work/g-cold/g.$ext" >/dev/null 2>&1
  "$wslint" -p build -j2 --quiet --graph "$work/g-warm/g.$ext" >/dev/null 2>&1
done
diff -r "$work/g-cold" "$work/g-warm" >/dev/null && pass || fail "graph outputs differ between cold and warm"

# A changed .cpp redoes that TU only; a changed header redoes exactly the TUs that read it.
echo '// edited' >>src/c.cpp
run c-changed
[[ $(hits_of "$work/c-changed.err") == 6 ]] && pass || fail "after editing c.cpp: $(hits_of "$work/c-changed.err") hits, expected 6"
echo '// edited' >>src/level3.h
run header-changed
[[ $(hits_of "$work/header-changed.err") == 6 ]] && pass || fail "after editing level3.h: $(hits_of "$work/header-changed.err") hits, expected 6"

# A corrupt entry is detected, discarded and recomputed.
for f in build/.wslint-cache/*.json; do printf 'garbage' >"$f"; break; done
first=$(ls build/.wslint-cache/*.json | head -1)
head -c 100 "$(ls build/.wslint-cache/*.json | sed -n 2p)" >"$work/trunc" && cp "$work/trunc" "$(ls build/.wslint-cache/*.json | sed -n 2p)"
run after-corruption
[[ $(hits_of "$work/after-corruption.err") == 5 ]] && pass || fail "after corrupting 2 entries: $(hits_of "$work/after-corruption.err") hits, expected 5"
python3 - "$work/cold.json" "$work/after-corruption.json" <<'PY' && pass || fail "output after corruption differs"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:])
assert a["graph"] == b["graph"] and a["findings"] == b["findings"]
PY
run repaired
[[ $(hits_of "$work/repaired.err") == 7 ]] && pass || fail "corrupt entries were not rewritten"

# Concurrent runs on one cache: both succeed with the same output; no temporary files stay.
rm -rf build/.wslint-cache
"$wslint" -p build -j1 >"$work/c1.txt" 2>/dev/null &
"$wslint" -p build -j1 >"$work/c2.txt" 2>/dev/null &
wait
cmp -s "$work/c1.txt" "$work/c2.txt" && cmp -s "$work/c1.txt" "$work/t1.txt" && pass || fail "concurrent runs differ"
ls build/.wslint-cache | grep -q '\.tmp$' && fail "temporary cache files left behind" || pass

# The cache directory is never a symlink; the size bound is kept.
mkdir -p "$work/elsewhere" && ln -s "$work/elsewhere" "$work/linked-cache"
"$wslint" -p build --cache-dir "$work/linked-cache" >/dev/null 2>"$work/link.err"
[[ $? == 2 ]] && grep -q "symlink" "$work/link.err" && pass || { fail "a symlinked cache directory was used"; cat "$work/link.err"; }
[[ -z $(ls "$work/elsewhere") ]] && pass || fail "wrote through the symlink"
"$wslint" -p build --cache-dir "$work/small" --cache-size 0 >/dev/null 2>&1
rc=$?
[[ ($rc == 0 || $rc == 1) && -d $work/small && -z $(ls "$work/small" | grep '\.json$') ]] && pass ||
  fail "--cache-size 0: exit $rc, or entries kept"

# Shards: two halves merged give what one run gives.
"$wslint" extract -p build --no-cache --shard 1/2 -o "$work/s1.json" 2>/dev/null
"$wslint" extract -p build --no-cache --shard 2/2 -o "$work/s2.json" 2>/dev/null
"$wslint" merge "$work/s1.json" "$work/s2.json" >"$work/merged.txt" 2>/dev/null
cmp -s "$work/merged.txt" "$work/t1.txt" && pass || { fail "merged shards differ from one run"; diff "$work/merged.txt" "$work/t1.txt" | head; }
n1=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['units']))" "$work/s1.json")
n2=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['units']))" "$work/s2.json")
[[ $n1 == 4 && $n2 == 3 ]] && pass || fail "shards hold $n1 and $n2 TUs, expected 4 and 3"
# Three shards put f.cpp (no WebSocket header, calls openB) and b.cpp (defines openB) apart:
# merge runs the second round over all shards, parsing f.cpp with the database.
for k in 1 2 3; do "$wslint" extract -p build --no-cache --shard $k/3 -o "$work/t$k.json" 2>/dev/null; done
"$wslint" merge -p build --format=json "$work/t1.json" "$work/t2.json" "$work/t3.json" >"$work/merged3.json" 2>/dev/null
[[ $(stat_of "$work/merged3.json" parsed_for_calls) == 1 && $(stat_of "$work/merged3.json" skipped_by_prefilter) == 3 ]] && pass ||
  fail "merge of 3 shards: parsed_for_calls $(stat_of "$work/merged3.json" parsed_for_calls), skipped $(stat_of "$work/merged3.json" skipped_by_prefilter); expected 1 and 3"
python3 - "$work/cold.json" "$work/merged3.json" <<'PY' && pass || fail "merged 3 shards differ from one run"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:])
assert a["graph"] == b["graph"] and a["findings"] == b["findings"] and a["stats"] == b["stats"]
PY
(cd "$work" && "$wslint" merge "$work/t1.json" "$work/t2.json" "$work/t3.json" >/dev/null 2>"$work/merge-nodb.err")
[[ $? == 3 ]] && grep -q "src/f.cpp: not parsed: it has no WebSocket header but calls into socket code, and merge has no compilation database" "$work/merge-nodb.err" && pass ||
  { fail "merge without a database did not report the TU it could not parse as incomplete (exit 3)"; cat "$work/merge-nodb.err"; }
"$wslint" extract -p build --shard 3/2 -o "$work/bad.json" >/dev/null 2>"$work/shard.err"
[[ $? == 2 ]] && grep -q "K/N" "$work/shard.err" && pass || fail "--shard 3/2 accepted"

finish
