// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/kpi/DataQuality.h"

#include <algorithm>
#include <array>
#include <map>

#include "StaleData.h"

#include "salesops/store/KpiSource.h"
#include "salesops/store/QualityQueries.h"

namespace salesops::kpi {
namespace {

using Queries = store::QualityQueries;
using Run = Result<store::QualityRows> (*)(Queries&);

struct Check {
  QualityCheck info;
  Run run;
};

// The ids are a contract (JSON output, scripts): add checks, never rename one.
// The stale checks (run == nullptr) read the data clock and the import log: findStaleData.
constexpr std::array<Check, 15> kChecks = {{
    {{"unknown_reps", "Unknown reps", Severity::Error,
      "Visits and orders whose rep_id is not in the reps file (counted per row; the reps are the unknown ids)."},
     [](Queries& q) { return q.unknownReps(); }},
    {{"unknown_areas", "Unknown areas", Severity::Error,
      "Visits and orders whose area is not in the areas file: they count in no city and no homes passed."},
     [](Queries& q) { return q.unknownAreas(); }},
    {{"orphan_orders", "Orders of unknown visits", Severity::Error,
      "Orders whose visit_id is given but is not among the visits (the visits file may be missing)."},
     [](Queries& q) { return q.ordersWithUnknownVisit(); }},
    {{"order_visit_not_sale", "Orders on a visit whose outcome is not sale", Severity::Error,
      "Orders whose visit exists but did not end in `sale`: the visit or the order is wrong, and conversion "
      "and sales disagree."},
     [](Queries& q) { return q.ordersOnVisitWithoutSale(); }},
    {{"orphan_cancellations", "Cancellations of unknown orders", Severity::Error,
      "Cancellations whose order_id is not among the orders: they count in no cancel rate. Their rep is unknown."},
     [](Queries& q) { return q.cancellationsOfUnknownOrders(); }},
    {{"future_visits", "Visits in the future", Severity::Error, "Visits dated after the as-of day."},
     [](Queries& q) { return q.futureVisits(); }},
    {{"future_orders", "Orders in the future", Severity::Error, "Orders ordered or installed after the as-of day."},
     [](Queries& q) { return q.futureOrders(); }},
    {{"future_cancellations", "Cancellations in the future", Severity::Error,
      "Cancellations dated after the as-of day."},
     [](Queries& q) { return q.futureCancellations(); }},
    {{"installed_before_ordered", "Installs before orders", Severity::Error,
      "Orders with installed_at before ordered_at."},
     [](Queries& q) { return q.installedBeforeOrdered(); }},
    {{"cancelled_before_ordered", "Cancellations before orders", Severity::Error,
      "Cancellations dated before their order's ordered_at."},
     [](Queries& q) { return q.cancelledBeforeOrdered(); }},
    {{"double_orders", "Likely double orders", Severity::Warning,
      "Orders at an address (postcode, house number, addition) that has another order, neither cancelled, "
      "ordered less than 14 days apart: the same sale entered twice, or in two files. One example per address."},
     [](Queries& q) { return q.doubleOrders(kDoubleOrderDays); }},
    {{"visits_outside_active_period", "Visits outside the rep's active period", Severity::Warning,
      "Visits on a day before the rep's active_from or after the rep's active_to (reps file)."},
     [](Queries& q) { return q.visitsOutsideActivePeriod(); }},
    {{"orders_without_visit", "Orders without a visit", Severity::Info,
      "Orders with an empty visit_id. Allowed, but they cannot be traced to a visit (channel, hour)."},
     [](Queries& q) { return q.ordersWithoutVisit(); }},
    {{"stale_visits", "No visits on working days", Severity::Warning,
      "Days after the last visit day and before the as-of day on which no visits arrived, although reps visited "
      "on the same weekday in the week up to the last visit day (with visits on 4 or more days of that week): the "
      "field app's export has not arrived (or the team was off; a holiday shows up here too). The reps are those "
      "who visited on that weekday."},
     nullptr},
    {{"missing_exports", "Exports that did not arrive", Severity::Warning,
      "Orders or cancellations not imported on the last 3 or more days on which visits were imported (days with an "
      "import, so weekends without imports are no gap): the CRM's export did not arrive. One example per export."},
     nullptr},
}};

const std::array<QualityCheck, kChecks.size()> kInfos = [] {
  std::array<QualityCheck, kChecks.size()> infos{};
  for (size_t i = 0; i < kChecks.size(); ++i) infos[i] = kChecks[i].info;
  return infos;
}();

}  // namespace

std::string_view toString(Severity s) {
  switch (s) {
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Info:
      return "info";
  }
  return "error";
}

std::span<const QualityCheck> qualityChecks() { return kInfos; }

bool DataQualityReport::hasProblems() const {
  return std::any_of(findings.begin(), findings.end(),
                     [](const Finding& f) { return f.count > 0 && f.severity != Severity::Info; });
}

std::vector<std::string> DataQualityReport::failingTitles() const {
  std::vector<std::string> out;
  for (const Finding& f : findings)
    if (f.count > 0 && f.severity != Severity::Info) out.push_back(f.title);
  return out;
}

const Finding* DataQualityReport::find(std::string_view id) const {
  auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.id == id; });
  return it == findings.end() ? nullptr : &*it;
}

Result<DataQualityReport> checkDataQuality(store::Store& store, const DataQualityOptions& options) {
  auto queries = Queries::open(store, options.asOf, options.maxExamples);
  if (!queries) return queries.error();
  // Read inside the queries' read transaction, so stale and other findings see the same data.
  auto stale = findStaleData(store, options.asOf, options.maxExamples);
  if (!stale) return stale.error();
  // The reps of the findings by name and code, as everywhere people read them.
  std::map<std::string, std::string> names;
  auto reps = store::KpiSource(store).reps();
  if (!reps) return reps.error();
  for (const store::RepInfo& r : *reps) names[r.code] = r.name;
  DataQualityReport report;
  report.asOf = options.asOf;
  for (const Check& check : kChecks) {
    auto rows = check.run                         ? check.run(**queries)
                : check.info.id == "stale_visits" ? Result<store::QualityRows>(std::move(stale->visits))
                                                  : Result<store::QualityRows>(std::move(stale->exports));
    if (!rows) return rows.error();
    Finding f;
    f.id = check.info.id;
    f.title = check.info.title;
    f.severity = check.info.severity;
    f.count = rows->count;
    for (auto& e : rows->examples) f.examples.push_back({std::move(e.id), std::move(e.value), std::move(e.rep)});
    for (auto& r : rows->reps) {
      const auto name = names.find(r.rep);
      f.reps.push_back({std::move(r.rep), r.count, name == names.end() ? std::string() : name->second});
    }
    // The rep with most problems first: that is whom to call.
    std::sort(f.reps.begin(), f.reps.end(), [](const RepCount& a, const RepCount& b) {
      return a.count != b.count ? a.count > b.count : a.rep < b.rep;
    });
    report.findings.push_back(std::move(f));
  }
  return report;
}

}  // namespace salesops::kpi
