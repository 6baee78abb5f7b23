// SPDX-License-Identifier: Apache-2.0
#include "YamlUtil.h"
#include "Support.h"

#include "llvm/Support/GlobPattern.h"

namespace wslint {

YAML::Node YamlReader::load(const std::string &Text) {
  try {
    return YAML::Load(Text);
  } catch (const YAML::Exception &E) {
    Error = File + ":" + std::to_string(E.mark.line + 1) + ":" +
            std::to_string(E.mark.column + 1) + ": not valid YAML: " + E.msg;
    return YAML::Node();
  }
}

void YamlReader::fail(const YAML::Node &N, const std::string &Message,
                      const std::string &Got, const std::vector<std::string> &Candidates) {
  if (Error)
    return;
  std::string Where = File;
  YAML::Mark M = N.Mark();
  if (!M.is_null())
    Where += ":" + std::to_string(M.line + 1) + ":" + std::to_string(M.column + 1);
  Error = Where + ": " + Message + (Got.empty() ? "" : didYouMean(Got, Candidates));
}

llvm::Error YamlReader::takeError() {
  if (!Error)
    return llvm::Error::success();
  std::string E = std::move(*Error);
  Error.reset();
  return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s", E.c_str());
}

void YamlReader::mapping(
    const YAML::Node &N, const std::vector<std::string> &Keys,
    const std::function<void(const std::string &, const YAML::Node &)> &Fn) {
  if (Error)
    return;
  if (!N.IsMap()) {
    fail(N, "expected a mapping");
    return;
  }
  for (auto It = N.begin(); It != N.end() && !Error; ++It) {
    if (!It->first.IsScalar()) {
      fail(It->first, "expected a key");
      return;
    }
    const std::string &Key = It->first.Scalar();
    if (std::find(Keys.begin(), Keys.end(), Key) == Keys.end()) {
      fail(It->first, "unknown key '" + Key + "'", Key, Keys);
      return;
    }
    Fn(Key, It->second);
  }
}

void YamlReader::sequence(const YAML::Node &N,
                          const std::function<void(const YAML::Node &)> &Fn) {
  if (Error)
    return;
  if (!N.IsSequence()) {
    fail(N, "expected a list");
    return;
  }
  for (const auto &Item : N) {
    if (Error)
      return;
    Fn(Item);
  }
}

std::string YamlReader::scalar(const YAML::Node &N) {
  if (Error)
    return "";
  if (!N.IsScalar()) {
    fail(N, "expected a single value");
    return "";
  }
  return N.Scalar();
}

unsigned YamlReader::unsignedInt(const YAML::Node &N) {
  std::string S = scalar(N);
  if (Error)
    return 0;
  unsigned long V = 0;
  if (S.empty() || S.size() > 9 || S.find_first_not_of("0123456789") != std::string::npos) {
    fail(N, "expected a whole number, got '" + S + "'");
    return 0;
  }
  V = std::stoul(S);
  return static_cast<unsigned>(V);
}

bool YamlReader::boolean(const YAML::Node &N) {
  std::string S = scalar(N);
  if (S == "true")
    return true;
  if (S != "false")
    fail(N, "expected true or false, got '" + S + "'");
  return false;
}

std::vector<std::string> YamlReader::stringList(const YAML::Node &N) {
  std::vector<std::string> Out;
  if (Error)
    return Out;
  if (N.IsScalar()) {
    Out.push_back(N.Scalar());
    return Out;
  }
  sequence(N, [&](const YAML::Node &Item) { Out.push_back(scalar(Item)); });
  return Out;
}

std::vector<std::string> YamlReader::globList(const YAML::Node &N) {
  std::vector<std::string> Out;
  auto Check = [&](const YAML::Node &Item) {
    std::string S = scalar(Item);
    if (Error)
      return;
    if (auto Pat = llvm::GlobPattern::create(S); !Pat) {
      fail(Item, "bad glob '" + S + "': " + llvm::toString(Pat.takeError()));
      return;
    }
    Out.push_back(S);
  };
  if (N.IsScalar())
    Check(N);
  else
    sequence(N, Check);
  return Out;
}

} // namespace wslint
