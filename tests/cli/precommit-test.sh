#!/usr/bin/env bash
# The pre-commit hook, installed from this repository with `pre-commit try-repo`, in a
# sample repository: a commit adding a third socket is blocked; one adding a documented
# second passes; a changed header reports the TUs that include it; without a compilation
# database the hook says what to do and exits 2.
# Usage: precommit-test.sh WSLINT_BINARY SOURCE_DIR
source "$(dirname "$0")/../lib.sh" "$@"

command -v pre-commit >/dev/null || { echo "FAIL: pre-commit is not installed (scripts/bootstrap installs it)"; exit 1; }
# try-repo copies the hooks repository: a throw-away clone of this tree's hooks file keeps
# the test independent of uncommitted changes elsewhere in the tree.
hooks=$work/hooks
mkdir -p "$hooks" && cp "$src/.pre-commit-hooks.yaml" "$hooks/" &&
  git -C "$hooks" init -q && git -C "$hooks" add . &&
  git -C "$hooks" -c user.name=t -c user.email=t@t commit -qm hooks || { echo "FAIL: hooks repo"; exit 1; }

export PATH=$(dirname "$wslint"):$PATH
export PRE_COMMIT_HOME=$work/pre-commit-cache
repo=$work/sample
mkdir -p "$repo/src" "$repo/build"
cd "$repo"
git init -q
git config user.name test && git config user.email test@example.com
printf 'project: desk\nchecks: "-*,websocket-connection-budget,websocket-undocumented-boundary,websocket-missing-heartbeat"\n' >.wslint.yaml
cat >src/feed.h <<'CPP'
#pragma once
#include <ixwebsocket/IXWebSocket.h>
inline void openFeed(ix::WebSocket &ws) {
  ws.setUrl("wss://feed.example.com/v1");
  ws.setPingInterval(20);
  ws.start();
}
CPP
cat >src/main.cpp <<'CPP'
#include "feed.h"
int main() {
  ix::WebSocket feed;
  openFeed(feed);
}
CPP
cat >src/util.cpp <<'CPP'
int add(int a, int b) { return a + b; }
CPP
write_db() {
  local entries=() f
  for f in "$@"; do
    entries+=("{\"directory\": \"$repo\", \"file\": \"$repo/$f\", \"arguments\": [\"c++\", \"-std=c++17\", \"-I$src/test-inputs/_stubs/ixwebsocket\", \"-c\", \"$repo/$f\"]}")
  done
  (IFS=,; echo "[${entries[*]}]") >build/compile_commands.json
}
write_db src/main.cpp src/util.cpp
printf 'build/\n' >.gitignore
git add -A && git commit -qm initial

hook() { pre-commit try-repo "$hooks" wslint >"$work/hook.out" 2>&1; }

# A commit touching an unrelated file: passes.
echo '// comment' >>src/util.cpp && git add src/util.cpp
hook && pass || { fail "an unrelated change was blocked"; cat "$work/hook.out"; }
git commit -qm unrelated

# A documented second socket: passes.
cat >src/orders.cpp <<'CPP'
#include <ixwebsocket/IXWebSocket.h>
void openOrders(ix::WebSocket &ws) {
  // websocket-boundary(reliability): order acks must never queue behind the price feed.
  ws.setUrl("wss://orders.example.com/v1");
  ws.setPingInterval(20);
  ws.start();
}
CPP
cat >src/main.cpp <<'CPP'
#include "feed.h"
void openOrders(ix::WebSocket &ws);
int main() {
  ix::WebSocket feed, orders;
  openFeed(feed);
  openOrders(orders);
}
CPP
write_db src/main.cpp src/orders.cpp src/util.cpp
git add -A
hook && pass || { fail "a documented second socket was blocked"; cat "$work/hook.out"; }
git commit -qm "orders socket"

# A third socket: blocked, with the budget finding in the hook's output.
cat >src/news.cpp <<'CPP'
#include <ixwebsocket/IXWebSocket.h>
void openNews(ix::WebSocket &ws) {
  ws.setUrl("wss://news.example.com/v1");
  ws.setPingInterval(20);
  ws.start();
}
CPP
cat >src/main.cpp <<'CPP'
#include "feed.h"
void openOrders(ix::WebSocket &ws);
void openNews(ix::WebSocket &ws);
int main() {
  ix::WebSocket feed, orders, news;
  openFeed(feed);
  openOrders(orders);
  openNews(news);
}
CPP
write_db src/main.cpp src/orders.cpp src/news.cpp src/util.cpp
git add -A
if hook; then
  fail "a third socket was not blocked"; cat "$work/hook.out"
else
  pass
  grep -q "websocket-connection-budget" "$work/hook.out" && pass || { fail "blocked without the budget finding"; cat "$work/hook.out"; }
fi
git reset -q --hard HEAD

# Only findings involving the changed files: a socket without a heartbeat in news.cpp is
# not reported for a change to util.cpp, and is for a change to a header news.cpp reads.
cat >src/news.h <<'CPP'
#pragma once
#define NEWS_URL "wss://news.example.com/v1"
CPP
cat >src/news.cpp <<'CPP'
#include "news.h"
#include <ixwebsocket/IXWebSocket.h>
void openNews() {
  static ix::WebSocket ws;
  ws.setUrl(NEWS_URL);
  ws.start();
}
CPP
write_db src/main.cpp src/orders.cpp src/news.cpp src/util.cpp
git add -A && git commit -qm news --no-verify
wslint --changed src/util.cpp >"$work/changed.out" 2>&1
[[ $? == 0 ]] && pass || { fail "--changed util.cpp reported findings of other files"; cat "$work/changed.out"; }
wslint --changed src/news.h >"$work/changed.out" 2>&1
[[ $? == 1 ]] && grep -q "news.cpp:5:6: warning: .*has no heartbeat" "$work/changed.out" && pass ||
  { fail "--changed news.h did not report the TU that includes it"; cat "$work/changed.out"; }

# No compilation database anywhere: exit 2 and a message that says what to do.
mv build elsewhere
wslint --changed src/news.cpp >"$work/nodb.out" 2>&1
rc=$?
[[ $rc == 2 ]] && grep -q "CMAKE_EXPORT_COMPILE_COMMANDS" "$work/nodb.out" && pass ||
  { fail "no database: exit $rc"; cat "$work/nodb.out"; }
# cmake-build-*/ is found too.
mv elsewhere cmake-build-debug
wslint --changed src/news.h >"$work/changed.out" 2>&1
[[ $? == 1 ]] && pass || { fail "cmake-build-debug/ not searched"; cat "$work/changed.out"; }

finish
