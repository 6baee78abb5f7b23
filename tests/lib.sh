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

# The scenario folders of test-inputs/ (each holds a compilation database; topic folders
# hold scenarios, folders starting with '_' hold stubs), one absolute path a line, sorted.
scenario_dirs() {
  find "$src/test-inputs" -path "$src/test-inputs/_*" -prune -o \
    \( -name compile_flags.txt -o -name compile_commands.json \) -printf '%h\n' | sort -u
}
# A scenario's folder by its name, wherever its topic puts it.
scenario_dir() {
  scenario_dirs | grep -E "/$1\$"
}
