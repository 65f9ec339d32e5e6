// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace salesops::app {

/// The one logging set-up of a program: a rotating file in the app-data folder for everything from
/// info up, stderr for warnings and errors, and Qt's own messages routed into the same logger.
/// Libraries only name their loggers; sinks are chosen here.
void setUpLogging(const std::string& programName, bool quiet);

}  // namespace salesops::app
