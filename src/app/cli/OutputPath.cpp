// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutputPath.h"

#include <QFile>

#include "AppPaths.h"

#include "salesops/store/StoreFiles.h"

namespace salesops::cli {

bool outputPathAllowed(const CliContext& context, const QString& out, const std::string& command) {
  const std::string store = context.dbPath.empty() ? app::defaultStorePath() : context.dbPath;
  if (auto r = ingest::refuseProtected(QFile::encodeName(out).toStdString(), store::storeFiles(store)); !r) {
    printError(command + ": " + r.error().message);
    return false;
  }
  return true;
}

}  // namespace salesops::cli
