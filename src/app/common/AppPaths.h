// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace salesops::app {

/// Names the application for QStandardPaths and QSettings; call right after creating the Q*Application.
void setApplicationIdentity();

/// `salesops.sqlite` in the user's app-data folder (created if missing).
std::string defaultStorePath();

/// The version shown by --version and the About box: "0.1.0 (commit 4c9473e)", the project version
/// and `git describe --always --dirty` of the build ("unknown" when built outside git).
const char* versionString();

/// The project version alone ("0.1.0").
const char* projectVersion();

/// The commit part of versionString().
const char* gitCommit();

}  // namespace salesops::app
