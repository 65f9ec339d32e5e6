// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "salesops/core/Date.h"
#include "salesops/core/Enums.h"
#include "salesops/core/Result.h"
#include "salesops/kpi/CancellationCohorts.h"
#include "salesops/kpi/Dashboard.h"
#include "salesops/kpi/DataQuality.h"
#include "salesops/kpi/DrillPages.h"
#include "salesops/kpi/KpiRow.h"
#include "salesops/kpi/PostcodeBreakdown.h"
#include "salesops/kpi/TrendData.h"
#include "salesops/kpi/WeeklyPack.h"

namespace salesops::store {
class Store;
}

namespace salesops::kpi {

/// One line of the import log as the window lists it (the Imports page).
struct ImportLogRow {
  std::string fileName;
  int64_t fileSize = 0;
  std::string contentHash;
  FileKind kind = FileKind::Visits;
  int64_t importedAt = 0;  ///< UTC seconds since 1970
  int64_t inserted = 0;
  int64_t updated = 0;
  int64_t unchanged = 0;
  int64_t rejected = 0;
  /// How the file came in: `import`, `window`, `watch DIR`; empty for imports recorded before version 3.
  std::string source;
};

/// What the filter bar offers: the teams, cities and areas in the store, sorted, and the last
/// complete data day its period presets end with.
struct FilterChoices {
  std::vector<std::string> teams;
  std::vector<std::string> cities;
  std::vector<std::string> areas;
  std::vector<std::string> areaLabels;  ///< each of `areas` as people see it (memberLabel), same order
  std::optional<Date> lastCompleteDay;  ///< nullopt: no visits at all
};

/// The window's read-only view of a store: every read a page, the filter bar or a dialog makes, as
/// the page builders' plain results. The window reaches the data only through it (docs/architecture.md,
/// "the layer rule"), so ui never sees the store's own types. One session is one connection: use it
/// on one thread (SQLite connections belong to one thread).
class ReadSession {
 public:
  /// Opens the store at `path` (a SQLite file or a PostgreSQL connection string) read-only.
  static Result<std::unique_ptr<ReadSession>> open(const std::string& path);
  ~ReadSession();
  ReadSession(const ReadSession&) = delete;
  ReadSession& operator=(const ReadSession&) = delete;

  Result<DashboardData> dashboard(const DashboardQuery& query);
  Result<DrillPageData> drillPage(const DashboardQuery& query, DrillLevel level, const std::string& member);
  Result<std::vector<KpiRow>> postcodes(const PostcodeQuery& query);
  Result<TrendData> trend(const TrendRequest& request);
  Result<CancellationsPageData> cancellationsPage(const Period& period, Date asOf, const KpiFilters& filters, int weeks,
                                                  int maxDay);
  Result<DataQualityReport> dataQuality(const DataQualityOptions& options);
  Result<std::optional<IsoWeek>> lastCompleteWeekWithData(Date today);
  Result<std::vector<std::string>> packTeams();
  Result<WeeklyPack> weeklyPack(const WeeklyPackRequest& request);
  /// The filter bar's choices as seen on `today`.
  Result<FilterChoices> filterChoices(Date today);
  /// The import log, oldest first.
  Result<std::vector<ImportLogRow>> importLog();
  /// The store as people see it named: the file, or the server's connection with the password redacted.
  const std::string& storeName() const;
  /// On a team server, who is signed in and what they see (`anna (lead: Team Zuid)`); empty for a file.
  const std::string& signedInAs() const;

 private:
  explicit ReadSession(std::unique_ptr<store::Store> store);
  std::unique_ptr<store::Store> store_;
};

}  // namespace salesops::kpi
