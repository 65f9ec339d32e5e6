// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace salesops::app {

void setApplicationIdentity() {
  QCoreApplication::setOrganizationName("SalesOps");
  QCoreApplication::setApplicationName("SalesOps Dashboard");
  QCoreApplication::setApplicationVersion(versionString());
}

std::string defaultStorePath() {
  const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  QDir().mkpath(dir);
  return QDir(dir).filePath("salesops.sqlite").toStdString();
}

const char* versionString() { return SALESOPS_VERSION; }

}  // namespace salesops::app
