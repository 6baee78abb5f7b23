#!/usr/bin/env bash
# The --graph HTML page in Debian's headless Chromium, driven by Playwright: for several
# graphs (the demo; two programs sharing a socket; fan-out; boundaries; hostile strings) it
# checks the drawing's structure against the graph's JSON: clients, sockets grouped by
# boundary, endpoints, heartbeat and backoff badges, edges, nothing overlapping or cut off,
# each socket's path opening on demand, no request leaving the page; and it takes a
# screenshot of the page and of every node (structure, not pixels).
# Usage: graph-page-test.sh WSLINT_BINARY SOURCE_DIR PLAYWRIGHT_DIR
source "$(dirname "$0")/../lib.sh" "$@"
playwright=$3
[[ -f $playwright/node_modules/playwright-core/package.json ]] ||
  { echo "FAIL: no playwright-core in $playwright (scripts/bootstrap installs it)"; exit 1; }
command -v chromium >/dev/null || { echo "FAIL: chromium is not installed (scripts/bootstrap installs it)"; exit 1; }

pages=()
# page NAME DIR ARGS…: the HTML page and the graph JSON of one run, from DIR.
page() {
  local name=$1 dir=$2
  shift 2
  (cd "$dir" && "$wslint" "$@" --quiet --graph "$work/$name.html" >/dev/null 2>"$work/$name.err")
  local rc=$?
  (cd "$dir" && "$wslint" "$@" --quiet --graph "$work/$name.json" >/dev/null 2>&1)
  if [[ $rc != 0 && $rc != 1 ]]; then
    fail "$name: wslint exited $rc"; head -5 "$work/$name.err"; return
  fi
  pages+=("$name")
}

cmake -S "$src/examples/demo" -B "$work/demo-build" -G Ninja >/dev/null || { echo "FAIL: cannot configure the demo"; exit 1; }
page demo "$src/examples/demo" -p "$work/demo-build"
for scenario in reconnect-paths-across-functions fanout-per-account-map boundary-tidiness-reason identity-factories \
                lifetime-stack-object-per-iteration; do
  dir=$(scenario_dir "$scenario")
  [[ -n $dir && -d $dir ]] || { fail "no scenario $scenario"; continue; }
  mapfile -t files < <(cd "$dir" && find . -name '*.cpp' | sort)
  page "$scenario" "$dir" -p . "${files[@]}"
done
# Hostile strings from analysed code stay text.
mkdir -p "$work/hostile"
cat >"$work/hostile/app.cpp" <<'CPP'
#include <ixwebsocket/IXWebSocket.h>
int main() {
  ix::WebSocket a;
  a.setUrl("ws://a.example.com/<script>alert(1)</script>\"><img src=x onerror=alert(2)>");
  a.start();
  // A name longer than its node: cut, whole in the tooltip.
  ix::WebSocket a_socket_whose_name_is_far_longer_than_any_node_of_the_drawing_could_hold;
  a_socket_whose_name_is_far_longer_than_any_node_of_the_drawing_could_hold.setUrl("wss://b.example.com/a/very/long/path/that/goes/on/and/on/and/on");
  a_socket_whose_name_is_far_longer_than_any_node_of_the_drawing_could_hold.start();
}
CPP
echo "-I$src/test-inputs/_stubs/ixwebsocket" >"$work/hostile/compile_flags.txt"
page hostile "$work/hostile" -p . app.cpp

for name in "${pages[@]}"; do
  if node "$src/tests/html/graph-page-check.cjs" "$playwright" "$work/$name.html" "$work/$name.json" \
       "$work/$name-shots" >"$work/$name.log" 2>&1; then
    pass
  else
    fail "$name: the page's structure"; sed 's/^/  /' "$work/$name.log" | head -30
  fi
done
finish
