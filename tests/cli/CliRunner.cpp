// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace salesops::clitest {

TempDir::TempDir() {
  std::random_device rd;
  path_ = std::filesystem::temp_directory_path() / ("salesops-cli-test-" + std::to_string(rd()) + std::to_string(rd()));
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void writeFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

CliRun cli(const std::string& args, const std::string& launcher) {
  TempDir scratch;
  const std::string errFile = scratch.file("stderr");
  // HOME is pointed at the scratch folder so the default store and the log file never touch the
  // user's real data folder.
  const std::string command = "HOME=" + scratch.file("home") + " XDG_DATA_HOME=" + scratch.file("data") + " " +
                              launcher + " " + SALESOPS_CLI + " " + args + " 2>" + errFile;
  CliRun run;
  std::FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return run;
  char buffer[4096];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) run.out.append(buffer, n);
  const int status = pclose(pipe);
  run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.err = readFile(errFile);
  return run;
}

std::string copyTestData(const TempDir& dir, const std::string& name) {
  const std::string target = dir.file(std::filesystem::path(name).filename().string());
  std::filesystem::copy_file(std::string(SALESOPS_TEST_DATA) + "/" + name, target,
                             std::filesystem::copy_options::overwrite_existing);
  return target;
}

int countLines(const std::string& text, const std::string& needle) {
  std::istringstream in(text);
  std::string line;
  int n = 0;
  while (std::getline(in, line))
    if (line.find(needle) != std::string::npos) ++n;
  return n;
}

std::string unprivileged() { return ::geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups" : ""; }

}  // namespace salesops::clitest
