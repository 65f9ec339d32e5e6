// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The kpi command's three outputs (spec cli.md), on rows made by hand.
#include <cstdlib>
#include <gtest/gtest.h>

#include "salesops/core/KpiCatalogue.h"
#include "salesops/kpi/KpiFormat.h"

namespace salesops::kpi {
namespace {

KpiQuery query(std::vector<Dimension> by) {
  KpiQuery q;
  q.period = {*Date::parseIso("2026-11-01"), *Date::parseIso("2026-11-07")};
  q.asOf = *Date::parseIso("2026-11-28");
  q.by = std::move(by);
  return q;
}

KpiRow row(std::vector<DimValue> dims) {
  KpiRow r;
  r.dims = std::move(dims);
  r.now.sources = kVisitSource | kOrderSource;  // no addresses, no area values
  r.now.visits = 120;
  r.now.contacts = 55;
  r.now.orders = 7;
  r.now.d2dVisits = 120;  // all at the door
  r.now.d2dContacts = 55;
  r.now.d2dOrders = 7;
  r.now.revenue = Money::fromCents(123450);
  return r;
}

TEST(KpiFormat, JsonHasTheContractsKeysInOrderAndNullForNoValue) {
  const std::string j = formatJson(query({Dimension::Area, Dimension::Hour}), {row({{"UTR-01", {}}, {"9", 9}})});
  EXPECT_EQ(j.rfind(R"({"from": "2026-11-01", "to": "2026-11-07", "as_of": "2026-11-28", "by": ["area", "hour"], )"
                    R"("rows": [)",
                    0),
            0u)
      << j;
  EXPECT_NE(j.find(R"({"area": "UTR-01", "hour": 9, "visits": 120, "contacts": 55, "pitches": 0,)"), std::string::npos)
      << j;
  EXPECT_NE(j.find(R"("revenue": 1234.50,)"), std::string::npos);
  // Full precision: 7/55 and 7/120 in their shortest round-trip form, not rounded to 4 decimals.
  EXPECT_NE(j.find(R"("conversion": 0.12727272727272726, "hit_rate": 0.058333333333333334, "cancel_rate": 0,)"),
            std::string::npos)
      << j;
  EXPECT_NE(j.find(R"("addresses": null,)"), std::string::npos);
  EXPECT_NE(j.find(R"("coverage": null,)"), std::string::npos);
  // Every catalogue KPI is a key, in catalogue order.
  size_t at = 0;
  for (const KpiDefinition& d : kpiCatalogue()) {
    const size_t next = j.find("\"" + std::string(d.name) + "\": ", at);
    ASSERT_NE(next, std::string::npos) << d.name;
    at = next;
  }
  EXPECT_EQ(j.find("_prev"), std::string::npos);
}

TEST(KpiFormat, CompareAddsPrevAfterEachKpi) {
  KpiQuery q = query({});
  q.compare = Comparison::Previous;
  KpiRow r = row({});
  r.prev = KpiValues{};
  r.prev->sources = kVisitSource | kOrderSource;
  const std::string j = formatJson(q, {r});
  EXPECT_NE(j.find(R"("visits": 120, "visits_prev": 0, "contacts": 55, "contacts_prev": 0,)"), std::string::npos) << j;
  EXPECT_NE(j.find(R"("conversion_prev": null)"), std::string::npos);
  const auto cols = kpiColumns(q);
  EXPECT_EQ(cols.size(), 2 * kpiCatalogue().size());
}

TEST(KpiFormat, CsvQuotesOddNamesAndLeavesNoValueEmpty) {
  const std::string c = formatCsv(query({Dimension::City}), {row({{"Den \"Haag\", Zuid", {}}})});
  EXPECT_EQ(c.rfind("city,visits,contacts,pitches,", 0), 0u);
  EXPECT_NE(c.find("\r\n\"Den \"\"Haag\"\", Zuid\",120,55,0,"), std::string::npos) << c;
  EXPECT_NE(c.find(",0.12727272727272726,0.058333333333333334,"), std::string::npos);
  EXPECT_NE(c.find(",,"), std::string::npos);  // addresses and the like: empty
}

TEST(KpiFormat, TableAlignsColumnsAndShowsPercentages) {
  const std::string t = formatTable(query({Dimension::Area}), {row({{"UTR-01", {}}}), row({{"Zeist-ü", {}}})});
  const auto first = t.substr(0, t.find('\n'));
  EXPECT_EQ(first.rfind("area     visits  contacts", 0), 0u) << first;
  EXPECT_NE(t.find("\nUTR-01      120        55"), std::string::npos) << t;
  EXPECT_NE(t.find("\nZeist-ü     120        55"), std::string::npos) << t;  // ü is one column
  EXPECT_NE(t.find("12.7%"), std::string::npos);
  EXPECT_NE(t.find("—"), std::string::npos);
}

// Issue 11, item 9: a team named `=1+1` must not run as a formula when the CSV is opened in a
// spreadsheet; the hour stays a number, and so do the KPI values.
TEST(KpiFormat, CsvGuardsTextDimensionsAgainstFormulasAndKeepsNumbers) {
  const std::string c = formatCsv(query({Dimension::Team, Dimension::Hour}),
                                  {row({{"=1+1", {}}, {"9", 9}}), row({{"-Zuid", {}}, {"10", 10}})});
  EXPECT_NE(c.find("\r\n'=1+1,9,120,55,"), std::string::npos) << c;
  EXPECT_NE(c.find("\r\n'-Zuid,10,120,55,"), std::string::npos) << c;
}

}  // namespace
}  // namespace salesops::kpi

namespace salesops::kpi {
namespace {

TEST(KpiFormat, JsonRatesReadBackAsTheEnginesDouble) {
  KpiRow r;
  r.now.sources = kVisitSource | kOrderSource;
  r.now.visits = r.now.d2dVisits = 9;
  r.now.contacts = r.now.d2dContacts = 9;
  r.now.orders = r.now.d2dOrders = 3;
  const std::string j = formatJson(query({}), {r});
  const std::string key = R"("conversion": )";
  const size_t at = j.find(key);
  ASSERT_NE(at, std::string::npos) << j;
  EXPECT_EQ(j.compare(at + key.size(), 19, "0.3333333333333333,"), 0) << j;
  EXPECT_EQ(std::strtod(j.c_str() + at + key.size(), nullptr), 1.0 / 3);  // exactly, not nearly
}

TEST(KpiFormat, JsonSaysWhyABundlingDateIsNotInSight) {
  KpiRow r = row({{"UTR-01", {}}});
  r.now.sources |= kAreaSource;
  r.now.homesPassed = 100;
  r.now.activeInstalls = 2;
  r.now.bundlingOutlook = BundlingOutlook::TooFarOut;
  const std::string j = formatJson(query({Dimension::Area}), {r});
  EXPECT_NE(j.find(R"("bundling_date": null, "bundling_outlook": "more_than_5_years")"), std::string::npos) << j;
  EXPECT_EQ(formatCsv(query({Dimension::Area}), {r}).find("outlook"), std::string::npos);  // CSV columns stay
}

}  // namespace
}  // namespace salesops::kpi
