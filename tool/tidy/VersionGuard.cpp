// SPDX-License-Identifier: Apache-2.0
// The plugin works only inside the clang-tidy of the LLVM it was built with: a module's
// classes must match the host's exactly. Loaded into another one (Debian's plain
// `clang-tidy` is version 14) it would register into a foreign registry and report
// nothing, or crash. So, when the plugin is loaded and before it registers anything, it
// looks at the LLVM and Clang libraries in the process and stops the run, saying why,
// if any is of another major version.
#include <link.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

/// The major version in a library file name such as libLLVM-14.so.1, libLLVM.so.19.1,
/// libclang-cpp.so.14 or libclang-cpp.so.19.1; -1 for other files.
int llvmMajorOf(const char *Path) {
  const char *Base = std::strrchr(Path, '/');
  Base = Base ? Base + 1 : Path;
  for (const char *Prefix : {"libLLVM", "libclang-cpp"}) {
    size_t N = std::strlen(Prefix);
    if (std::strncmp(Base, Prefix, N) != 0)
      continue;
    const char *P = Base + N;
    while (*P && (*P < '0' || *P > '9'))
      ++P;
    return *P ? std::atoi(P) : -1;
  }
  return -1;
}

struct Foreign {
  std::string Library;
  int Major = -1;
};

int visit(struct dl_phdr_info *Info, size_t, void *Data) {
  auto *F = static_cast<Foreign *>(Data);
  int Major = Info->dlpi_name ? llvmMajorOf(Info->dlpi_name) : -1;
  if (Major >= 0 && Major != WSLINT_LLVM_MAJOR && F->Major < 0) {
    F->Library = Info->dlpi_name;
    F->Major = Major;
  }
  return 0;
}

// Priority 101: before the module registration in TidyModule.cpp (default priority).
__attribute__((constructor(101))) void checkHostVersion() {
  Foreign F;
  dl_iterate_phdr(visit, &F);
  if (F.Major < 0)
    return;
  std::fprintf(stderr,
               "error: libwslint-tidy.so was built for clang-tidy %d, but this clang-tidy "
               "runs LLVM %d (%s); run clang-tidy-%d instead\n",
               WSLINT_LLVM_MAJOR, F.Major, F.Library.c_str(), WSLINT_LLVM_MAJOR);
  std::fflush(stderr);
  std::_Exit(2);
}

} // namespace
