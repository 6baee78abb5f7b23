#!/usr/bin/env bash
# Installing wslint: `cmake --install` lays out bin/, the plugin, share/wslint/rules and the
# docs, and the installed tool reads its own rules; the .deb CPack makes depends on Debian's
# LLVM 19 runtime, and unpacked (dpkg -x, no root needed) it analyses the demo and its
# plugin loads into clang-tidy-19.
# Usage: package-test.sh WSLINT_BINARY SOURCE_DIR BUILD_DIR CLANG_TIDY_19
source "$(dirname "$0")/../lib.sh" "$@"
build=$(realpath "$3")
tidy=$4

demo=$src/examples/demo
cmake -S "$demo" -B "$work/demo-build" -G Ninja >/dev/null || { echo "FAIL: cannot configure the demo"; exit 1; }

# Runs an installed wslint on the demo: its findings, with the fix hint from the installed
# rules (marked, so the source tree's rules cannot pass for them).
run_installed() { # NAME PREFIX
  local name=$1 prefix=$2 rules=$2/share/wslint/rules
  [[ -x $prefix/bin/wslint && -f $prefix/lib/libwslint-tidy.so && -f $prefix/share/doc/wslint/README.md &&
     -f $prefix/share/doc/wslint/checks/websocket-missing-heartbeat.md && -f $rules/boost-beast.yaml ]] ||
    { fail "$name: the layout lacks bin/wslint, lib/libwslint-tidy.so, the docs or the rules"; return; }
  sed -i 's/^  heartbeat: "set_option(/  heartbeat: "(installed rules) set_option(/' "$rules/boost-beast.yaml"
  if ldd "$prefix/bin/wslint" | grep -q "not found"; then
    fail "$name: the installed wslint misses libraries:"; ldd "$prefix/bin/wslint" | grep "not found"
  fi
  (cd "$demo" && "$prefix/bin/wslint" -p "$work/demo-build" --quiet) >"$work/$name.txt" 2>&1
  local rc=$?
  if [[ $rc == 1 ]] && grep -q "websocket-connection-budget" "$work/$name.txt" &&
     grep -q "fix (Boost.Beast): (installed rules) set_option(" "$work/$name.txt"; then
    pass
  else
    fail "$name: the installed wslint did not analyse the demo with its own rules (exit $rc)"
    head -5 "$work/$name.txt"
  fi
  if [[ -x $tidy ]]; then
    if "$tidy" --load="$prefix/lib/libwslint-tidy.so" --checks='-*,websocket-*' --list-checks \
        >"$work/$name-tidy.txt" 2>&1 && grep -q "websocket-missing-heartbeat" "$work/$name-tidy.txt"; then
      pass
    else
      fail "$name: clang-tidy-19 does not load the installed plugin"; head -5 "$work/$name-tidy.txt"
    fi
  fi
}

# 1. cmake --install into a prefix.
cmake --install "$build" --prefix "$work/prefix" >"$work/install.log" 2>&1 ||
  { fail "cmake --install failed"; cat "$work/install.log"; }
run_installed install "$work/prefix"

# 2. The .deb: its dependencies, then its contents unpacked into a root of their own.
(cd "$work" && cpack --config "$build/CPackConfig.cmake" -B "$work/pkg" >"$work/cpack.log" 2>&1) ||
  { fail "cpack failed"; cat "$work/cpack.log"; }
deb=$(ls "$work"/pkg/wslint_*_amd64.deb 2>/dev/null | head -1)
if [[ -z $deb ]]; then
  fail "cpack made no .deb"
else
  depends=$(dpkg-deb -f "$deb" Depends)
  for want in libllvm19 libclang-cpp19 libclang-common-19-dev libyaml-cpp0.7; do
    [[ ",$depends," == *", $want,"* || ",$depends," == *",$want,"* ]] && pass ||
      fail "the .deb does not depend on $want: $depends"
  done
  dpkg -x "$deb" "$work/root"
  run_installed deb "$work/root/usr"
fi
finish
