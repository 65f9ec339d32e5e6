// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string>

#include "CliContext.h"

namespace salesops::cli {

/// False, with the reason printed, when `out` is the store or one of its files (`-wal`, `-shm`,
/// `-journal`), by any name (./x, a hard link, a symlink): `export` and `report` never write there.
bool outputPathAllowed(const CliContext& context, const QString& out, const std::string& command);

}  // namespace salesops::cli
