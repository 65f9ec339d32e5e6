// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>

namespace salesops::clitest {

struct CliRun {
  int exitCode = -1;
  std::string out;  ///< stdout
  std::string err;  ///< stderr
};

/// Runs `salesops-cli ARGS` through the shell (ARGS already quoted as needed), after `launcher` when
/// given (a command that runs the program, such as one that changes the user).
CliRun cli(const std::string& args, const std::string& launcher = "");

/// A fresh folder, removed afterwards.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

std::string readFile(const std::string& path);
void writeFile(const std::string& path, const std::string& text);
/// Copies tests/data/NAME into `dir` and returns the copy's path.
std::string copyTestData(const TempDir& dir, const std::string& name);
/// Number of lines of `text` that contain `needle`.
int countLines(const std::string& text, const std::string& needle);
/// A cli() launcher for tests about permissions: root reads and writes whatever the permission
/// bits say, so as root the program runs as `nobody`; as anyone else it runs as is.
std::string unprivileged();

}  // namespace salesops::clitest
