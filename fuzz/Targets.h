// SPDX-License-Identifier: Apache-2.0
// The fuzz targets, as plain functions: fuzz/<name>.cpp wraps one in LLVMFuzzerTestOneInput
// for libFuzzer, and tests/FuzzRegressionTest.cpp replays every input kept in
// fuzz/regressions/<name>/ through the same function in the normal test build.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace wslint::fuzz {

using Target = void (*)(const uint8_t *Data, size_t Size);

void config(const uint8_t *Data, size_t Size);       ///< .wslint.yaml reader
void rules(const uint8_t *Data, size_t Size);        ///< rules file and decision-table readers
void boundary(const uint8_t *Data, size_t Size);     ///< boundary-annotation parser
void facts(const uint8_t *Data, size_t Size);        ///< facts reader, then merge, checks, writers
void expectations(const uint8_t *Data, size_t Size); ///< scenario expectation parser

struct NamedTarget {
  const char *Name;
  Target Run;
};
const std::vector<NamedTarget> &allTargets();

} // namespace wslint::fuzz
