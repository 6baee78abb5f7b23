#!/usr/bin/env bash
# The CI formats: every scenario's SARIF through Microsoft's SARIF validator (schema plus its
# SARIF and GitHub rules, no error or warning allowed); GitHub annotations within GitHub's
# caps; the step summary; strings from analysed code escaped in each format.
# Usage: ci-formats-test.sh WSLINT_BINARY SOURCE_DIR SARIF_MULTITOOL SARIF_DIR
source "$(dirname "$0")/../lib.sh" "$@"
multitool=$3

[[ -x $multitool ]] || { echo "FAIL: no SARIF validator at $multitool (scripts/bootstrap installs it)"; exit 1; }

# 1. Every scenario, as SARIF, through the validator. The plugin's scenario tests write
#    each scenario's report (the command line's analysis of it, as `wslint --format=sarif`
#    prints it) into SARIF_DIR before this test runs (a ctest fixture).
sarif_dir=$4
expected=$(scenario_dirs | wc -l)
count=$(find "$sarif_dir" -maxdepth 1 -name '*.sarif' 2>/dev/null | wc -l)
[[ $count == "$expected" ]] && pass ||
  fail "$count SARIF reports in $sarif_dir, one per scenario expected ($expected; run the TidyPlugin tests first)"
"$multitool" validate --rule-kind "Gh;Sarif" --level "Error;Warning" --output "$work/validation.sarif" \
  "$sarif_dir"/*.sarif >"$work/validation.txt" 2>&1
if grep -qE ': (error|warning) (SARIF|GH|ERR|WRN)[0-9]' "$work/validation.txt" || ! grep -q "Analysis completed successfully" "$work/validation.txt"; then
  fail "the SARIF validator rejects wslint's output:"; grep -E '(error|warning)' "$work/validation.txt" | head -20 | sed 's/^/  /'
else
  pass
fi
# The validated files carry the way to each socket as code flows (entry first, the opening
# last) and a shared socket's clients in one result.
python3 - "$sarif_dir/reconnect-paths-across-functions.sarif" <<'PY' && pass || fail "SARIF lacks codeFlows or the clients of a shared socket"
import json, sys
results = json.load(open(sys.argv[1]))["runs"][0]["results"]
hb = [r for r in results if r["ruleId"] == "websocket-missing-heartbeat"]
assert len(hb) == 1 and hb[0]["properties"]["clients"] == ["app", "echo"], hb
steps = hb[0]["codeFlows"][0]["threadFlows"][0]["locations"]
assert len(steps) >= 2 and "opens" in steps[-1]["location"]["message"]["text"], steps
assert steps[-1]["location"]["physicalLocation"]["region"] == hb[0]["locations"][0]["physicalLocation"]["region"]
PY

# 2. A client with more findings than GitHub shows, and hostile strings in its endpoints
#    and comments: every format escapes them.
mkdir -p "$work/hostile"
cat >"$work/hostile/app.cpp" <<'CPP'
#include <ixwebsocket/IXWebSocket.h>
// websocket-boundary(tidiness): <script>alert(1)</script> %0A::error::injected
int main() {
  ix::WebSocket a, b, c, d, e, f;
  a.setUrl("ws://a.example.com/<script>alert(1)</script>");
  b.setUrl("ws://b.example.com/x%0A::error file=x::injected");
  c.setUrl("ws://c.example.com/|`pipe`|**bold**");
  d.setUrl("ws://d.example.com/\n::error::newline");
  e.setUrl("ws://e.example.com/4");
  f.setUrl("ws://f.example.com/5");
  a.start(); b.start(); c.start(); d.start(); e.start(); f.start();
}
CPP
printf -- '-std=c++17\n-I%s/test-inputs/_stubs/ixwebsocket\n' "$src" >"$work/hostile/compile_flags.txt"
cd "$work/hostile"
"$wslint" -p . app.cpp --format=github --summary "$work/summary.md" --quiet >"$work/gh.txt" 2>"$work/gh.err"
[[ $? == 1 ]] && pass || { fail "github format: exit code"; cat "$work/gh.err"; }
annotations=$(grep -c '^::warning ' "$work/gh.txt")
[[ $annotations == 10 ]] && pass || fail "github format: $annotations warning annotations, expected GitHub's cap of 10"
grep -q '^::notice title=wslint::' "$work/gh.txt" && pass || fail "github format: no notice counting the findings past the cap"
# Every line is an annotation, a notice, or a plain finding: no injected command.
if grep -vE '^(::warning file=app\.cpp,line=[0-9]+,col=[0-9]+,title=[a-z-]+::|::notice title=wslint::|app\.cpp:[0-9]+:[0-9]+: warning: )' "$work/gh.txt" | grep -q .; then
  fail "github format: a line that is not an annotation:"; grep -vE '^(::warning |::notice |app\.cpp:)' "$work/gh.txt" | head -5
else
  pass
fi
grep -q '^::error' "$work/gh.txt" && fail "github format: an injected ::error command" || pass
grep -qF 'x%250A::error file=x::injected' "$work/gh.txt" && pass || fail "github format: '%' in data not escaped as %25"
# The summary: the table escapes markup, the Mermaid graph cannot close its fence or inject HTML.
grep -q '<script>' "$work/summary.md" && fail "summary: raw <script>" || pass
grep -qF '\|' "$work/summary.md" && pass || fail "summary: '|' in a cell not escaped"
[[ $(grep -c '^```' "$work/summary.md") == 2 ]] && pass || fail "summary: the graph's code fence is broken"
grep -q '```mermaid' "$work/summary.md" && pass || fail "summary: no Mermaid graph"
# SARIF keeps the strings as JSON strings: the validator accepts it and they round-trip.
"$wslint" -p . app.cpp --format=sarif --quiet >"$work/hostile.sarif"
python3 - "$work/hostile.sarif" <<'PY' && pass || fail "SARIF: hostile strings do not round-trip"
import json, sys
doc = json.load(open(sys.argv[1]))
texts = [r["message"]["text"] for r in doc["runs"][0]["results"]]
assert any("<script>alert(1)</script>" in t for t in texts), texts
assert all(r["partialFingerprints"]["wslintFindingKey/v1"] for r in doc["runs"][0]["results"])
PY
"$multitool" validate --rule-kind "Gh;Sarif" --level "Error;Warning" "$work/hostile.sarif" >"$work/v2.txt" 2>&1
grep -qE ': (error|warning) ' "$work/v2.txt" && fail "SARIF validator: hostile input" || pass

# GitLab's code quality report: the fields GitLab requires, strings intact.
"$wslint" -p . app.cpp --format=codeclimate --quiet >"$work/cq.json"
python3 - "$work/cq.json" <<'PY' && pass || fail "codeclimate: missing fields"
import json, sys
issues = json.load(open(sys.argv[1]))
assert len(issues) > 10
for i in issues:
    assert i["description"] and i["check_name"].startswith("websocket-") and i["fingerprint"]
    assert i["severity"] in ("info", "minor", "major", "critical", "blocker")
    assert i["location"]["path"] == "app.cpp" and i["location"]["lines"]["begin"] > 0
assert any("<script>alert(1)</script>" in i["description"] for i in issues)
PY

# 3. Fingerprints survive line shifts: the same finding two lines lower keeps its fingerprint.
{ echo; echo; cat app.cpp; } >app2.cpp && mv app2.cpp app.cpp
"$wslint" -p . app.cpp --format=sarif --quiet >"$work/shifted.sarif"
python3 - "$work/hostile.sarif" "$work/shifted.sarif" <<'PY' && pass || fail "SARIF: fingerprints change when lines shift"
import json, sys
def prints(p):
    d = json.load(open(p))
    return sorted(r["partialFingerprints"]["wslintFindingKey/v1"] for r in d["runs"][0]["results"])
a, b = prints(sys.argv[1]), prints(sys.argv[2])
assert a == b and len(a) > 0, (a, b)
PY

finish
