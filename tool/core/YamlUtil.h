// SPDX-License-Identifier: Apache-2.0
// Strict reading of YAML documents (config and rules) with file:line:column errors.
// yaml-cpp appears only here, in Config.cpp and in Rules.cpp.
#pragma once

#include "llvm/Support/Error.h"

#include <yaml-cpp/yaml.h>

#include <functional>
#include <string>
#include <vector>

namespace wslint {

/// Reads typed values out of a YAML tree. The first problem is kept (with its position
/// and a did-you-mean where one fits); later calls after a failure do nothing.
class YamlReader {
public:
  explicit YamlReader(std::string File) : File(std::move(File)) {}

  YAML::Node load(const std::string &Text);
  /// Visits each key of a mapping; unknown keys are errors.
  void mapping(const YAML::Node &N, const std::vector<std::string> &Keys,
               const std::function<void(const std::string &, const YAML::Node &)> &Fn);
  void sequence(const YAML::Node &N, const std::function<void(const YAML::Node &)> &Fn);
  std::string scalar(const YAML::Node &N);
  unsigned unsignedInt(const YAML::Node &N);
  bool boolean(const YAML::Node &N);
  /// A scalar or a sequence of scalars.
  std::vector<std::string> stringList(const YAML::Node &N);
  /// Like stringList, each entry validated as a glob pattern.
  std::vector<std::string> globList(const YAML::Node &N);

  void fail(const YAML::Node &N, const std::string &Message, const std::string &Got = "",
            const std::vector<std::string> &Candidates = {});
  bool failed() const { return static_cast<bool>(Error); }
  llvm::Error takeError();
  const std::string &file() const { return File; }

private:
  std::string File;
  std::optional<std::string> Error;
};

} // namespace wslint
