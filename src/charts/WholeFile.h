// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

#include "salesops/core/Result.h"

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace salesops::charts {

// Every export and report file goes through these, so each appears whole under its name or not
// at all (ingest::OutputFile, Publish::Replace): a failed export leaves neither half a file nor a
// truncated old one, and a symlink at the name is replaced, its target left alone.

/// `write` fills a device on a temporary file in the folder of `path`; on success the file takes
/// the name `path`.
Result<void> writeWholeFile(const QString& path, const std::function<Result<void>(QIODevice&)>& write);

/// For libraries that open the file themselves by name: `write` gets the name to write to.
Result<void> writeWholeFileByName(const QString& path, const std::function<Result<void>(const QString&)>& write);

/// "cannot write PATH: WHY", the message of every export failure.
Error exportError(const QString& path, const QString& why);

}  // namespace salesops::charts
