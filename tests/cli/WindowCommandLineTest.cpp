// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window program's command line where there is no display (ssh, a container, a script):
// --help, --version and mistakes are answered on the terminal instead of aborting.
#include <cstdio>
#include <gtest/gtest.h>
#include <string>
#include <sys/wait.h>

#include "CliRunner.h"

using namespace salesops::clitest;

namespace {

// `salesops ARGS` with no display of any kind: no X, no Wayland, no platform named.
CliRun window(const std::string& args) {
  TempDir scratch;
  const std::string errFile = scratch.file("stderr");
  const std::string command = "env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM HOME=" + scratch.file("home") +
                              " XDG_CONFIG_HOME=" + scratch.file("config") + " " + SALESOPS_GUI + " " + args + " 2>" +
                              errFile;
  CliRun run;
  std::FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return run;
  char buffer[4096];
  for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) run.out.append(buffer, n);
  const int status = pclose(pipe);
  run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  run.err = readFile(errFile);
  return run;
}

TEST(WindowCommandLine, HelpWorksWithoutADisplay) {
  const CliRun r = window("--help");
  EXPECT_EQ(r.exitCode, 0) << r.err;
  for (const char* option : {"--db", "--demo", "--page", "--from", "--to", "--team", "--area", "--rep"})
    EXPECT_NE(r.out.find(option), std::string::npos) << option << " in " << r.out;
  EXPECT_NE(r.out.find("The page to open: daily, trends, cancellations,"), std::string::npos) << r.out;
}

TEST(WindowCommandLine, VersionWorksWithoutADisplay) {
  const CliRun r = window("--version");
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.out.rfind("SalesOps Dashboard ", 0), 0u) << r.out;
}

TEST(WindowCommandLine, MistakesAreUsageErrorsWithoutADisplay) {
  const CliRun page = window("--page sales");
  EXPECT_EQ(page.exitCode, 2);
  EXPECT_NE(page.err.find("--page must be one of daily, trends,"), std::string::npos) << page.err;
  const CliRun date = window("--page daily --from 2026-02-31");
  EXPECT_EQ(date.exitCode, 2);
  EXPECT_NE(date.err.find("--from must be a date as YYYY-MM-DD"), std::string::npos) << date.err;
  const CliRun unknown = window("--frobnicate");
  EXPECT_EQ(unknown.exitCode, 2);
  EXPECT_NE(unknown.err.find("frobnicate"), std::string::npos) << unknown.err;
}

}  // namespace
