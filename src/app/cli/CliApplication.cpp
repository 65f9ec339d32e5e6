// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApplication.h"

#include <QApplication>

#include <cstring>

namespace salesops::cli {
namespace {

// The command word, found the way main() finds it: the first argument after the global options.
const char* commandWord(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--db") == 0) {
      ++i;
      continue;
    }
    if (argv[i][0] != '-') return argv[i];
  }
  return "";
}

}  // namespace

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv) {
  const char* command = commandWord(argc, argv);
  if (std::strcmp(command, "report") != 0 && std::strcmp(command, "export") != 0)
    return std::make_unique<QCoreApplication>(argc, argv);
  // Offscreen unless QT_QPA_PLATFORM says otherwise, even where a display exists: an export or a
  // pack then looks the same wherever it runs (the display's DPI does not change the layout), and
  // a morning job without a display or with a dead remote DISPLAY cannot fail on it.
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  return std::make_unique<QApplication>(argc, argv);
}

}  // namespace salesops::cli
