// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// File > Open team server and the status bar of a window on a team server: what a person types
// becomes a libpq connection and pgpass line exactly, a failed sign-in is said in the dialog without
// the password, and the window says who is signed in.
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include "UiTestFixture.h"
#include "dialogs/OpenServerDialog.h"
#include "widgets/drill_charts.h"
#include "window/MainWindow.h"
#include "window/Settings.h"
#include "window/StoreSession.h"

using namespace salesops;

namespace {

TEST(ServerLogin, QuotesEveryValueAsLibpqReadsIt) {
  const ui::ServerLogin login{"db.example.nl", 6432, "sales ops", "o'brien\\x", "secret"};
  EXPECT_EQ(login.connection(),
            QStringLiteral("host='db.example.nl' port=6432 dbname='sales ops' user='o\\'brien\\\\x'"));
  // The password is never part of the connection the window is opened on.
  EXPECT_FALSE(login.connection().contains("secret"));
}

TEST(ServerLogin, EscapesColonsAndBackslashesInThePgpassLine) {
  const ui::ServerLogin login{"/run/pg:1", 5432, "salesops", "anna", "pa:ss\\word"};
  EXPECT_EQ(login.pgpassLine(), QStringLiteral("/run/pg\\:1:5432:salesops:anna:pa\\:ss\\\\word"));
}

TEST(ServerLogin, RememberingAppendsToThePgpassFileReadableByTheUserOnly) {
  QTemporaryDir dir;
  const QString file = dir.filePath("pgpass");
  {
    QFile old(file);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("other:5432:*:bob:x\n");
    old.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
  }
  qputenv("PGPASSFILE", file.toUtf8());
  const QString failed = ui::rememberInPgpass({"db", 5432, "salesops", "anna", "Secret-1"});
  qunsetenv("PGPASSFILE");
  EXPECT_TRUE(failed.isEmpty()) << failed.toStdString();
  QFile written(file);
  ASSERT_TRUE(written.open(QIODevice::ReadOnly));
  EXPECT_EQ(written.readAll(), QByteArray("other:5432:*:bob:x\ndb:5432:salesops:anna:Secret-1\n"));
  EXPECT_EQ(written.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
}

TEST(OpenServerDialog, AnUnreachableServerIsSaidInTheDialogWithoutThePassword) {
  uitest::app();
  ui::settings::serverHost.setForThisRun("127.0.0.1");
  ui::settings::serverPort.setForThisRun(1);  // nothing listens on port 1
  ui::OpenServerDialog dialog;
  dialog.findChild<QLineEdit*>("user")->setText("anna");
  dialog.findChild<QLineEdit*>("password")->setText("Never-Shown-7");
  dialog.show();
  QPushButton* open = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Open);
  ASSERT_NE(open, nullptr);
  QTest::mouseClick(open, Qt::LeftButton);
  auto* error = dialog.findChild<QLabel*>("error");
  EXPECT_TRUE(error->isVisible());
  EXPECT_TRUE(error->text().contains("unreachable")) << error->text().toStdString();
  EXPECT_FALSE(error->text().contains("Never-Shown-7")) << error->text().toStdString();
  EXPECT_TRUE(dialog.isVisible());  // stays open for another try
  EXPECT_EQ(dialog.result(), 0);
  ui::settings::forgetRunOnlyValues();
}

TEST(OpenServerDialog, HostDatabaseAndUserAreNeeded) {
  uitest::app();
  ui::OpenServerDialog dialog;
  dialog.findChild<QLineEdit*>("user")->clear();
  dialog.show();
  QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Open), Qt::LeftButton);
  EXPECT_EQ(dialog.findChild<QLabel*>("error")->text(), QStringLiteral("Host, database and user are needed."));
  EXPECT_TRUE(dialog.isVisible());
}

TEST(ServerWindow, TheStatusBarSaysWhoIsSignedInAndNamesTheServerWithoutItsPassword) {
  uitest::app();
  QTemporaryDir dir;
  ui::StoreSession session(dir.filePath("none.sqlite"));
  session.setIdentity("host=db dbname=salesops user=anna password=***", "anna (lead: Team Zuid)");
  session.setReadOnly("a team server: import with `salesops-cli --db URL import`");  // the store layer's English
  ui::MainWindow window(session);
  // The read-only reason in the window's words (and language), not the store layer's.
  auto* readOnly = window.statusBar()->findChild<QLabel*>("readOnly");
  ASSERT_NE(readOnly, nullptr);
  EXPECT_EQ(readOnly->toolTip(), QStringLiteral("The store is read-only: a team server, import with salesops-cli "
                                                "--db URL import. Importing is off; the data can be viewed."));
  EXPECT_EQ(window.statusBar()->currentMessage(), QString());  // it was cut at 1366 beside "Signed in as"
  auto* who = window.statusBar()->findChild<QLabel*>("signedInAs");
  ASSERT_NE(who, nullptr);
  EXPECT_EQ(who->text(), QStringLiteral("Signed in as anna (lead: Team Zuid)"));
  EXPECT_EQ(window.statusBar()->findChild<QLabel*>("storePath")->text(),
            QStringLiteral("Store: host=db dbname=salesops user=anna password=***"));
  // A file has nobody signed in: no such label.
  ui::StoreSession file(dir.filePath("other.sqlite"));
  ui::MainWindow local(file);
  EXPECT_EQ(local.statusBar()->findChild<QLabel*>("signedInAs"), nullptr);
}

// A team lead's drill pages compare with their teams, and say so where they say "organisation".
TEST(ServerWindow, ALeadsDrillPageSaysTheOrganisationIsTheirTeams) {
  uitest::app();
  kpi::MemberTotals totals;
  const QString owner = ui::memberSummary(totals);
  EXPECT_TRUE(owner.contains("organisation ")) << owner.toStdString();
  EXPECT_FALSE(owner.contains("your teams")) << owner.toStdString();
  totals.yourTeams = true;
  const QString lead = ui::memberSummary(totals);
  EXPECT_TRUE(lead.contains("(n = 0; your teams ")) << lead.toStdString();
  EXPECT_TRUE(lead.contains("Organisation (your teams): every team, area and rep of your teams")) << lead.toStdString();
}

}  // namespace
