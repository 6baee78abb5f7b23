// SPDX-License-Identifier: Apache-2.0
// libFuzzer's entry point for one target, chosen at build time (WSLINT_FUZZ_TARGET).
#include "Targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  wslint::fuzz::WSLINT_FUZZ_TARGET(Data, Size);
  return 0;
}
