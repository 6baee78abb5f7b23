#!/usr/bin/env bash
# Whole-client findings in the editor: a client spread over four files. Without the
# project's facts the plugin keeps to what one TU decides and says so once (a remark);
# after one command-line run it merges the edited TU's fresh facts with the cached facts of
# the others: the heartbeat set up in another file is no false positive, and a third socket
# added in the edited file, with no new command-line run, gives the budget finding there.
# Usage: tidy-cache-test.sh WSLINT_BINARY SOURCE_DIR PLUGIN CLANG_TIDY_19
source "$(dirname "$0")/../lib.sh" "$@"
plugin=$(realpath "$3")
tidy=$4

proj=$work/proj
mkdir -p "$proj/src" "$proj/build"
echo "kind: desktop" >"$proj/.wslint.yaml"
cat >"$proj/src/net.h" <<'CPP'
#pragma once
#include <ixwebsocket/IXWebSocket.h>
struct Feed {
  ix::WebSocket ws_;
  void start();
  void tune();
};
struct Orders {
  // websocket-boundary(reliability): order acks must never queue behind the price feed.
  ix::WebSocket ws_;
  void start();
};
CPP
cat >"$proj/src/main.cpp" <<'CPP'
#include "net.h"
int main() {
  Orders orders;
  orders.start();
  Feed feed;
  feed.start();
  return 0;
}
CPP
cat >"$proj/src/orders.cpp" <<'CPP'
#include "net.h"
void Orders::start() {
  ws_.setUrl("wss://orders.example.com/v1");
  ws_.setPingInterval(20);
  ws_.disableAutomaticReconnection();
  ws_.start();
}
CPP
cat >"$proj/src/tune.cpp" <<'CPP'
#include "net.h"
void Feed::tune() {
  ws_.setPingInterval(30);
  ws_.disableAutomaticReconnection();
}
CPP
cat >"$proj/src/feed.cpp" <<'CPP'
#include "net.h"
void Feed::start() {
  tune();
  ws_.setUrl("wss://feed.example.com/v2");
  ws_.start();
}
CPP
{
  echo '['
  first=1
  for f in main orders tune feed; do
    ((first)) || echo ','
    first=0
    printf '{"directory": "%s", "file": "%s", "arguments": ["clang++-19", "-std=c++17", "-I%s", "-c", "%s"]}\n' \
      "$proj/build" "$proj/src/$f.cpp" "$src/test-inputs/_stubs/ixwebsocket" "$proj/src/$f.cpp"
  done
  echo ']'
} >"$proj/build/compile_commands.json"
cd "$proj"

tidy_feed() { # OUT
  "$tidy" --quiet --load="$plugin" --checks='-*,websocket-*' -p build src/feed.cpp >"$1" 2>&1
}

# 1. No project facts yet: nothing the TU cannot decide, and one remark saying why.
tidy_feed "$work/before.txt"
if ! grep -q "warning:" "$work/before.txt" &&
   [[ $(grep -c "remark: wslint: checks that need the whole client ran only" "$work/before.txt") == 1 ]]; then
  pass
else
  fail "without the project's facts: expected only the remark"; cat "$work/before.txt"
fi

# 2. One command-line run (clean: the heartbeat of Feed::ws_ is set in tune.cpp) leaves the
#    project's facts in build/.wslint-cache; the plugin then decides the whole client.
"$wslint" -p build --quiet >"$work/cli.txt" 2>&1
rc=$?
[[ $rc == 0 ]] && pass || { fail "the command line finds something in the clean project (exit $rc)"; cat "$work/cli.txt"; }
[[ -f build/.wslint-cache/project.facts ]] && pass || fail "no build/.wslint-cache/project.facts after a run"
tidy_feed "$work/cached.txt"
if [[ ! -s $work/cached.txt ]]; then
  pass
else
  fail "with the project's facts: a finding (or remark) on the clean client"; cat "$work/cached.txt"
fi

# 3. The edited file opens a third socket, no new command-line run: the budget finding there.
cat >"$proj/src/feed.cpp" <<'CPP'
#include "net.h"
ix::WebSocket news;
void Feed::start() {
  tune();
  ws_.setUrl("wss://feed.example.com/v2");
  ws_.start();
  news.setUrl("wss://news.example.com/v1");
  news.setPingInterval(30);
  news.disableAutomaticReconnection();
  news.start();
}
CPP
tidy_feed "$work/edited.txt"
if grep -q "src/feed.cpp:7:8: warning: client '[^']*' holds 3 WebSocket connections; a desktop client's ceiling is 2 \[websocket-connection-budget\]" "$work/edited.txt" &&
   ! grep -q "missing-heartbeat" "$work/edited.txt"; then
  pass
else
  fail "the third socket in the edited file: no budget finding there (or a heartbeat false positive)"; cat "$work/edited.txt"
fi
# The command line agrees, line for line.
"$wslint" -p build --quiet >"$work/cli2.txt" 2>&1
grep -q "src/feed.cpp:7:8: warning: client '[^']*' holds 3 WebSocket connections" "$work/cli2.txt" && pass ||
  { fail "the command line disagrees"; cat "$work/cli2.txt"; }

# 4. Without the project's facts, the same edit gives no budget finding: the cache did it.
rm -rf build/.wslint-cache
tidy_feed "$work/nocache.txt"
grep -q "connection-budget" "$work/nocache.txt" && fail "the budget finding without the project's facts" || pass
finish
