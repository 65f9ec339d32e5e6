// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The typed settings of Settings.h: what is written reads back as its type under the key earlier
// versions used, and a missing or unreadable key gives the declared default.
#include <QDate>
#include <QSettings>

#include <gtest/gtest.h>

#include "UiTestFixture.h"
#include "window/Settings.h"

using namespace salesops;
using namespace salesops::ui;

namespace {

class SettingsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    uitest::app();
    QSettings().clear();
  }
  void TearDown() override { QSettings().clear(); }
};

TEST_F(SettingsTest, AValueWrittenThroughATypedSettingReadsBack) {
  settings::filterFrom.set(QDate(2026, 11, 23));
  settings::filterPreset.set(3);
  settings::filterTeam.set(QStringLiteral("T02"));
  settings::windowGeometry.set(QByteArray("\x01\x00\xff", 3));
  settings::importMapping({"Bezoek", "Datum"}).set(QStringLiteral("visit_id=Bezoek"));

  EXPECT_EQ(settings::filterFrom.get(), QDate(2026, 11, 23));
  EXPECT_EQ(settings::filterPreset.get(), 3);
  EXPECT_EQ(settings::filterTeam.get(), "T02");
  EXPECT_EQ(settings::windowGeometry.get(), QByteArray("\x01\x00\xff", 3));
  EXPECT_EQ(settings::importMapping({"Bezoek", "Datum"}).get(), "visit_id=Bezoek");
  // Another header has a key of its own.
  EXPECT_EQ(settings::importMapping({"Bezoek"}).get(), "");
  // Stored under the keys the settings of earlier versions used, so they still apply.
  QSettings raw;
  EXPECT_EQ(raw.value("filters/preset").toInt(), 3);
  EXPECT_EQ(raw.value("filters/team").toString(), "T02");
  EXPECT_EQ(raw.value("filters/from").toDate(), QDate(2026, 11, 23));
}

TEST_F(SettingsTest, AMissingKeyGivesTheDefault) {
  EXPECT_EQ(settings::language.get(), "system");
  EXPECT_EQ(settings::palette.get(), "system");
  EXPECT_EQ(settings::filterPreset.get(), 0);
  EXPECT_FALSE(settings::filterTo.get().isValid());
  EXPECT_TRUE(settings::windowState.get().isEmpty());
  EXPECT_EQ(settings::exportFolder.get(), "");

  settings::language.set(QStringLiteral("nl"));
  EXPECT_EQ(settings::language.get(), "nl");
  settings::language.remove();
  EXPECT_FALSE(QSettings().contains("ui/language"));
  EXPECT_EQ(settings::language.get(), "system");
}

TEST_F(SettingsTest, AValueThatDoesNotReadAsItsTypeGivesTheDefault) {
  const SettingValue<int> number(QStringLiteral("test/number"), 7);
  QSettings().setValue("test/number", "seven");
  EXPECT_EQ(number.get(), 7);
  QSettings().setValue("test/number", "12");
  EXPECT_EQ(number.get(), 12);
}

}  // namespace
