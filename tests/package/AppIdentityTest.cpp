// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "AppPaths.h"

using namespace salesops;

// An upgrade must find the user's settings and store where version 0.1.0 put them: a renamed
// organisation or application would move both, and the new version would start empty. The paths
// below are what 0.1.0 uses under XDG_CONFIG_HOME and XDG_DATA_HOME; change them only with a
// migration of the old files.
TEST(AppIdentity, SettingsAndStoreStayWhereVersion010PutThem) {
  QTemporaryDir home;
  ASSERT_TRUE(home.isValid());
  qputenv("XDG_CONFIG_HOME", home.filePath("config").toUtf8());
  qputenv("XDG_DATA_HOME", home.filePath("data").toUtf8());
  // A settings file as 0.1.0 left it, with a remembered filter.
  const QString settingsFile = home.filePath("config/SalesOps/SalesOps Dashboard.conf");
  ASSERT_TRUE(QDir().mkpath(QFileInfo(settingsFile).path()));
  QFile file(settingsFile);
  ASSERT_TRUE(file.open(QIODevice::WriteOnly));
  file.write("[filters]\nteam=T02\n");
  file.close();

  int argc = 1;
  char name[] = "package_tests";
  char* argv[] = {name, nullptr};
  QCoreApplication application(argc, argv);
  app::setApplicationIdentity();

  QSettings settings;
  EXPECT_EQ(settings.fileName(), settingsFile);
  EXPECT_EQ(settings.value("filters/team").toString(), "T02");
  EXPECT_EQ(QString::fromStdString(app::defaultStorePath()),
            home.filePath("data/SalesOps/SalesOps Dashboard/salesops.sqlite"));
}

TEST(AppIdentity, VersionNamesTheProjectVersionAndTheCommit) {
  EXPECT_STREQ(app::projectVersion(), SALESOPS_TEST_PROJECT_VERSION);
  EXPECT_EQ(std::string(app::versionString()),
            std::string(SALESOPS_TEST_PROJECT_VERSION) + " (commit " + app::gitCommit() + ")");
  if (!QFileInfo::exists(QStringLiteral(SALESOPS_SOURCE_DIR "/.git"))) GTEST_SKIP() << "not built from a git checkout";
  // `git describe --always --dirty` in a checkout: an abbreviated hash, or a tag, or a tag, a count
  // and a hash; never "unknown".
  const QRegularExpression described("^([0-9a-f]{7,40}|v?[0-9][0-9A-Za-z.+~]*|.+-[0-9]+-g[0-9a-f]{7,40})(-dirty)?$");
  EXPECT_TRUE(described.match(QString::fromLatin1(app::gitCommit())).hasMatch()) << app::gitCommit();
}
