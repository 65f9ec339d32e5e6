// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the fuzz targets. The readers take a path, so each input goes to a file of its own
// process first (in /dev/shm when there is one: no disk traffic for millions of runs).

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <unistd.h>

/// A broken invariant: crash so libFuzzer keeps the input. The gtests that replay kept inputs in
/// the normal build (tests/*/FuzzRegressionTest.cpp) compile the targets with
/// SALESOPS_FUZZ_REPLAY, where a broken invariant throws instead.
#ifdef SALESOPS_FUZZ_REPLAY
#define SALESOPS_FUZZ_CHECK(cond)                                                                       \
  do {                                                                                                  \
    if (!(cond)) throw std::logic_error(std::string("invariant broken: ") + #cond + " (" __FILE__ ")"); \
  } while (0)
#else
#define SALESOPS_FUZZ_CHECK(cond)                                                        \
  do {                                                                                   \
    if (!(cond)) {                                                                       \
      std::fprintf(stderr, "invariant broken: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
      __builtin_trap();                                                                  \
    }                                                                                    \
  } while (0)
#endif

namespace salesops::fuzz {

/// A folder of this process, removed at exit.
struct ScratchDir {
  std::filesystem::path path;
  ScratchDir() {
    std::error_code ec;
    const bool shm = std::filesystem::is_directory("/dev/shm", ec);
    path = (shm ? std::filesystem::path("/dev/shm") : std::filesystem::temp_directory_path()) /
           ("salesops-fuzz-" + std::to_string(getpid()));
    std::filesystem::create_directories(path);
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
};

inline std::string scratchPath(const std::string& name) {
  static const ScratchDir dir;
  return (dir.path / name).string();
}

/// Writes the bytes to the process's scratch file `name` and returns its path.
inline std::string writeInput(const std::string& name, const uint8_t* data, size_t size) {
  const std::string path = scratchPath(name);
  std::FILE* f = std::fopen(path.c_str(), "wb");
  SALESOPS_FUZZ_CHECK(f != nullptr);
  if (size) std::fwrite(data, 1, size, f);
  std::fclose(f);
  return path;
}

}  // namespace salesops::fuzz
