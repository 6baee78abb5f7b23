#!/usr/bin/env bash
# Programs from the build: a CMake project with two executables on one static library. Run
# before CMake has described its targets, wslint asks it to (the File API's query file) and
# finds each program by what links what; after the next configure it takes each program and
# its name from its target. `programs: whole` in the config makes the whole database one
# program again, and a client's `sources:` names its program's files.
# Usage: programs-test.sh WSLINT_BINARY SOURCE_DIR
source "$(dirname "$0")/../lib.sh" "$@"
command -v cmake >/dev/null || { echo "FAIL: cmake is not installed"; exit 1; }
clients_of() { # client name: sockets, one a line, sorted
  python3 -c '
import json, sys
for c in json.load(open(sys.argv[1]))["graph"]["clients"]:
    print(c["name"] + ": " + " ".join(sorted(s["slot"] for s in c["sockets"])))' "$1" | sort
}

p=$work/project
mkdir -p "$p/lib" "$p/ticker" "$p/chat"
cd "$p"
cat >lib/client.h <<'CPP'
#pragma once
#include <ixwebsocket/IXWebSocket.h>
struct Connection {
  virtual ~Connection() = default;
  virtual void connect() = 0;
};
void runSession(Connection &C);
CPP
printf '#include "client.h"\nvoid runSession(Connection &C) { C.connect(); }\n' >lib/session.cpp
for app in ticker chat; do
  class=$( [[ $app == ticker ]] && echo TickerFeed || echo ChatRoom )
  cat >"$app/$app.cpp" <<CPP
#include "client.h"
struct $class : Connection {
  void connect() override;
  ix::WebSocket ws;
};
void $class::connect() {
  ws.setUrl("wss://$app.example.com/");
  ws.setPingInterval(15);
  ws.disableAutomaticReconnection();
  ws.start();
}
int main() {
  $class c;
  runSession(c);
}
CPP
done
cat >CMakeLists.txt <<CMAKE
cmake_minimum_required(VERSION 3.20)
project(programs CXX)
set(CMAKE_CXX_STANDARD 17)
include_directories(lib $src/test-inputs/_stubs/ixwebsocket)
add_library(session STATIC lib/session.cpp)
add_executable(ticker-app ticker/ticker.cpp)
target_link_libraries(ticker-app session)
add_executable(chat-app chat/chat.cpp)
target_link_libraries(chat-app session)
CMAKE
cmake -S . -B build -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >"$work/cmake1.log" 2>&1 || { fail "cmake: $(tail -3 "$work/cmake1.log")"; finish; exit; }

# 1. No reply yet: wslint asks for one and tells programs apart by linking.
"$wslint" -p build --no-cache --format=json >"$work/1.json" 2>"$work/1.err"
[[ -f build/.cmake/api/v1/query/codemodel-v2 ]] && pass || fail "no File API query written"
grep -q "asked CMake to describe the build's targets" "$work/1.err" && pass ||
  fail "no note about the query: $(cat "$work/1.err")"
[[ $(clients_of "$work/1.json") == $'chat: ChatRoom::ws\nticker: TickerFeed::ws' ]] && pass ||
  fail "linked programs: $(clients_of "$work/1.json")"
"$wslint" -p build --no-cache --format=json >/dev/null 2>"$work/1b.err"
grep -q "asked CMake" "$work/1b.err" && fail "asked CMake twice" || pass

# 2. After the next configure: programs and names from the targets.
cmake -S . -B build >"$work/cmake2.log" 2>&1 || fail "cmake again"
ls build/.cmake/api/v1/reply/index-*.json >/dev/null 2>&1 && pass || fail "CMake wrote no reply"
"$wslint" -p build --no-cache --format=json >"$work/2.json" 2>"$work/2.err"
[[ $(clients_of "$work/2.json") == $'chat-app: ChatRoom::ws\nticker-app: TickerFeed::ws' ]] && pass ||
  fail "programs from targets: $(clients_of "$work/2.json"); $(cat "$work/2.err"); $(ls -R build/.cmake)"
grep -q "asked CMake" "$work/2.err" && fail "asked CMake although it replied" || pass
# The facts of `wslint extract` carry the targets to `wslint merge`.
"$wslint" extract -p build --no-cache -o "$work/facts.json" 2>/dev/null
"$wslint" merge "$work/facts.json" --format=json >"$work/merged.json" 2>/dev/null
[[ $(clients_of "$work/merged.json") == "$(clients_of "$work/2.json")" ]] && pass ||
  fail "merge lost the targets: $(clients_of "$work/merged.json")"

# 3. programs: whole — the whole database is one program: each main reaches both overrides.
printf 'programs: whole\n' >.wslint.yaml
"$wslint" -p build --no-cache --format=json >"$work/3.json" 2>/dev/null
[[ $(clients_of "$work/3.json") == $'chat: ChatRoom::ws TickerFeed::ws\nticker: ChatRoom::ws TickerFeed::ws' ]] && pass ||
  fail "programs: whole: $(clients_of "$work/3.json")"

# 4. A client's sources: its program is the files named, whatever the build says.
cat >.wslint.yaml <<'YAML'
clients:
  - name: both
    entry: ["ticker/ticker.cpp:main"]
    sources: ["ticker/**", "chat/**", "lib/**"]
YAML
"$wslint" -p build --no-cache --format=json >"$work/4.json" 2>/dev/null
# The chat example's code is in its program too, but its main never makes a ChatRoom: its
# socket is no program's.
[[ $(clients_of "$work/4.json") == $'both: TickerFeed::ws\nproject (not reached from an entry point): ChatRoom::ws' ]] && pass ||
  fail "sources: $(clients_of "$work/4.json")"
printf 'programs: all\n' >.wslint.yaml
"$wslint" -p build --no-cache >/dev/null 2>"$work/5.err"
rc=$?
[[ $rc == 2 ]] && grep -q ".wslint.yaml:1:11: .*programs is 'linked'" "$work/5.err" && pass ||
  fail "a bad programs value: exit $rc: $(cat "$work/5.err")"
finish
