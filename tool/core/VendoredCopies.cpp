// SPDX-License-Identifier: Apache-2.0
#include "VendoredCopies.h"
#include "Support.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <mutex>
#include <set>

namespace wslint {
namespace {

bool hasWildcard(llvm::StringRef S) { return S.find_first_of("*?[{") != llvm::StringRef::npos; }

bool isIdentChar(char C) { return llvm::isAlnum(C) || C == '_'; }

/// The text of a header, or "" when it cannot be read (a copy that cannot be read is not
/// confirmed: its code stays the user's).
std::string readHeader(const std::string &Path) {
  auto Buf = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  return Buf ? (*Buf)->getBuffer().str() : std::string();
}

/// The files under IncludeRoot that Glob names (spelled from IncludeRoot), sorted; a glob
/// with wildcards lists the directory before its first wildcard, recursively, a bounded
/// number of entries (a library's header folder, not a tree of thousands).
std::vector<std::string> filesNamed(const std::string &IncludeRoot, llvm::StringRef Glob) {
  std::vector<std::string> Out;
  llvm::SmallString<256> Path(IncludeRoot);
  if (!hasWildcard(Glob)) {
    llvm::sys::path::append(Path, Glob);
    if (llvm::sys::fs::is_regular_file(Path))
      Out.push_back(std::string(Path));
    return Out;
  }
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  Glob.split(Parts, '/');
  for (llvm::StringRef P : Parts) {
    if (hasWildcard(P))
      break;
    llvm::sys::path::append(Path, P);
  }
  if (Path.size() <= IncludeRoot.size() + 1) // a leading wildcard: the whole project
    return Out;
  auto Pattern = llvm::GlobPattern::create(Glob);
  if (!Pattern) {
    llvm::consumeError(Pattern.takeError());
    return Out;
  }
  std::error_code EC;
  unsigned Seen = 0;
  for (llvm::sys::fs::recursive_directory_iterator It(Path, EC), End;
       It != End && !EC && ++Seen < 2000; It.increment(EC)) {
    std::string Rel = relativeTo(It->path(), IncludeRoot);
    if (It->type() == llvm::sys::fs::file_type::regular_file && Pattern->match(Rel))
      Out.push_back(It->path());
  }
  std::sort(Out.begin(), Out.end());
  return Out;
}

/// The call patterns of a library's rules that name the functions its headers declare.
std::vector<const CallPattern *> callPatterns(const LibraryRules &L) {
  std::vector<const CallPattern *> Out;
  for (const auto &O : L.OpenCalls)
    Out.push_back(&O.Call);
  for (const auto *List : {&L.Pings, &L.Sends, &L.Closes})
    for (const auto &P : *List)
      Out.push_back(&P);
  return Out;
}

/// Whether the library's headers under IncludeRoot are there and declare one of its socket
/// types; asked once per run for each place and library (the answer is the file system's).
/// A header by its name: a known header extension, or none (`QWebSocket`).
bool isHeaderFile(llvm::StringRef Path) {
  llvm::StringRef Ext = llvm::sys::path::extension(Path);
  return Ext.empty() || Ext == ".h" || Ext == ".hh" || Ext == ".hpp" || Ext == ".hxx" ||
         Ext == ".ipp" || Ext == ".inl" || Ext == ".tcc";
}

bool confirmCopy(const std::string &IncludeRoot, llvm::StringRef FirstPart,
                 const LibraryRules &L) {
  static std::mutex Lock;
  static std::map<std::string, bool> Known;
  std::string Key = IncludeRoot + '\n' + FirstPart.str() + '\n' + L.Id;
  {
    std::lock_guard<std::mutex> G(Lock);
    if (auto It = Known.find(Key); It != Known.end())
      return It->second;
  }
  // The exact header names first: one of them usually declares the type.
  std::vector<std::string> Exact, Listed;
  for (const auto &H : L.Headers) {
    llvm::StringRef Head = llvm::StringRef(H).split('/').first;
    if (Head != FirstPart)
      continue;
    for (auto &F : filesNamed(IncludeRoot, H))
      if (!hasWildcard(H))
        Exact.push_back(std::move(F));
      else if (isHeaderFile(F)) // a program that calls the library is not the library
        Listed.push_back(std::move(F)); // (VendoredCopiesTest: libwebsockets/ of examples)
  }
  // What the headers must declare: a socket type, or for a C library (no socket type) one
  // of the functions its rules name (a project's own emscripten/websocket.h wrapper that
  // declares no emscripten_websocket_new is not Emscripten: VendoredCopiesTest).
  std::vector<std::string> Functions;
  for (const CallPattern *P : callPatterns(L))
    Functions.insert(Functions.end(), P->Functions.begin(), P->Functions.end());
  auto Declares = [&](const std::string &Text) {
    for (const auto &T : L.SocketTypes) {
      llvm::StringRef Name = llvm::StringRef(T).rsplit("::").second;
      if (declaresType(Text, Name.empty() ? T : Name.str()))
        return true;
    }
    return L.SocketTypes.empty() &&
           llvm::any_of(Functions, [&](const std::string &F) { return declaresFunction(Text, F); });
  };
  bool Yes = false;
  for (const auto *List : {&Exact, &Listed}) {
    for (const auto &F : *List)
      if ((Yes = Declares(readHeader(F))))
        break;
    if (Yes)
      break;
  }
  std::lock_guard<std::mutex> G(Lock);
  Known[Key] = Yes;
  return Yes;
}

std::string joinParts(llvm::ArrayRef<llvm::StringRef> Parts) {
  std::string Out;
  for (llvm::StringRef P : Parts)
    Out += P.str() + "/";
  return Out;
}

} // namespace

bool declaresType(const std::string &Text, const std::string &Name) {
  llvm::StringRef S(Text);
  // The word before At, and the text before that word.
  auto WordBefore = [](llvm::StringRef Before) {
    Before = Before.rtrim();
    size_t Start = Before.find_last_of(" \t\r\n");
    Start = Start == llvm::StringRef::npos ? 0 : Start + 1;
    return std::make_pair(Before.drop_front(Start), Before.take_front(Start));
  };
  auto IsMacro = [](llvm::StringRef W) {
    return !W.empty() && llvm::all_of(W, [](char C) {
      return llvm::isUpper(C) || llvm::isDigit(C) || C == '_';
    });
  };
  for (size_t At = S.find(Name); At != llvm::StringRef::npos; At = S.find(Name, At + 1)) {
    size_t End = At + Name.size();
    if ((At > 0 && isIdentChar(S[At - 1])) || (End < S.size() && isIdentChar(S[End])))
      continue;
    auto [Word, Rest] = WordBefore(S.take_front(At));
    if (IsMacro(Word))
      Word = WordBefore(Rest).first;
    if (Word == "class" || Word == "struct" || Word == "@interface")
      return true;
  }
  return false;
}

bool declaresFunction(const std::string &Text, const std::string &Name) {
  llvm::StringRef S(Text);
  for (size_t At = S.find(Name); At != llvm::StringRef::npos; At = S.find(Name, At + 1)) {
    size_t End = At + Name.size();
    if ((At > 0 && isIdentChar(S[At - 1])) || (End < S.size() && isIdentChar(S[End])))
      continue;
    if (!S.drop_front(End).ltrim(" \t").starts_with("("))
      continue;
    // A declaration: a return type before the name (`struct lws *`, `CURLcode`). A call
    // follows an operator, a bracket, a statement's end or a keyword (`return f(…)`): a
    // project's own header that calls the library is not the library
    // (VendoredCopiesTest.ALibraryWithoutSocketTypesByItsFunctions).
    llvm::StringRef Before = S.take_front(At).rtrim();
    if (Before.empty())
      continue;
    char Last = Before.back();
    if (Last == '*' || Last == '&')
      return true;
    if (!isIdentChar(Last))
      continue;
    llvm::StringRef Word = Before.substr(Before.find_last_not_of(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") + 1);
    if (!llvm::is_contained({"return", "else", "throw", "case", "co_return", "co_await", "new",
                             "delete", "sizeof", "do"},
                            Word))
      return true;
  }
  return false;
}

VendoredCopies::VendoredCopies(const RuleSet &Rules, std::string Root,
                               std::vector<std::string> OwnCode)
    : Root(std::move(Root)), OwnCode(std::move(OwnCode)) {
  if (!this->Root.empty() && this->Root.back() != '/')
    this->Root += '/';
  // Only libraries that open sockets (not timers.yaml, whose headers are the standard
  // library's and the platform's).
  for (const auto &L : Rules.Libraries)
    if (!L.OpenCalls.empty())
      Libraries.push_back(&L);
}

std::vector<VendoredCopies::Candidate>
VendoredCopies::candidates(const std::string &Rel) const {
  std::vector<Candidate> Out;
  llvm::SmallVector<llvm::StringRef, 16> Parts;
  llvm::StringRef(Rel).split(Parts, '/');
  for (const LibraryRules *L : Libraries)
    for (const auto &H : L->Headers) {
      llvm::SmallVector<llvm::StringRef, 4> HP;
      llvm::StringRef(H).split(HP, '/');
      if (HP.size() >= 2 && !hasWildcard(HP[0])) {
        // A header directory: every directory of that name on the way to the file.
        for (size_t I = 0; I + 1 < Parts.size(); ++I)
          if (Parts[I] == HP[0]) {
            std::string Prefix = joinParts(llvm::ArrayRef(Parts).take_front(I));
            Out.push_back({Prefix + HP[0].str() + "/", Root + Prefix, L});
          }
        continue;
      }
      // A one-file library: the header and the files of its stem beside it.
      llvm::StringRef Name = HP.back();
      if (hasWildcard(Name) ||
          llvm::sys::path::stem(Parts.back()).split('.').first != Name.split('.').first)
        continue;
      std::string Dir = joinParts(llvm::ArrayRef(Parts).drop_back());
      Out.push_back({Dir + Name.split('.').first.str() + ".", Root + Dir, L});
    }
  return Out;
}

bool VendoredCopies::isCopy(const Candidate &C) const {
  llvm::StringRef Place(C.Place);
  if (Place.ends_with("/")) // a header directory
    return confirmCopy(C.IncludeRoot,
                       llvm::sys::path::filename(Place.drop_back(), llvm::sys::path::Style::posix),
                       *C.Library);
  // A one-file library: its header (named by the rules) beside the file.
  llvm::StringRef Stem = llvm::sys::path::filename(Place, llvm::sys::path::Style::posix);
  for (const auto &H : C.Library->Headers)
    if (!hasWildcard(H) && H.find('/') == std::string::npos &&
        llvm::StringRef(H).starts_with(Stem))
      return confirmCopy(C.IncludeRoot, H, *C.Library);
  return false;
}

const VendoredCopy *VendoredCopies::find(const std::string &AbsPath) {
  if (!llvm::StringRef(AbsPath).starts_with(Root))
    return nullptr;
  std::string Rel = AbsPath.substr(Root.size());
  if (!OwnCode.empty() && matchesAnyGlob(OwnCode, Rel))
    return nullptr;
  for (const Candidate &C : candidates(Rel)) {
    std::string Key = C.Place + '\n' + C.Library->Id;
    auto It = Checked.find(Key);
    if (It == Checked.end()) {
      std::optional<VendoredCopy> Found;
      if (isCopy(C))
        Found = VendoredCopy{C.Place, C.Library->Id};
      It = Checked.emplace(Key, std::move(Found)).first;
    }
    if (It->second)
      return &*It->second;
  }
  return nullptr;
}

std::vector<VendoredCopy> copiesIn(const FactSet &Facts) {
  std::set<VendoredCopy> All;
  for (const auto &U : Facts.Units)
    All.insert(U.Vendored.begin(), U.Vendored.end());
  return {All.begin(), All.end()};
}

std::string describeCopies(const std::vector<VendoredCopy> &Copies) {
  std::vector<std::string> Places;
  std::string Glob;
  for (const auto &C : Copies) {
    // A one-file library's place is a stem ("src/easywsclient."): its files are stem.*.
    std::string Shown = llvm::StringRef(C.Place).ends_with(".") ? C.Place + "*" : C.Place;
    Places.push_back(Shown + " (" + C.Library + ")");
    if (Glob.empty())
      Glob = llvm::StringRef(C.Place).ends_with("/") ? C.Place + "**" : C.Place + "*";
  }
  return "read " + llvm::join(Places, ", ") +
         (Copies.size() == 1 ? " as a copy" : " as copies") +
         " of a WebSocket library kept in the project: library code, not yours; to analyse "
         "one as your own code, name it in .wslint.yaml, e.g. own-code: [\"" + Glob + "\"]";
}

} // namespace wslint
