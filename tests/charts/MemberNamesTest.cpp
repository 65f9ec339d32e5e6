// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reps and areas by their names in the charts and alerts people read: "Jeroen de Vries (R001)".
#include <QBarCategoryAxis>
#include <QChart>

#include <algorithm>
#include <gtest/gtest.h>
#include <memory>

#include "ChartsTestSupport.h"

#include "salesops/charts/AlertText.h"
#include "salesops/charts/DashboardCharts.h"
#include "salesops/charts/KpiText.h"
#include "salesops/kpi/MemberLabel.h"
#include "salesops/kpi/UnknownMember.h"

using namespace salesops;
using namespace salesops::charts;
using namespace salesops::charts::test;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedKingdom);

QStringList categories(QChart* chart) {
  for (QAbstractAxis* axis : chart->axes())
    if (auto* c = qobject_cast<QBarCategoryAxis*>(axis)) return c->categories();
  return {};
}

TEST(MemberNames, OneSpellingNameThenCode) {
  EXPECT_EQ(kpi::memberLabel("Jan de Vries", "R001"), "Jan de Vries (R001)");
  EXPECT_EQ(kpi::memberLabel("", "R099"), "R099");            // not in the reps file
  EXPECT_EQ(kpi::memberLabel("UTR-01", "UTR-01"), "UTR-01");  // an areas file without names
  EXPECT_EQ(kpi::memberLabel(kpi::DimValue{"Team Zuid", {}, ""}), "Team Zuid");
}

// The member for "no known team" is data ("(unknown)", what a filter on it matches) but a Dutch
// window, chart and pack say it in Dutch; every other member is its name and code as above.
TEST(MemberNames, TheUnknownMemberInTheReadersLanguage) {
  ensureApplication();
  const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
  const kpi::DimValue unknown{std::string(kpi::kUnknownMember), {}, ""};
  EXPECT_EQ(memberText(unknown, kEnglish), "(unknown)");
  EXPECT_EQ(memberText(unknown, dutch), "(onbekend)");
  EXPECT_EQ(memberText(kpi::DimValue{"R007", {}, "Kevin van Dijk"}, dutch), "Kevin van Dijk (R007)");
  EXPECT_EQ(memberText("Kevin van Dijk", "R007", dutch), "Kevin van Dijk (R007)");
}

TEST(MemberNames, TheLeaderboardAndAreaChartNameTheirMembers) {
  ensureApplication();
  const kpi::DashboardData& d = demoDashboard();
  ASSERT_FALSE(d.reps.empty());
  ASSERT_FALSE(d.areas.empty());
  // The engine carries the names of the reps and areas files beside the codes.
  EXPECT_FALSE(d.reps.front().dims.front().name.empty());
  const std::unique_ptr<QChart> board(buildDashboardChart("rep-leaderboard", d, ChartStyle{}));
  const QStringList reps = categories(board.get());
  ASSERT_FALSE(reps.isEmpty());
  // Bottom-up: the rep with most orders is the last category.
  const kpi::DimValue& top = d.reps.front().dims.front();
  EXPECT_TRUE(reps.last().startsWith(QString::fromStdString(top.name + " (" + top.text + ")")))
      << reps.last().toStdString();
  const std::unique_ptr<QChart> areas(buildDashboardChart("area-conversion", d, ChartStyle{}));
  const kpi::DimValue& first = d.areas.front().dims.front();
  // The area chart is sorted by change, so the first area of the engine may stand anywhere.
  const QStringList areaNames = categories(areas.get());
  const QString label = QString::fromStdString(kpi::memberLabel(first));
  EXPECT_TRUE(std::any_of(areaNames.begin(), areaNames.end(), [&](const QString& c) { return c.startsWith(label); }))
      << label.toStdString();
}

TEST(MemberNames, DoorstepChartsNameRepsAndAreasWithTheirCodes) {
  ensureApplication();
  const kpi::DashboardData& d = demoDashboard();
  for (const auto& [name, rows] : {std::pair<QString, const std::vector<kpi::KpiRow>*>{"doorstep-by-rep", &d.reps},
                                   {"doorstep-by-area", &d.areas}}) {
    const std::unique_ptr<QChart> chart(buildDashboardChart(name, d, ChartStyle{}));
    const QStringList shown = categories(chart.get());
    ASSERT_FALSE(shown.isEmpty()) << name.toStdString();
    // Every category is a member's "name (code)", never its bare code.
    for (const QString& c : shown) {
      const auto row = std::find_if(rows->begin(), rows->end(), [&](const kpi::KpiRow& r) {
        return QString::fromStdString(kpi::memberLabel(r.dims.front())) == c;
      });
      ASSERT_NE(row, rows->end()) << name.toStdString() << ": " << c.toStdString();
      EXPECT_FALSE(row->dims.front().name.empty());
      EXPECT_TRUE(c.endsWith(QString::fromStdString(" (" + row->dims.front().text + ")"))) << c.toStdString();
    }
  }
}

TEST(MemberNames, AnAlertNamesItsRep) {
  ensureApplication();
  kpi::Alert a;
  a.kind = kpi::AlertKind::Outlier;
  a.dimension = kpi::Dimension::Rep;
  a.member = "R007";
  a.memberName = "Kevin van Dijk";
  a.kpi = KpiId::cancel_rate_14d;
  a.test.current = 0.343;
  a.test.previous = 0.048;
  EXPECT_EQ(alertSubject(a, kEnglish), "Rep Kevin van Dijk (R007)");
}

}  // namespace
