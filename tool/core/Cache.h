// SPDX-License-Identifier: Apache-2.0
// The fact cache: one entry per TU and command line, holding the TU's facts (or that the
// prefilter ruled it out) and the content hash of every file it read. An entry is used
// only while every one of those files still hashes the same, so a hit costs reading and
// hashing the inputs, never a parse; a changed header invalidates exactly the TUs that
// read it.
//
// Safe to share: entries are written to a unique temporary file and renamed into place
// (concurrent runs never see half an entry); an entry that does not parse or whose
// checksum does not match is deleted and recomputed; symlinks are never followed, neither
// as the cache directory nor as entries; the directory is trimmed to a size bound, least
// recently used entries first.
#pragma once

#include "Facts.h"

#include "llvm/Support/Error.h"

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace wslint {

struct CacheEntry {
  /// Every file the TU read, with its content hash.
  std::vector<std::pair<std::string, std::string>> Inputs;
  bool Relevant = true; ///< false: the prefilter found no WebSocket header
  /// Facts holds a parse: always when Relevant; otherwise when the TU was parsed on demand
  /// for the calls it makes into socket code.
  bool Parsed = true;
  TUFacts Facts;
};

/// Content hashes of files, computed once per run whatever the number of TUs reading them.
class FileHashes {
public:
  /// The hash of the file's content, or "" when it cannot be read.
  std::string of(const std::string &Path);

private:
  std::mutex M;
  std::map<std::string, std::string> Known;
};

class FactCache {
public:
  /// Opens (creating) Dir. An error when Dir is a symlink or cannot be created.
  static llvm::Expected<FactCache> open(const std::string &Dir, uint64_t MaxBytes);

  /// The entry name for a TU: its file, command lines, and everything else its facts
  /// depend on (wslint's version, the rules, the project root, the options).
  static std::string key(const std::string &File, const std::vector<std::string> &Context);

  /// The entry, if present, intact, and every input still hashes the same.
  std::optional<CacheEntry> lookup(const std::string &Key, FileHashes &Hashes) const;
  /// Stores atomically; failures only cost the cache.
  void store(const std::string &Key, const CacheEntry &E) const;
  /// Removes least recently used entries until the directory is within its bound.
  void trim() const;

  /// The project's facts as the last runs left them (project.facts): what the clang-tidy
  /// plugin merges one TU's fresh facts into, to decide whole clients in the editor the
  /// way clangd's background index answers across files. Units replace those of the same
  /// main file (a run over some files updates only them); Root is the project root their
  /// paths are relative to.
  void storeProject(const FactSet &Facts, const std::string &Root) const;
  /// The snapshot in Dir, if there is one for this Root and it is intact.
  static std::optional<FactSet> loadProject(const std::string &Dir, const std::string &Root);
  bool hasProject() const;

  /// The cache's directory name beside compile_commands.json, where the command line keeps
  /// it by default and the plugin looks for it.
  static constexpr const char *DefaultDirName = ".wslint-cache";

  const std::string &dir() const { return Dir; }

private:
  std::string Dir;
  uint64_t MaxBytes = 0;
  std::string pathOf(const std::string &Key) const;
  /// Dir/project.facts.
  static std::string projectPath(const std::string &Dir);
  /// Writes "<checksum>\n<Body>" to a unique temporary file and renames it onto Path.
  void writeAtomically(const std::string &Path, const std::string &Body) const;
};

} // namespace wslint
