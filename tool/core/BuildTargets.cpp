// SPDX-License-Identifier: Apache-2.0
#include "BuildTargets.h"
#include "Support.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <map>

namespace wslint {
namespace {

std::string join(llvm::StringRef A, llvm::StringRef B) {
  llvm::SmallString<256> P(A);
  llvm::sys::path::append(P, B);
  return std::string(P);
}

/// The reply directory's files, read as JSON; errors name the file.
class ReplyReader {
public:
  explicit ReplyReader(std::string Dir) : Dir(std::move(Dir)) {}

  llvm::Expected<llvm::json::Value> read(llvm::StringRef Name) {
    std::string Path = join(Dir, Name), Text;
    if (auto E = readTextFile(Path, Text))
      return std::move(E);
    auto V = llvm::json::parse(Text);
    if (!V)
      return inputError(Path, 0, 0, "not valid JSON: " + llvm::toString(V.takeError()));
    return std::move(*V);
  }
  llvm::Error broken(llvm::StringRef Name, const std::string &What) {
    return inputError(join(Dir, Name), 0, 0,
                      "not a CMake File API reply wslint can read: " + What);
  }

private:
  std::string Dir;
};

} // namespace

llvm::Expected<std::optional<std::vector<BuildTarget>>>
readCMakeTargets(const std::string &BuildDir, const std::string &Root) {
  std::string ReplyDir = join(BuildDir, ".cmake/api/v1/reply");
  // The index files are named by the time of the configure that wrote them: the last one
  // in name order is the newest.
  std::string Index;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(ReplyDir, EC), End; It != End && !EC;
       It.increment(EC)) {
    llvm::StringRef Name = llvm::sys::path::filename(It->path());
    if (Name.starts_with("index-") && Name.ends_with(".json") && Name.str() > Index)
      Index = Name.str();
  }
  if (Index.empty())
    return std::nullopt;
  ReplyReader R(ReplyDir);
  auto IndexV = R.read(Index);
  if (!IndexV)
    return IndexV.takeError();
  const llvm::json::Object *Reply =
      IndexV->getAsObject() ? IndexV->getAsObject()->getObject("reply") : nullptr;
  const llvm::json::Object *CodeModel = Reply ? Reply->getObject("codemodel-v2") : nullptr;
  if (!CodeModel)
    return std::nullopt; // the reply answers other queries only
  auto CodeModelFile = CodeModel->getString("jsonFile");
  if (!CodeModelFile)
    return R.broken(Index, "reply.codemodel-v2 has no jsonFile");
  auto ModelV = R.read(*CodeModelFile);
  if (!ModelV)
    return ModelV.takeError();
  const llvm::json::Object *Model = ModelV->getAsObject();
  const llvm::json::Object *Paths = Model ? Model->getObject("paths") : nullptr;
  const llvm::json::Array *Configs = Model ? Model->getArray("configurations") : nullptr;
  auto Source = Paths ? Paths->getString("source") : std::nullopt;
  if (!Source || !Configs || Configs->empty() || !(*Configs)[0].getAsObject())
    return R.broken(*CodeModelFile, "no paths.source or no configuration");
  // One configuration is enough: they differ in flags, not in sources.
  const llvm::json::Array *Targets = (*Configs)[0].getAsObject()->getArray("targets");
  if (!Targets)
    return R.broken(*CodeModelFile, "the configuration lists no targets");
  std::map<std::string, std::string> NameOf; // target id -> name
  std::vector<std::pair<BuildTarget, std::vector<std::string>>> Read; // with dependency ids
  for (const llvm::json::Value &T : *Targets) {
    const llvm::json::Object *Ref = T.getAsObject();
    auto File = Ref ? Ref->getString("jsonFile") : std::nullopt;
    if (!File)
      return R.broken(*CodeModelFile, "a target has no jsonFile");
    auto TargetV = R.read(*File);
    if (!TargetV)
      return TargetV.takeError();
    const llvm::json::Object *O = TargetV->getAsObject();
    auto Name = O ? O->getString("name") : std::nullopt;
    auto Id = O ? O->getString("id") : std::nullopt;
    auto Type = O ? O->getString("type") : std::nullopt;
    if (!Name || !Id || !Type)
      return R.broken(*File, "a target needs a name, an id and a type");
    BuildTarget B;
    B.Name = Name->str();
    B.Type = Type->str();
    NameOf[Id->str()] = B.Name;
    if (const llvm::json::Array *Sources = O->getArray("sources"))
      for (const llvm::json::Value &S : *Sources) {
        const llvm::json::Object *SO = S.getAsObject();
        auto Path = SO ? SO->getString("path") : std::nullopt;
        // Headers are listed too; only what the target compiles is a unit.
        if (!Path || !SO->get("compileGroupIndex"))
          continue;
        std::string Abs = llvm::sys::path::is_absolute(*Path) ? Path->str() : join(*Source, *Path);
        B.Sources.push_back(relativeTo(Abs, Root));
      }
    std::vector<std::string> Deps;
    if (const llvm::json::Array *D = O->getArray("dependencies"))
      for (const llvm::json::Value &Dep : *D)
        if (const llvm::json::Object *DO = Dep.getAsObject())
          if (auto DepId = DO->getString("id"))
            Deps.push_back(DepId->str());
    Read.emplace_back(std::move(B), std::move(Deps));
  }
  std::vector<BuildTarget> Out;
  for (auto &[B, Deps] : Read) {
    for (const auto &Id : Deps)
      if (auto It = NameOf.find(Id); It != NameOf.end())
        B.Dependencies.push_back(It->second);
    std::sort(B.Sources.begin(), B.Sources.end());
    B.Sources.erase(std::unique(B.Sources.begin(), B.Sources.end()), B.Sources.end());
    std::sort(B.Dependencies.begin(), B.Dependencies.end());
    Out.push_back(std::move(B));
  }
  std::sort(Out.begin(), Out.end(),
            [](const BuildTarget &A, const BuildTarget &B) { return A.Name < B.Name; });
  return Out;
}

bool requestCMakeTargets(const std::string &BuildDir) {
  std::string Api = join(BuildDir, ".cmake/api/v1");
  std::string Query = join(Api, "query/codemodel-v2");
  if (!llvm::sys::fs::exists(join(BuildDir, "CMakeCache.txt")) || llvm::sys::fs::exists(Query) ||
      llvm::sys::fs::exists(join(Api, "reply")))
    return false;
  if (llvm::sys::fs::create_directories(join(Api, "query")))
    return false;
  std::error_code EC;
  llvm::raw_fd_ostream OS(Query, EC);
  return !EC;
}

} // namespace wslint
