#!/usr/bin/env bash
# The plugin inside a clang-tidy of another LLVM (Debian's plain clang-tidy is version 14)
# stops the run and says which clang-tidy to use, instead of reporting nothing.
# Usage: tidy-version-test.sh PLUGIN SOURCE_DIR
set -u
plugin=$(realpath "$1")
src=$(realpath "$2")
other=$(command -v clang-tidy-14 || command -v clang-tidy)
[[ -n $other ]] || { echo "FAIL: no clang-tidy other than clang-tidy-19 (scripts/bootstrap installs clang-tidy)"; exit 1; }
cd "$src/test-inputs/libraries/drogon/drogon-disable-ping"
"$other" --load="$plugin" --checks='-*,websocket-*' -p . client.cpp >/tmp/tidy-version.$$ 2>&1
rc=$?
out=$(cat /tmp/tidy-version.$$); rm -f /tmp/tidy-version.$$
if [[ $rc == 2 ]] && grep -q "built for clang-tidy 19, but this clang-tidy runs LLVM 14" <<<"$out" &&
   grep -q "run clang-tidy-19 instead" <<<"$out"; then
  echo "1 passed, 0 failed"
else
  echo "FAIL: exit $rc, output:"; echo "$out" | head -10
  exit 1
fi
