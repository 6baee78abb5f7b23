// SPDX-License-Identifier: Apache-2.0
#include "Cache.h"
#include "Support.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

#include <algorithm>
#include <set>

namespace wslint {

namespace {

std::string hex(uint64_t V) { return llvm::utohexstr(V, /*LowerCase=*/true, /*Width=*/16); }

constexpr int CacheFormat = 2;

/// The entry without its checksum, as stored.
std::string serialise(const CacheEntry &E) {
  llvm::json::Array Inputs;
  for (const auto &[Path, Hash] : E.Inputs)
    Inputs.push_back(llvm::json::Array{Path, Hash});
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << llvm::json::Value(llvm::json::Object{{"inputs", std::move(Inputs)},
                                             {"relevant", E.Relevant},
                                             {"parsed", E.Parsed},
                                             {"facts", toJSON(E.Facts)}});
  return OS.str();
}

bool isRegularNotLink(const std::string &Path, uint64_t *Size = nullptr) {
  llvm::sys::fs::file_status S;
  if (llvm::sys::fs::status(Path, S, /*Follow=*/false))
    return false;
  if (Size)
    *Size = S.getSize();
  return S.type() == llvm::sys::fs::file_type::regular_file;
}

} // namespace

std::string FileHashes::of(const std::string &Path) {
  {
    std::lock_guard<std::mutex> Lock(M);
    if (auto It = Known.find(Path); It != Known.end())
      return It->second;
  }
  std::string H;
  if (auto Buf = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                             /*RequiresNullTerminator=*/false))
    H = hex(llvm::xxh3_64bits((*Buf)->getBuffer()));
  std::lock_guard<std::mutex> Lock(M);
  Known.emplace(Path, H);
  return H;
}

llvm::Expected<FactCache> FactCache::open(const std::string &Dir, uint64_t MaxBytes) {
  std::string Abs = absolutePath(Dir);
  llvm::sys::fs::file_status S;
  if (!llvm::sys::fs::status(Abs, S, /*Follow=*/false) &&
      S.type() == llvm::sys::fs::file_type::symlink_file)
    return inputError(Abs, 0, 0, "the cache directory is a symlink; wslint does not follow it");
  if (auto EC = llvm::sys::fs::create_directories(Abs))
    return inputError(Abs, 0, 0, "cannot create the cache directory: " + EC.message());
  FactCache C;
  C.Dir = Abs;
  C.MaxBytes = MaxBytes;
  return C;
}

std::string FactCache::key(const std::string &File, const std::vector<std::string> &Context) {
  std::string All = "wslint-cache-" + std::to_string(CacheFormat) + "\n" + File;
  for (const auto &C : Context)
    All += "\n" + C;
  return hex(llvm::xxh3_64bits(All));
}

std::string FactCache::pathOf(const std::string &Key) const {
  llvm::SmallString<256> P(Dir);
  llvm::sys::path::append(P, Key + ".json");
  return std::string(P);
}

namespace {
/// The body of a checksummed file ("<checksum>\n<body>"), or nothing when it is missing,
/// a link, or damaged.
std::optional<std::string> readChecked(const std::string &Path) {
  if (!isRegularNotLink(Path))
    return std::nullopt;
  auto Buf = llvm::MemoryBuffer::getFile(Path);
  if (!Buf)
    return std::nullopt;
  auto [Sum, Body] = (*Buf)->getBuffer().split('\n');
  if (Sum != hex(llvm::xxh3_64bits(Body)))
    return std::nullopt;
  return Body.str();
}
} // namespace

std::optional<CacheEntry> FactCache::lookup(const std::string &Key, FileHashes &Hashes) const {
  std::string Path = pathOf(Key);
  auto Discard = [&]() -> std::optional<CacheEntry> {
    llvm::sys::fs::remove(Path);
    return std::nullopt;
  };
  auto Body = readChecked(Path);
  if (!Body)
    return isRegularNotLink(Path) ? Discard() : std::nullopt; // damaged: discard it
  auto V = llvm::json::parse(*Body);
  if (!V) {
    llvm::consumeError(V.takeError());
    return Discard();
  }
  const llvm::json::Object *O = V->getAsObject();
  const llvm::json::Array *Inputs = O ? O->getArray("inputs") : nullptr;
  std::optional<bool> Relevant = O ? O->getBoolean("relevant") : std::nullopt;
  std::optional<bool> Parsed = O ? O->getBoolean("parsed") : std::nullopt;
  const llvm::json::Value *Facts = O ? O->get("facts") : nullptr;
  if (!Inputs || !Relevant || !Parsed || !Facts)
    return Discard();
  CacheEntry E;
  E.Relevant = *Relevant;
  E.Parsed = *Parsed;
  llvm::json::Path::Root Root("cache");
  if (!fromJSON(*Facts, E.Facts, Root)) {
    llvm::consumeError(Root.getError());
    return Discard();
  }
  for (const auto &I : *Inputs) {
    const llvm::json::Array *Pair = I.getAsArray();
    if (!Pair || Pair->size() != 2 || !(*Pair)[0].getAsString() || !(*Pair)[1].getAsString())
      return Discard();
    std::string File = (*Pair)[0].getAsString()->str();
    std::string Hash = (*Pair)[1].getAsString()->str();
    if (Hashes.of(File) != Hash)
      return std::nullopt; // an input changed: stale, replaced by this run's store
    E.Inputs.emplace_back(std::move(File), std::move(Hash));
  }
  // Used: it is recent for trim().
  if (auto FD = llvm::sys::fs::openNativeFileForWrite(Path, llvm::sys::fs::CD_OpenExisting,
                                                       llvm::sys::fs::OF_Append)) {
    llvm::sys::fs::setLastAccessAndModificationTime(*FD, llvm::sys::toTimePoint(time(nullptr)));
    llvm::sys::fs::closeFile(*FD);
  } else {
    llvm::consumeError(FD.takeError());
  }
  return E;
}

