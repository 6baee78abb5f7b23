// SPDX-License-Identifier: Apache-2.0
#include "Config.h"
#include "Support.h"
#include "YamlUtil.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <yaml-cpp/yaml.h>

namespace wslint {

std::pair<std::string, std::string> splitEntrySpec(const std::string &Spec) {
  for (size_t I = Spec.size(); I-- > 0;)
    if (Spec[I] == ':' && (I == 0 || Spec[I - 1] != ':') &&
        (I + 1 == Spec.size() || Spec[I + 1] != ':'))
      return {Spec.substr(0, I), Spec.substr(I + 1)};
  return {"", Spec};
}

namespace {
constexpr std::pair<ClientKind, const char *> KindNames[] = {
    {ClientKind::Browser, "browser"},
    {ClientKind::Desktop, "desktop"},
    {ClientKind::Mobile, "mobile"},
    {ClientKind::Backend, "backend"}};
} // namespace

const char *clientKindName(ClientKind K) {
  for (const auto &[Kind, Name] : KindNames)
    if (Kind == K)
      return Name;
  return "?";
}

std::optional<ClientKind> parseClientKind(const std::string &S) {
  for (const auto &[Kind, Name] : KindNames)
    if (S == Name)
      return Kind;
  return std::nullopt;
}

std::map<ClientKind, Budget> Config::defaultBudgets() {
  // Browser: design for one, two is the ceiling. Desktop follows the browser numbers.
  // Mobile: one. Backend: no fixed ceiling, but every extra socket needs its reason.
  return {{ClientKind::Browser, {1, 2}},
          {ClientKind::Desktop, {1, 2}},
          {ClientKind::Mobile, {1, 1}},
          {ClientKind::Backend, {1, std::nullopt}}};
}

Config Config::defaultsFor(const std::string &Root) {
  Config C;
  C.Root = absolutePath(Root);
  C.ProjectName = std::string(llvm::sys::path::filename(C.Root));
  return C;
}

std::vector<std::string> Config::rulesFiles() const {
  std::vector<std::string> Out;
  for (const auto &R : Rules)
    Out.push_back(absolutePath(R, Root));
  return Out;
}

Budget Config::budgetFor(const ClientDecl *Decl, ClientKind Kind) const {
  if (Decl && Decl->Limits)
    return *Decl->Limits;
  auto It = Budgets.find(Kind);
  return It == Budgets.end() ? Budget{} : It->second;
}

namespace {

std::vector<std::string> kindNames() {
  std::vector<std::string> Out;
  for (const auto &KN : KindNames)
    Out.push_back(KN.second);
  return Out;
}

ClientKind readKind(YamlReader &R, const YAML::Node &N) {
  std::string S = R.scalar(N);
  if (auto K = parseClientKind(S))
    return *K;
  R.fail(N, "unknown client kind '" + S + "'", S, kindNames());
  return ClientKind::Desktop;
}

Budget readBudget(YamlReader &R, const YAML::Node &N) {
  Budget B;
  R.mapping(N, {"preferred", "ceiling"},
            [&](const std::string &Key, const YAML::Node &V) {
              if (Key == "preferred") {
                B.Preferred = R.unsignedInt(V);
              } else if (V.IsScalar() && (V.Scalar() == "none" || V.Scalar() == "unlimited")) {
                B.Ceiling.reset();
              } else {
                B.Ceiling = R.unsignedInt(V);
              }
            });
  if (B.Ceiling && *B.Ceiling < B.Preferred)
    R.fail(N, "the ceiling (" + std::to_string(*B.Ceiling) +
                  ") is below the preferred count (" + std::to_string(B.Preferred) + ")");
  return B;
}

} // namespace

llvm::Expected<Config> parseConfig(const std::string &Text, const std::string &Path) {
  Config C;
  C.File = Path;
  llvm::SmallString<256> Root(Path);
  llvm::sys::path::remove_filename(Root);
  if (Root.empty())
    Root = ".";
  C.Root = std::string(Root);
  C.ProjectName = std::string(llvm::sys::path::filename(C.Root));

  YamlReader R(Path);
  YAML::Node Doc = R.load(Text);
  if (R.failed())
    return R.takeError();
  if (!Doc || Doc.IsNull())
    return C; // an empty file is the defaults
  // Every `entry:` value, top level and per client, checked once the whole file is read.
  std::vector<YAML::Node> EntryNodes;

  static const std::vector<std::string> TopKeys = {
      "project", "clients", "kind",       "checks", "budget",          "rules",
      "ignore",  "boundaries", "entry",   "library", "own-code", "allow-incomplete", "programs",
      "heartbeat-idle-window"};
  R.mapping(Doc, TopKeys, [&](const std::string &Key, const YAML::Node &V) {
    if (Key == "project") {
      C.ProjectName = R.scalar(V);
    } else if (Key == "kind") {
      C.DefaultKind = readKind(R, V);
      C.DefaultKindStated = true;
    } else if (Key == "allow-incomplete") {
      C.AllowIncomplete = R.boolean(V);
    } else if (Key == "heartbeat-idle-window") {
      C.IdleWindowSeconds = R.unsignedInt(V);
      if (C.IdleWindowSeconds == 0)
        R.fail(V, "heartbeat-idle-window is a number of seconds above 0");
    } else if (Key == "programs") {
      std::string P = R.scalar(V);
      if (P != "linked" && P != "whole")
        R.fail(V, "programs is 'linked' (each client's program as the build or a linker puts "
                  "it together, the default) or 'whole' (every TU is one program), not '" +
                      P + "'");
      C.WholeProgram = P == "whole";
    } else if (Key == "checks") {
      C.Checks = R.scalar(V);
      C.ChecksLine = V.Mark().line + 1;
      C.ChecksColumn = V.Mark().column + 1;
    } else if (Key == "rules") {
      C.Rules = R.stringList(V);
    } else if (Key == "ignore") {
      C.Ignore = R.globList(V);
    } else if (Key == "library") {
      C.Library = R.globList(V);
    } else if (Key == "own-code") {
      C.OwnCode = R.globList(V);
    } else if (Key == "entry") {
      C.EntryFunctions = R.stringList(V);
      C.EntryLine = V.Mark().line + 1;
      EntryNodes.push_back(V);
    } else if (Key == "budget") {
      R.mapping(V, kindNames(), [&](const std::string &K, const YAML::Node &B) {
        C.Budgets[*parseClientKind(K)] = readBudget(R, B);
      });
    } else if (Key == "clients") {
      R.sequence(V, [&](const YAML::Node &Item) {
        ClientDecl D;
        R.mapping(Item, {"name", "kind", "entry", "paths", "sources", "budget"},
                  [&](const std::string &K, const YAML::Node &F) {
                    if (K == "name")
                      D.Name = R.scalar(F);
                    else if (K == "kind")
                      D.Kind = readKind(R, F);
                    else if (K == "entry") {
                      D.Entry = R.stringList(F);
                      D.EntryLine = F.Mark().line + 1;
                      EntryNodes.push_back(F);
                    }
                    else if (K == "paths")
                      D.Paths = R.globList(F);
                    else if (K == "sources")
                      D.Sources = R.globList(F);
                    else
                      D.Limits = readBudget(R, F);
                  });
        if (D.Name.empty())
          R.fail(Item, "a client needs a 'name'");
        else if (D.Entry.empty() && D.Paths.empty())
          R.fail(Item, "client '" + D.Name + "' needs 'entry' functions or 'paths' globs");
        C.Clients.push_back(std::move(D));
      });
    } else if (Key == "boundaries") {
      R.sequence(V, [&](const YAML::Node &Item) {
        BoundaryDecl B;
        R.mapping(Item, {"slot", "category", "reason"},
                  [&](const std::string &K, const YAML::Node &F) {
                    (K == "slot" ? B.Slot : K == "category" ? B.Category : B.Reason) =
                        R.scalar(F);
                  });
        if (B.Slot.empty())
          R.fail(Item, "a boundary needs the 'slot' it applies to");
        C.Boundaries.push_back(std::move(B));
      });
    }
  });
  // An entry in code the config calls a library's is never analysed, so a run could only
  // say it names nothing: say why, here, where --verify-config says it too.
  for (const YAML::Node &N : EntryNodes) {
    std::vector<YAML::Node> Items;
    if (N.IsSequence())
      for (const auto &Item : N)
        Items.push_back(Item);
    else
      Items.push_back(N);
    for (const YAML::Node &Item : Items) {
      if (!Item.IsScalar())
        continue;
      std::string Spec = Item.as<std::string>();
      std::string File = splitEntrySpec(Spec).first;
      if (!File.empty() && matchesAnyGlob(C.Library, File) && !matchesAnyGlob(C.OwnCode, File))
        R.fail(Item, "entry '" + Spec + "' is in code 'library:' says is a library's, which is "
                     "never analysed; name an entry of the project's own code, or narrow "
                     "'library:'");
    }
  }
  if (R.failed())
    return R.takeError();
  return C;
}

llvm::Expected<Config> loadConfig(const std::string &Path) {
  std::string Text;
  if (auto Err = readTextFile(Path, Text))
    return std::move(Err);
  llvm::SmallString<256> Abs(Path);
  llvm::sys::fs::make_absolute(Abs);
  llvm::sys::path::remove_dots(Abs, true);
  return parseConfig(Text, std::string(Abs));
}

std::string findConfigFile(const std::string &Dir) {
  llvm::SmallString<256> Cur(Dir);
  llvm::sys::fs::make_absolute(Cur);
  llvm::sys::path::remove_dots(Cur, true);
  while (!Cur.empty()) {
    llvm::SmallString<256> Candidate(Cur);
    llvm::sys::path::append(Candidate, ".wslint.yaml");
    if (llvm::sys::fs::is_regular_file(Candidate))
      return std::string(Candidate);
    llvm::StringRef Parent = llvm::sys::path::parent_path(Cur);
    if (Parent == Cur)
      break;
    Cur = Parent;
  }
  return "";
}

std::string dumpConfig(const Config &C) {
  YAML::Emitter E;
  E << YAML::BeginMap;
  E << YAML::Key << "project" << YAML::Value << C.ProjectName;
  E << YAML::Key << "kind" << YAML::Value << clientKindName(C.DefaultKind);
  E << YAML::Key << "checks" << YAML::Value << C.Checks;
  E << YAML::Key << "budget" << YAML::Value << YAML::BeginMap;
  for (const auto &[Kind, B] : C.Budgets) {
    E << YAML::Key << clientKindName(Kind) << YAML::Value << YAML::Flow << YAML::BeginMap;
    E << YAML::Key << "preferred" << YAML::Value << B.Preferred;
    E << YAML::Key << "ceiling" << YAML::Value;
    if (B.Ceiling)
      E << *B.Ceiling;
    else
      E << "none";
    E << YAML::EndMap;
  }
  E << YAML::EndMap;
  E << YAML::Key << "entry" << YAML::Value << YAML::Flow << C.EntryFunctions;
  E << YAML::Key << "allow-incomplete" << YAML::Value << C.AllowIncomplete;
  E << YAML::Key << "heartbeat-idle-window" << YAML::Value << C.IdleWindowSeconds;
  E << YAML::Key << "programs" << YAML::Value << (C.WholeProgram ? "whole" : "linked");
  E << YAML::Key << "clients" << YAML::Value << YAML::BeginSeq;
  for (const auto &D : C.Clients) {
    E << YAML::BeginMap << YAML::Key << "name" << YAML::Value << D.Name;
    if (D.Kind)
      E << YAML::Key << "kind" << YAML::Value << clientKindName(*D.Kind);
    if (!D.Entry.empty())
      E << YAML::Key << "entry" << YAML::Value << YAML::Flow << D.Entry;
    if (!D.Paths.empty())
      E << YAML::Key << "paths" << YAML::Value << YAML::Flow << D.Paths;
    if (!D.Sources.empty())
      E << YAML::Key << "sources" << YAML::Value << YAML::Flow << D.Sources;
    E << YAML::EndMap;
  }
  E << YAML::EndSeq;
  E << YAML::Key << "rules" << YAML::Value << YAML::Flow << C.Rules;
  E << YAML::Key << "boundaries" << YAML::Value << YAML::BeginSeq;
  for (const auto &B : C.Boundaries)
    E << YAML::Flow << YAML::BeginMap << YAML::Key << "slot" << YAML::Value << B.Slot
      << YAML::Key << "category" << YAML::Value << B.Category << YAML::Key << "reason"
      << YAML::Value << B.Reason << YAML::EndMap;
  E << YAML::EndSeq;
  E << YAML::Key << "ignore" << YAML::Value << YAML::Flow << C.Ignore;
  E << YAML::Key << "library" << YAML::Value << YAML::Flow << C.Library;
  E << YAML::Key << "own-code" << YAML::Value << YAML::Flow << C.OwnCode;
  E << YAML::EndMap;
  return std::string(E.c_str()) + "\n";
}

} // namespace wslint
