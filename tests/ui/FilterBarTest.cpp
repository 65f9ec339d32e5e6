// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The filter bar on a store it cannot read: every page waits for the bar, so the bar says why.
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include "UiTestFixture.h"
#include "widgets/FilterBar.h"
#include "window/StoreSession.h"

using namespace salesops;

namespace {

using uitest::kTimeoutMs;

TEST(FilterBarTest, AStoreThatCannotBeReadIsNamedInTheBarUntilItCanBeRead) {
  uitest::app();
  QSettings().clear();
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString path = dir.filePath("salesops.sqlite");
  {
    QFile empty(path);  // a file, but no store
    ASSERT_TRUE(empty.open(QIODevice::WriteOnly));
  }
  ui::StoreSession session(path);
  ui::FilterBar bar(session);
  bar.show();
  auto* problem = bar.findChild<QLabel*>("storeProblem");
  ASSERT_NE(problem, nullptr);
  ASSERT_TRUE(QTest::qWaitFor([&] { return problem->isVisible(); }, kTimeoutMs));
  EXPECT_EQ(problem->text(), "<b>Cannot read the store:</b> no SalesOps store at " + path);
  EXPECT_FALSE(bar.ready());

  // The store is made (an import into a new store); the next change notice clears the message.
  ASSERT_TRUE(QFile::remove(path));
  ASSERT_NO_FATAL_FAILURE(uitest::makeDemoStore(path.toStdString(), 200, 7));
  session.notifyChanged();
  ASSERT_TRUE(QTest::qWaitFor([&] { return bar.ready(); }, kTimeoutMs));
  EXPECT_FALSE(problem->isVisible());
}

}  // namespace