void FactCache::store(const std::string &Key, const CacheEntry &E) const {
  writeAtomically(pathOf(Key), serialise(E));
}

std::string FactCache::projectPath(const std::string &Dir) {
  llvm::SmallString<256> Path(Dir);
  llvm::sys::path::append(Path, "project.facts");
  return std::string(Path);
}

std::optional<FactSet> FactCache::loadProject(const std::string &Dir, const std::string &Root) {
  auto Body = readChecked(projectPath(Dir));
  if (!Body)
    return std::nullopt;
  auto V = llvm::json::parse(*Body);
  if (!V) {
    llvm::consumeError(V.takeError());
    return std::nullopt;
  }
  const llvm::json::Object *O = V->getAsObject();
  const llvm::json::Value *Facts = O ? O->get("facts") : nullptr;
  if (!Facts || O->getString("root") != llvm::StringRef(Root) ||
      O->getInteger("format") != CacheFormat)
    return std::nullopt;
  FactSet Set;
  llvm::json::Path::Root JRoot("project");
  if (!fromJSON(*Facts, Set, JRoot)) {
    llvm::consumeError(JRoot.getError());
    return std::nullopt;
  }
  return Set;
}

bool FactCache::hasProject() const { return isRegularNotLink(projectPath(Dir)); }

void FactCache::storeProject(const FactSet &Facts, const std::string &Root) const {
  FactSet All = Facts;
  std::set<std::string> Fresh;
  for (const TUFacts &U : Facts.Units)
    Fresh.insert(U.MainFile);
  if (auto Old = loadProject(Dir, Root))
    for (TUFacts &U : Old->Units)
      if (!Fresh.count(U.MainFile))
        All.Units.push_back(std::move(U));
  All.canonicalize();
  std::string Body;
  llvm::raw_string_ostream OS(Body);
  OS << llvm::json::Value(
      llvm::json::Object{{"format", CacheFormat}, {"root", Root}, {"facts", toJSON(All)}});
  writeAtomically(projectPath(Dir), OS.str());
}

void FactCache::writeAtomically(const std::string &Path, const std::string &Body) const {
  llvm::SmallString<256> Model(Path);
  Model += ".%%%%%%%%.tmp";
  int FD = -1;
  llvm::SmallString<256> Temp;
  if (llvm::sys::fs::createUniqueFile(Model, FD, Temp))
    return;
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << hex(llvm::xxh3_64bits(Body)) << "\n" << Body;
    OS.close();
    if (OS.has_error()) {
      OS.clear_error();
      llvm::sys::fs::remove(Temp);
      return;
    }
  }
  if (llvm::sys::fs::rename(Temp, Path))
    llvm::sys::fs::remove(Temp);
}

void FactCache::trim() const {
  struct Item {
    std::string Path;
    uint64_t Size;
    llvm::sys::TimePoint<> Used;
  };
  std::vector<Item> Items;
  uint64_t Total = 0;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC; It.increment(EC)) {
    llvm::sys::fs::file_status S;
    if (llvm::sys::fs::status(It->path(), S, /*Follow=*/false) ||
        S.type() != llvm::sys::fs::file_type::regular_file ||
        !llvm::StringRef(It->path()).ends_with(".json"))
      continue;
    Items.push_back({It->path(), S.getSize(), S.getLastModificationTime()});
    Total += S.getSize();
  }
  if (Total <= MaxBytes)
    return;
  std::sort(Items.begin(), Items.end(), [](const Item &A, const Item &B) {
    return A.Used != B.Used ? A.Used < B.Used : A.Path < B.Path;
  });
  // Down to 80 % of the bound, so that every run does not trim again.
  for (const Item &I : Items) {
    if (Total <= MaxBytes / 10 * 8)
      break;
    if (!llvm::sys::fs::remove(I.Path))
      Total -= I.Size;
  }
}

} // namespace wslint
