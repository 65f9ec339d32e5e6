// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace salesops::app {

/// Names the application for QStandardPaths and QSettings; call right after creating the Q*Application.
void setApplicationIdentity();

/// `salesops.sqlite` in the user's app-data folder (created if missing).
std::string defaultStorePath();

/// The version shown by --version.
const char* versionString();

}  // namespace salesops::app
