// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include "SalesOpsVersion.h"

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

const char* versionString() {
  // The commit in --version and the About box lets a bug report name the exact build.
  static const std::string version = std::string(SALESOPS_VERSION) + " (commit " + SALESOPS_GIT_COMMIT + ")";
  return version.c_str();
}

const char* projectVersion() { return SALESOPS_VERSION; }

const char* gitCommit() { return SALESOPS_GIT_COMMIT; }

}  // namespace salesops::app
