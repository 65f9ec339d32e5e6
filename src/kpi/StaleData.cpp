// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaleData.h"

#include <map>
#include <set>

#include "salesops/kpi/DataClock.h"
#include "salesops/kpi/DataQuality.h"
#include "salesops/store/VisitClock.h"

namespace salesops::kpi {
namespace {

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

// Fewer visit days than this in the week up to the last visit day: the field does not work on most
// days (a few hand-made visits, a part-time pilot, a one-off analysis), so no day can be told to be
// missing.
constexpr size_t kMinWorkingDays = 4;

// The complete days after the last visit day (before as-of, which may still be in progress) on
// whose weekday reps visited in the week up to the last visit day: days the field worked before,
// whose visits have not arrived. A weekday nobody works (Sunday, for most teams) is no gap.
Result<store::QualityRows> staleVisits(store::Store& store, const DataClock& clock, Date asOf, int maxExamples) {
  store::QualityRows rows;
  if (!clock.latest) return rows;
  const Date last = clock.latest->date();
  auto week = store::repsByDay(store, last.addDays(-6).days(), last.days());
  if (!week) return week.error();
  if (week->size() < kMinWorkingDays) return rows;
  std::map<std::string, int64_t> perRep;
  for (Date d = last.addDays(1); d < asOf; d = d.addDays(1)) {
    const Date same = last.addDays(-((last.isoWeekday() - d.isoWeekday() + 7) % 7));
    auto it = week->find(same.days());
    if (it == week->end()) continue;
    ++rows.count;
    for (const std::string& rep : it->second) ++perRep[rep];
    if (static_cast<int>(rows.examples.size()) < maxExamples)
      rows.examples.push_back({d.toString(),
                               "no visits after " + last.toString() + "; " + std::to_string(it->second.size()) +
                                   (it->second.size() == 1 ? " rep" : " reps") + " visited on " + same.toString(),
                               joined(it->second)});
  }
  for (const auto& [rep, n] : perRep) rows.reps.push_back({rep, n});
  return rows;
}

// The daily exports (orders, cancellations) whose last import is older than the visits imports of
// kMissingExportDays days: the field app's export arrives, the CRM's does not. Counted in days on
// which visits arrived, not calendar days, so a weekend or a holiday without imports is no gap.
store::QualityRows missingExports(const std::vector<store::ImportLogEntry>& log, Date asOf) {
  std::set<int32_t> visitDays;
  for (const auto& e : log)
    if (e.kind == FileKind::Visits && importDay(e.importedAt) <= asOf) visitDays.insert(importDay(e.importedAt).days());
  store::QualityRows rows;
  for (FileKind kind : {FileKind::Orders, FileKind::Cancellations}) {
    // The last import of the kind seen from as-of: imports after it have not happened yet.
    std::optional<store::ImportLogEntry> lastImport;
    for (const auto& e : log)
      if (e.kind == kind && importDay(e.importedAt) <= asOf) lastImport = e;
    const int32_t since = lastImport ? importDay(lastImport->importedAt).days() : INT32_MIN;
    std::vector<std::string> days;
    for (int32_t d : visitDays)
      if (d > since) days.push_back(Date::fromDays(d).toString());
    if (static_cast<int>(days.size()) < kMissingExportDays) continue;
    ++rows.count;
    const std::string last =
        lastImport ? "last imported " + importDay(lastImport->importedAt).toString() + " (" + lastImport->fileName + ")"
                   : "never imported";
    rows.examples.push_back({std::string(toString(kind)),
                             last + "; visits arrived on " + std::to_string(days.size()) +
                                 (lastImport ? " days since: " : " days: ") + joined(days),
                             ""});
  }
  return rows;
}

}  // namespace

Result<StaleRows> findStaleData(store::Store& store, Date asOf, int maxExamples) {
  auto clock = readDataClock(store, asOf);
  if (!clock) return clock.error();
  auto visits = staleVisits(store, *clock, asOf, maxExamples);
  if (!visits) return visits.error();
  return StaleRows{std::move(*visits), missingExports(store.importLog(), asOf)};
}

}  // namespace salesops::kpi
