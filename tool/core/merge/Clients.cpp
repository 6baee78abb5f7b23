// SPDX-License-Identifier: Apache-2.0
#include "Clients.h"
#include "Reach.h"

#include "../Support.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"

#include <algorithm>

namespace wslint {
namespace merge {
namespace {

/// "ns::Class::f" matches "ns::Class::f", "Class::f" and "f" written in the config.
bool nameMatches(const std::string &Qualified, const std::string &Wanted) {
  if (Qualified == Wanted)
    return true;
  return Qualified.size() > Wanted.size() + 2 &&
         llvm::StringRef(Qualified).ends_with("::" + Wanted);
}

/// The functions an `entry:` item names. `main` is the free function, never a member named
/// main; a file part, or the client's `paths:`, narrows the candidates. Naming nothing, or
/// one name defined in several files (several programs' mains), is a configuration error
/// that lists the candidates (test-inputs/whole-program/entry-points-configured,
/// tests/robustness).
std::vector<const FunctionFact *> resolveEntry(const Program &M, const std::string &Spec,
                                               const std::vector<std::string> &Paths,
                                               const Config &Cfg, unsigned Line, Graph &G) {
  auto [File, Function] = splitEntrySpec(Spec);
  std::vector<const FunctionFact *> Found;
  for (const auto &[USR, F] : M.Functions) {
    if (F.Kind != NodeKind::Function)
      continue;
    bool Named = Function == "main" ? F.Name == "main" : nameMatches(F.Name, Function);
    bool InFile = File.empty() || F.Loc.File == File || matchesAnyGlob({File}, F.Loc.File);
    if (Named && InFile && (Paths.empty() || matchesAnyGlob(Paths, F.Loc.File)))
      Found.push_back(&F);
  }
  auto Where = [](const FunctionFact *F) {
    return F->Loc.File + ":" + std::to_string(F->Loc.Line) + " (" + F->Name + ")";
  };
  std::string At =
      (Cfg.File.empty() ? std::string("config") : Cfg.File) + ":" + std::to_string(Line) + ": ";
  std::map<std::string, std::set<std::string>> FilesOf;
  for (const FunctionFact *F : Found)
    FilesOf[F->Name].insert(F->Loc.File);
  for (const auto &[Name, Files] : FilesOf)
    if (Files.size() > 1) {
      std::vector<std::string> Candidates;
      for (const FunctionFact *F : Found)
        if (F->Name == Name)
          Candidates.push_back(Where(F));
      G.ConfigErrors.push_back(
          {false, At + "entry '" + Spec + "' names '" + Name +
                      "' in several programs: " + llvm::join(Candidates, ", ") +
                      "; write 'FILE:" + Function + "' or give the client 'paths:'"});
      return {};
    }
  if (Found.empty()) {
    // Candidates: functions with the same last name anywhere, else the entry points found.
    llvm::StringRef Last = llvm::StringRef(Function).rsplit("::").second;
    if (Last.empty())
      Last = Function;
    std::vector<std::string> Candidates;
    for (const auto &[USR, F] : M.Functions)
      if (F.Kind == NodeKind::Function &&
          (llvm::StringRef(F.Name).ends_with_insensitive(Last) || F.IsEntry) &&
          Candidates.size() < 10)
        Candidates.push_back(Where(&F));
    G.ConfigErrors.push_back(
        {true, At + "entry '" + Spec + "' names no function of the analysed code" +
                   (Candidates.empty() ? std::string()
                                       : "; candidates: " + llvm::join(Candidates, ", "))});
  }
  return Found;
}

/// The name a USR ends in: "c:@N@app@S@Feed@F@open#" → "open", "c:@ws_transport" →
/// "ws_transport". Good enough to ask whether a file writes it.
std::string nameInUSR(llvm::StringRef USR) {
  size_t At = USR.rfind("@F@");
  if (At != llvm::StringRef::npos)
    USR = USR.drop_front(At + 3);
  else if ((At = USR.rfind("@FI@")) != llvm::StringRef::npos)
    USR = USR.drop_front(At + 4);
  else if ((At = USR.find('@')) != llvm::StringRef::npos)
    USR = USR.drop_front(At + 1);
  return USR.take_until([](char C) { return C == '#' || C == '@' || C == '>' || C == '('; })
      .str();
}

/// The parts of an entry's path that can name its program, nearest first: the file's
/// stem, then its folders up to the project's root. A stem that names a role rather than a
/// program (`main`, `app`, `application`, `client`) and a folder that holds sources (`src`,
/// `source`, `sources`) are left out. A folder whose name extends the stem before it
/// (`minimal-ws-client-rx/minimal-ws-client.c`) replaces it: the stem is shared by its
/// sibling programs' files.
std::vector<std::string> nameParts(const FunctionFact &F) {
  auto RoleStem = [](llvm::StringRef C) {
    return C.empty() || llvm::is_contained({"main", "app", "application", "client"}, C.lower());
  };
  auto SourceDir = [](llvm::StringRef C) {
    return C.empty() || C == "." || C == ".." ||
           llvm::is_contained({"src", "source", "sources"}, C.lower());
  };
  std::vector<std::string> Parts;
  llvm::StringRef Path = F.Loc.File;
  std::string Stem = llvm::sys::path::stem(Path).str();
  if (!RoleStem(Stem))
    Parts.push_back(Stem);
  for (llvm::StringRef Dir = llvm::sys::path::parent_path(Path); !Dir.empty();
       Dir = llvm::sys::path::parent_path(Dir)) {
    llvm::StringRef Name = llvm::sys::path::filename(Dir);
    if (llvm::sys::path::is_absolute(Dir) && Dir == llvm::sys::path::root_path(Dir))
      break;
    if (SourceDir(Name))
      continue;
    if (Parts.size() == 1 && Parts[0] == Stem && Name.starts_with(Stem)) {
      Parts[0] = Name.str();
      continue;
    }
    Parts.push_back(Name.str());
  }
  return Parts;
}

} // namespace

std::vector<std::string> clientNames(const std::vector<const FunctionFact *> &Entries,
                                     const std::string &Project) {
  std::vector<std::vector<std::string>> Parts;
  for (const FunctionFact *E : Entries)
    Parts.push_back(nameParts(*E));
  // Each takes its nearest part; entries whose names still collide take one more part
  // each ("desk/tools"), until they differ or have no part left.
  std::vector<size_t> Used(Entries.size(), 1);
  auto NameOf = [&](size_t I) {
    if (Parts[I].empty())
      return Project.empty() ? Entries[I]->Name : Project;
    std::string Name;
    for (size_t K = std::min(Used[I], Parts[I].size()); K-- > 0;)
      Name += (Name.empty() ? "" : "/") + Parts[I][K];
    return Name;
  };
  for (bool Changed = true; Changed;) {
    Changed = false;
    std::map<std::string, std::vector<size_t>> ByName;
    for (size_t I = 0; I < Entries.size(); ++I)
      ByName[NameOf(I)].push_back(I);
    for (const auto &[Name, Same] : ByName)
      if (Same.size() > 1)
        for (size_t I : Same)
          if (Used[I] < Parts[I].size())
            ++Used[I], Changed = true;
  }
  std::vector<std::string> Out;
  std::set<std::string> Taken;
  for (size_t I = 0; I < Entries.size(); ++I) {
    std::string Name = NameOf(I);
    // Still the same as another's: the entry's file tells them apart.
    if (!Taken.insert(Name).second)
      Taken.insert(Name = Entries[I]->Loc.File);
    Out.push_back(Name);
  }
  return Out;
}

namespace {

/// The units of a program that starts where these functions are defined: the unit whose main
/// file defines each (the whole database's split name R@file says which file).
std::vector<size_t> unitsDefining(const Program &M, const FactSet &Facts,
                                  const std::vector<std::string> &Roots) {
  std::set<size_t> Out;
  auto Defines = [&](const std::string &USR) {
    return std::any_of(Facts.Units.begin(), Facts.Units.end(), [&](const TUFacts &U) {
      return std::any_of(U.Functions.begin(), U.Functions.end(),
                         [&](const FunctionFact &G) { return G.USR == USR; });
    });
  };
  for (const auto &R : Roots) {
    auto F = M.Functions.find(R);
    std::string Plain = R;
    if (auto [USR, File] = splitDefinitionName(R);
        F != M.Functions.end() && File == F->second.Loc.File && !Defines(R))
      Plain = USR;
    // The unit whose main file it is written in; else (written in a header) every unit
    // that has it.
    for (bool AnyFile : {false, true}) {
      bool Found = false;
      for (size_t U = 0; U < Facts.Units.size(); ++U)
        for (const auto &G : Facts.Units[U].Functions)
          if (G.USR == Plain && (AnyFile || F == M.Functions.end() ||
                                 Facts.Units[U].MainFile == F->second.Loc.File))
            Out.insert(U), Found = true;
      if (Found)
        break;
    }
  }
  return std::vector<size_t>(Out.begin(), Out.end());
}

/// The build target whose sources include one of the units (an executable or a library
/// that links into one), with the targets it depends on, transitively: its units.
const BuildTarget *targetOf(const FactSet &Facts, const std::vector<size_t> &Units) {
  for (const BuildTarget &T : Facts.Targets)
    if (T.Type == "EXECUTABLE" || T.Type == "SHARED_LIBRARY" || T.Type == "MODULE_LIBRARY")
      for (size_t U : Units)
        if (std::binary_search(T.Sources.begin(), T.Sources.end(), Facts.Units[U].MainFile))
          return &T;
  return nullptr;
}

std::vector<size_t> targetUnits(const FactSet &Facts, const BuildTarget &Top) {
  std::map<std::string, const BuildTarget *> ByName;
  for (const BuildTarget &T : Facts.Targets)
    ByName[T.Name] = &T;
  std::set<std::string> Files, Seen;
  std::vector<const BuildTarget *> Work = {&Top};
  while (!Work.empty()) {
    const BuildTarget *T = Work.back();
    Work.pop_back();
    if (!Seen.insert(T->Name).second)
      continue;
    Files.insert(T->Sources.begin(), T->Sources.end());
    for (const auto &D : T->Dependencies)
      if (auto It = ByName.find(D); It != ByName.end())
        Work.push_back(It->second);
  }
  std::vector<size_t> Out;
  for (size_t U = 0; U < Facts.Units.size(); ++U)
    if (Files.count(Facts.Units[U].MainFile) || !Facts.Units[U].Complete)
      Out.push_back(U);
  return Out;
}

/// Which units make the client's program: the config's `sources:`, every unit with
/// `programs: whole` or for a client that runs everything, the build target its entries are
/// in, else what a linker pulls in from the units defining its entries and those in its
/// `paths:` (test-inputs/whole-program/programs-examples-own-sockets).
void findProgram(const Program &M, const FactSet &Facts, const Config &Cfg, ClientPlan &P) {
  auto Matching = [&](const std::vector<std::string> &Globs) {
    std::vector<size_t> Out;
    for (size_t U = 0; U < Facts.Units.size(); ++U)
      if (matchesAnyGlob(Globs, Facts.Units[U].MainFile))
        Out.push_back(U);
    return Out;
  };
  if (P.Decl && !P.Decl->Sources.empty()) {
    P.Units = Matching(P.Decl->Sources);
    return;
  }
  if (P.RunsEverything || Cfg.WholeProgram) {
    for (size_t U = 0; U < Facts.Units.size(); ++U)
      P.Units.push_back(U);
    return;
  }
  std::vector<size_t> Start = unitsDefining(M, Facts, P.Roots);
  if (const BuildTarget *T = targetOf(Facts, Start)) {
    P.Target = T->Name;
    P.Units = targetUnits(Facts, *T);
    return;
  }
  if (P.Decl)
    for (size_t U : Matching(P.Decl->Paths))
      Start.push_back(U);
  P.Units = linkUnits(Facts, Start);
}

} // namespace

std::vector<ClientPlan> planClients(const Program &M, const FactSet &Facts, const Config &Cfg,
                                    Graph &G) {
  std::vector<ClientPlan> Plans;
  if (!Cfg.Clients.empty()) {
    for (const auto &D : Cfg.Clients) {
      std::vector<std::string> Roots, Names;
      SourceLoc EntryLoc;
      for (const auto &E : D.Entry)
        for (const FunctionFact *F : resolveEntry(M, E, D.Paths, Cfg, D.EntryLine, G)) {
          Roots.push_back(F->USR);
          Names.push_back(F->Name);
          if (!EntryLoc.valid())
            EntryLoc = F->Loc;
        }
      ClientPlan P;
      P.Name = D.Name;
      P.Decl = &D;
      P.EntryNames = Names;
      P.EntryLoc = EntryLoc;
      P.Roots = Roots;
      Plans.push_back(std::move(P));
    }
  } else {
    // Entry points found in the code, and those the config names (each a client named
    // after its function). Entry points that imply a kind of client (a JNI library's
    // exports: mobile) are together one client of that kind: the app that loads the code.
    std::vector<const FunctionFact *> Entries;
    std::map<std::string, std::vector<const FunctionFact *>> ByKind;
    std::set<const FunctionFact *> Configured;
    for (const auto &E : Cfg.EntryFunctions)
      for (const FunctionFact *F : resolveEntry(M, E, {}, Cfg, Cfg.EntryLine, G))
        Configured.insert(F);
    for (const auto &[USR, F] : M.Functions)
      if (Configured.count(&F) || (F.IsEntry && F.ClientKind.empty()))
        Entries.push_back(&F);
      else if (F.IsEntry)
        ByKind[F.ClientKind].push_back(&F);
    auto ByLoc = [](const FunctionFact *A, const FunctionFact *B) { return A->Loc < B->Loc; };
    std::sort(Entries.begin(), Entries.end(), ByLoc);
    if (Entries.empty() && ByKind.empty()) {
      // No entry: the program is everything there is (a library, an app whose main is not
      // in the database), so every function runs in it, and its sockets come in source
      // order. A close handler that reopens a socket is then followed too
      // (test-inputs/libraries/socketrocket/socketrocket-library-reconnect).
      ClientPlan P;
      P.Name = Cfg.ProjectName;
      P.RunsEverything = true;
      Plans.push_back(std::move(P));
    }
    std::vector<std::string> Names = clientNames(Entries, Cfg.ProjectName);
    for (size_t I = 0; I < Entries.size(); ++I) {
      const FunctionFact *E = Entries[I];
      ClientPlan P;
      P.Name = Configured.count(E) ? E->Name : Names[I];
      P.EntryNames = {E->Name};
      P.EntryLoc = E->Loc;
      P.Roots = {E->USR};
      Plans.push_back(std::move(P));
    }
    for (auto &[Kind, Group] : ByKind) {
      std::sort(Group.begin(), Group.end(), ByLoc);
      ClientPlan P;
      for (const FunctionFact *E : Group) {
        P.Roots.push_back(E->USR);
        P.EntryNames.push_back(E->Name);
      }
      // Named like an entry, after the file of its first entry point, with its kind: the
      // same name whatever else is analysed (test-inputs/whole-program/entry-points-jni).
      P.Name = clientNames({Group.front()}, Cfg.ProjectName).front() + " (" + Kind + ")";
      P.EntryLoc = Group.front()->Loc;
      P.ImpliedKind = parseClientKind(Kind);
      Plans.push_back(std::move(P));
    }
  }
  for (ClientPlan &P : Plans)
    findProgram(M, Facts, Cfg, P);
  // A client whose program is a build target is named after it, unless the config names it.
  std::map<std::string, unsigned> ByTarget;
  for (const ClientPlan &P : Plans)
    if (!P.Target.empty() && !P.Decl)
      ++ByTarget[P.Target];
  for (ClientPlan &P : Plans)
    if (!P.Target.empty() && !P.Decl && ByTarget[P.Target] == 1)
      P.Name = P.Target;
  return Plans;
}

std::vector<std::string> rootsIn(const Program &P, const std::vector<std::string> &Roots) {
  std::vector<std::string> Out;
  for (const auto &R : Roots) {
    // The whole database splits a name several programs define into R@file; one program
    // has R@file when it too has several, else R itself.
    if (P.Functions.count(R))
      Out.push_back(R);
    else if (auto [USR, File] = splitDefinitionName(R); !File.empty() && P.Functions.count(USR))
      Out.push_back(USR);
  }
  return Out;
}

ClientKind clientKind(const Program &M, const Config &Cfg, const ClientPlan &Plan,
                      const std::vector<std::string> &Roots,
                      const std::vector<const SocketSite *> &Mine) {
  const ClientDecl *Decl = Plan.Decl;
  std::optional<ClientKind> ImpliedKind = Plan.ImpliedKind;
  // What the compile target implies (an iOS or Android build: mobile; WebAssembly: a
  // browser), from the TU of the first entry that has one, else of the first site: the
  // config's stated kind wins (test-inputs/client-kind/target-kind-*).
  if (!ImpliedKind) {
    std::vector<std::string> Where = Roots;
    for (const SocketSite *S : Mine)
      Where.push_back(S->Function);
    for (const auto &F : Where)
      if (auto It = M.TargetKindOf.find(F); It != M.TargetKindOf.end()) {
        ImpliedKind = parseClientKind(It->second);
        break;
      }
  }
  ClientKind Kind = Decl && Decl->Kind                      ? *Decl->Kind
                    : ImpliedKind && !Cfg.DefaultKindStated ? *ImpliedKind
                                                            : Cfg.DefaultKind;
  // A library that only runs in one kind of client says so (Emscripten: a browser).
  if (!(Decl && Decl->Kind))
    for (const SocketSite *S : Mine)
      if (auto K = parseClientKind(S->ClientKind))
        return *K;
  return Kind;
}

/// A client may be missing code when it reaches a function a failed TU defines, or one no
/// TU defines that a TU cut short names (or whose file could not even be read): its
/// definition may be among what that TU lost. A TU with recoverable errors only has
/// recorded every function it defines (tests/robustness: "syntax error and missing header").
/// Without an entry point, or with sockets gathered by path, any failed TU (matching the
/// paths) may hold the client's code.
void markIncomplete(const Program &M, const std::map<std::string, unsigned> &Reach,
                    const ClientDecl *Decl, Client &C) {
  std::set<std::string> Units;
  bool ByPath = Decl && !Decl->Paths.empty();
  for (const auto &U : M.FailedUnits)
    if (C.Entry.empty() || (ByPath && matchesAnyGlob(Decl->Paths, U)))
      Units.insert(U);
  for (const auto &[USR, Order] : Reach) {
    if (auto It = M.FailedUnitsOf.find(USR); It != M.FailedUnitsOf.end()) {
      Units.insert(It->second.begin(), It->second.end());
      continue;
    }
    if (M.Functions.count(USR) || M.FailedUnits.empty())
      continue;
    std::string Name = nameInUSR(USR);
    for (const auto &[Unit, Mentions] : M.FailedMentions)
      if (Mentions.empty() || Mentions.count(Name))
        Units.insert(Unit);
  }
  C.Incomplete = !Units.empty();
  C.IncompleteUnits.assign(Units.begin(), Units.end());
}

} // namespace merge
} // namespace wslint
