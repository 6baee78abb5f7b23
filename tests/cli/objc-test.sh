#!/usr/bin/env bash
# An Objective-C client end to end: an iOS chat client in three files (the socket, a category
# whose delegate callback reconnects after a fixed delay, main). The command line reports
# the missing backoff in text and SARIF (with the way from main); the clang-tidy plugin
# reports it once the project's facts are cached; a NOLINT on the opening line silences
# both.
# Usage: objc-test.sh WSLINT_BINARY SOURCE_DIR PLUGIN CLANG_TIDY_19
source "$(dirname "$0")/../lib.sh" "$@"
plugin=$(realpath "$3")
tidy=$4

proj=$work/proj
mkdir -p "$proj/src" "$proj/build"
cat >"$proj/src/ChatClient.h" <<'OBJC'
#import <SocketRocket/SocketRocket.h>
@interface ChatClient : NSObject <SRWebSocketDelegate>
@property (nonatomic, strong) SRWebSocket *socket;
- (void)start;
@end
OBJC
cat >"$proj/src/ChatClient.m" <<'OBJC'
#import "ChatClient.h"
@implementation ChatClient
- (void)start {
  self.socket = [[SRWebSocket alloc] initWithURL:[NSURL URLWithString:@"wss://chat.example.com/v1"]];
  self.socket.delegate = self;
  [self.socket open];
  [NSTimer scheduledTimerWithTimeInterval:20 target:self selector:@selector(ping) userInfo:nil repeats:YES];
}
- (void)ping {
  [self.socket sendPing:[NSData data] error:nil];
}
@end
OBJC
cat >"$proj/src/ChatClient+Reconnect.m" <<'OBJC'
#import "ChatClient.h"
@implementation ChatClient (Reconnect)
- (void)webSocket:(SRWebSocket *)webSocket didFailWithError:(NSError *)error {
  dispatch_after(dispatch_time(DISPATCH_TIME_NOW, 3 * NSEC_PER_SEC), dispatch_get_main_queue(), ^{
    [self start];
  });
}
@end
OBJC
cat >"$proj/src/main.m" <<'OBJC'
#import "ChatClient.h"
int main(void) {
  [[ChatClient new] start];
  [[NSRunLoop mainRunLoop] run];
  return 0;
}
OBJC
{
  echo '['
  first=1
  for f in main ChatClient ChatClient+Reconnect; do
    ((first)) || echo ','
    first=0
    printf '{"directory": "%s", "file": "%s", "arguments": ["clang-19", "-target", "arm64-apple-ios15.0", "-fobjc-arc", "-I%s", "-c", "%s"]}\n' \
      "$proj/build" "$proj/src/$f.m" "$src/test-inputs/_stubs/apple" "$proj/src/$f.m"
  done
  echo ']'
} >"$proj/build/compile_commands.json"
cd "$proj"

# 1. Text: the fixed delay in the category, found from the opening in another file.
"$wslint" -p build >"$work/text.txt" 2>&1
rc=$?
if [[ $rc == 1 ]] &&
   grep -q "src/ChatClient.m:6:16: warning: WebSocket 'ChatClient::socket' (SocketRocket) to wss://chat.example.com/v1 reconnects after a fixed delay" "$work/text.txt" &&
   grep -q "kind.*mobile\|3 translation units, 1 client, 1 WebSocket: 1 finding" "$work/text.txt"; then
  pass
else
  fail "text: expected the fixed-delay finding on ChatClient.m (exit $rc)"; cat "$work/text.txt"
fi

# 2. SARIF: one result for the rule, at the .m file, with the way from main as a code flow.
"$wslint" -p build --format=sarif >"$work/out.sarif" 2>/dev/null
if python3 - "$work/out.sarif" <<'PY'
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
res = [r for r in run["results"] if r["ruleId"] == "websocket-missing-backoff"]
assert len(res) == 1, res
loc = res[0]["locations"][0]["physicalLocation"]
assert loc["artifactLocation"]["uri"].endswith("src/ChatClient.m"), loc
assert loc["region"]["startLine"] == 6, loc
steps = res[0]["codeFlows"][0]["threadFlows"][0]["locations"]
assert any("main" in s["location"]["message"]["text"] for s in steps), steps
PY
then pass; else fail "SARIF: no backoff result at src/ChatClient.m:6 with a code flow"; cat "$work/out.sarif"; fi

# 3. The plugin on ChatClient.m: with the project's facts the command line left in the
#    cache, the same finding, at the same place.
"$tidy" --quiet --load="$plugin" --checks='-*,websocket-*' -p build src/ChatClient.m >"$work/tidy.txt" 2>&1
grep -q "src/ChatClient.m:6:16: warning: WebSocket 'ChatClient::socket' (SocketRocket) to wss://chat.example.com/v1 reconnects after a fixed delay.*\[websocket-missing-backoff\]" "$work/tidy.txt" && pass ||
  { fail "plugin: no backoff finding on ChatClient.m"; cat "$work/tidy.txt"; }

# 4. NOLINT on the opening line silences the command line and the plugin.
sed -i 's|  \[self.socket open\];|  [self.socket open]; // NOLINT(websocket-missing-backoff)|' src/ChatClient.m
"$wslint" -p build >"$work/nolint.txt" 2>&1
rc=$?
[[ $rc == 0 ]] && ! grep -q "missing-backoff" "$work/nolint.txt" && pass ||
  { fail "NOLINT: the command line still reports (exit $rc)"; cat "$work/nolint.txt"; }
"$tidy" --quiet --load="$plugin" --checks='-*,websocket-*' -p build src/ChatClient.m >"$work/tidy2.txt" 2>&1
grep -q "missing-backoff" "$work/tidy2.txt" && { fail "NOLINT: the plugin still reports"; cat "$work/tidy2.txt"; } || pass
finish
