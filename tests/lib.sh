# SPDX-License-Identifier: Apache-2.0
# What every shell test starts with; sourced as `source tests/lib.sh "$@"` with the wslint
# binary and the source directory as the first two arguments. Sets wslint, src and work (a
# temporary directory removed on exit), counts with pass/fail, and `finish` prints the
# tally and sets the exit status. KEEP=1 keeps the temporary directory (its path is printed)
# for a look at what a failing test left.
set -u
wslint=$(realpath "$1")
src=$(realpath "$2")
work=$(mktemp -d)
if [[ -n ${KEEP:-} ]]; then
  echo "work: $work"
else
  trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
fi
fails=0
passes=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
pass() { passes=$((passes + 1)); }
finish() {
  echo "$passes passed, $fails failed"
  [[ $fails == 0 ]]
}
