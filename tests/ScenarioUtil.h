// SPDX-License-Identifier: Apache-2.0
// How the tests read a test-inputs/<topic>/<scenario>/ folder (shared by the scenario and
// consistency tests).
#pragma once

#include "../tool/cli/Driver.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace wslint {

struct ScenarioFiles {
  std::vector<std::string> Sources;                         ///< absolute, the TUs
  std::vector<std::pair<std::string, std::string>> Texts;  ///< relative name, text
};

inline bool isTranslationUnit(llvm::StringRef P) {
  llvm::StringRef E = llvm::sys::path::extension(P);
  return E == ".c" || E == ".cc" || E == ".cpp" || E == ".cxx" || E == ".m" || E == ".mm";
}

inline bool isSourceText(llvm::StringRef P) {
  llvm::StringRef E = llvm::sys::path::extension(P);
  return isTranslationUnit(P) || E == ".h" || E == ".hpp" || E == ".hh" || E == ".hxx";
}

/// A name GoogleTest accepts for a parameter: letters, digits and underscores.
inline std::string testName(std::string N) {
  for (char &C : N)
    if (!std::isalnum(static_cast<unsigned char>(C)))
      C = '_';
  return N;
}

/// Scenario folders, relative to test-inputs/: every folder holding a compilation database
/// (compile_flags.txt or compile_commands.json), found below the topic folders
/// (`libraries/<rules file>/`, `reconnect/`, …); a scenario's own subfolders are its sources,
/// and folders whose name starts with '_' hold stubs and shared headers.
inline std::vector<std::string> scenarioPaths() {
  std::vector<std::string> Out;
  std::string Root = WSLINT_TEST_INPUTS_DIR;
  std::error_code EC;
  for (llvm::sys::fs::recursive_directory_iterator It(Root, EC), End; It != End && !EC;
       It.increment(EC)) {
    llvm::StringRef Name = llvm::sys::path::filename(It->path());
    if (It->type() != llvm::sys::fs::file_type::directory_file)
      continue;
    if (Name.starts_with("_") || Name.starts_with(".")) {
      It.no_push();
      continue;
    }
    for (const char *DB : {"compile_flags.txt", "compile_commands.json"})
      if (llvm::sys::fs::exists(It->path() + "/" + DB)) {
        Out.push_back(It->path().substr(Root.size() + 1));
        It.no_push();
        break;
      }
  }
  std::sort(Out.begin(), Out.end());
  return Out;
}

/// A scenario's name: the last part of its path (unique: Consistency.ScenarioLayout).
inline std::string scenarioName(llvm::StringRef Path) {
  return llvm::sys::path::filename(Path).str();
}

/// The name GoogleTest shows for a scenario parameter.
inline std::string scenarioTestName(const testing::TestParamInfo<std::string> &I) {
  return testName(scenarioName(I.param));
}

inline ScenarioFiles scenarioFiles(const std::string &Dir) {
  ScenarioFiles F;
  std::error_code EC;
  for (llvm::sys::fs::recursive_directory_iterator It(Dir, EC), End; It != End && !EC;
       It.increment(EC)) {
    const std::string &P = It->path();
    if (!isSourceText(P))
      continue;
    if (isTranslationUnit(P))
      F.Sources.push_back(P);
    auto Buf = llvm::MemoryBuffer::getFile(P);
    if (Buf)
      F.Texts.emplace_back(P.substr(Dir.size() + 1), (*Buf)->getBuffer().str());
  }
  std::sort(F.Sources.begin(), F.Sources.end());
  std::sort(F.Texts.begin(), F.Texts.end());
  return F;
}

inline DriverOptions scenarioOptions(const std::string &Dir, const ScenarioFiles &F) {
  DriverOptions Opts;
  Opts.BuildDir = Dir;     // compile_flags.txt (or compile_commands.json)
  Opts.Files = F.Sources;  // a compile_flags.txt database lists no files
  Opts.Root = Dir;
  Opts.Jobs = 1;           // ctest runs scenarios in parallel
  return Opts;
}

/// Real library headers a scenario may require; "" when the feature is installed.
inline std::string missingFeature(const std::string &Feature) {
  static const std::pair<const char *, const char *> Headers[] = {
      {"boost-beast", "/usr/include/boost/beast/websocket.hpp"},
      {"websocketpp", "/usr/include/websocketpp/client.hpp"},
      {"libwebsockets", "/usr/include/libwebsockets.h"},
      {"qt5-websockets", "/usr/include/x86_64-linux-gnu/qt5/QtWebSockets/qwebsocket.h"},
      {"qt6-websockets", "/usr/include/x86_64-linux-gnu/qt6/QtWebSockets/qwebsocket.h"},
      {"poco", "/usr/include/Poco/Net/WebSocket.h"},
      {"cpprest", "/usr/include/cpprest/ws_client.h"},
      {"libsoup-3", "/usr/include/libsoup-3.0/libsoup/soup.h"},
      {"libsoup-2.4", "/usr/include/libsoup-2.4/libsoup/soup.h"},
      {"libcurl", "/usr/include/x86_64-linux-gnu/curl/websockets.h"},
      {"emscripten", "/opt/wslint-deps/emscripten-3.1.6/usr/share/emscripten/cache/sysroot/"
                     "include/emscripten/websocket.h"},
  };
  for (const auto &[Name, Header] : Headers)
    if (Feature == Name)
      return llvm::sys::fs::exists(Header) ? "" : std::string(Header) + " is not installed";
  return "unknown feature (known: boost-beast, websocketpp, libwebsockets, qt5-websockets, "
         "qt6-websockets, poco, cpprest, libsoup-3, libsoup-2.4, libcurl, emscripten)";
}

/// The first `REQUIRES:` feature that is not installed, as a message; "" when all are.
inline std::string unmetRequirement(const std::vector<std::string> &Requires) {
  for (const auto &Feature : Requires)
    if (std::string Missing = missingFeature(Feature); !Missing.empty())
      return "REQUIRES: " + Feature + ": " + Missing;
  return "";
}

/// Skips a scenario whose library is not installed, or fails it when WSLINT_REQUIRE_ALL is
/// set (CI: a missing header must not pass as a skip).
#define WSLINT_SKIP_UNLESS_INSTALLED(Requires)                                              \
  if (std::string Unmet = unmetRequirement(Requires); !Unmet.empty()) {                     \
    if (std::getenv("WSLINT_REQUIRE_ALL"))                                                  \
      FAIL() << Unmet;                                                                      \
    GTEST_SKIP() << Unmet;                                                                  \
  }

} // namespace wslint
