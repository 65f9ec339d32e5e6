// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStores.h"

#include <fstream>
#include <random>
#include <sstream>

#include "InstallRollup.h"

namespace salesops::store::testing {

TempDir::TempDir() {
  std::random_device rd;
  path_ = std::filesystem::temp_directory_path() / ("salesops-test-" + std::to_string(rd()) + std::to_string(rd()));
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

void writeFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

int64_t queryInt(Store& store, const std::string& sql) { return store.db().scalar(sql, -1); }

std::string rollupMismatch(Store& store) {
  // EXCEPT both ways: rows the writer kept that the raw data does not give, and the reverse.
  const char* fromRaw =
      "SELECT (visited_at - ((visited_at % 86400) + 86400) % 86400) / 86400, "
      "(((visited_at % 86400) + 86400) % 86400) / 3600, rep, area, channel, count(*), sum(outcome = 0), "
      "sum(outcome = 1), sum(outcome = 2), sum(outcome = 3), sum(outcome = 4), sum(outcome = 5), sum(outcome = 6) "
      "FROM visit GROUP BY 1, 2, 3, 4, 5";
  const char* kept = "SELECT * FROM visit_rollup";
  const std::string a = "SELECT count(*) FROM (" + std::string(kept) + " EXCEPT " + fromRaw + ")";
  const std::string b = "SELECT count(*) FROM (" + std::string(fromRaw) + " EXCEPT " + kept + ")";
  const int64_t extra = store.db().scalar(a, -1), missing = store.db().scalar(b, -1);
  const char* spansRaw =
      "SELECT (visited_at - ((visited_at % 86400) + 86400) % 86400) / 86400, rep, min(visited_at), max(visited_at) "
      "FROM visit GROUP BY 1, 2";
  const int64_t spanExtra =
      store.db().scalar("SELECT count(*) FROM (SELECT * FROM rep_day EXCEPT " + std::string(spansRaw) + ")", -1);
  const int64_t spanMissing =
      store.db().scalar("SELECT count(*) FROM (" + std::string(spansRaw) + " EXCEPT SELECT * FROM rep_day)", -1);
  // Every visit lies inside its day's zone (zones may be wider, never narrower).
  const int64_t outside = store.db().scalar(
      "SELECT count(*) FROM visit v LEFT JOIN visit_zone z "
      "ON z.day = (v.visited_at - ((v.visited_at % 86400) + 86400) % 86400) / 86400 "
      "WHERE z.day IS NULL OR v.visit_id NOT BETWEEN z.first_id AND z.last_id",
      -1);
  // Every order carries its cancellation's date and reason (NULL without one).
  const int64_t orderCancels = store.db().scalar(
      "SELECT count(*) FROM orders o LEFT JOIN cancellation c ON c.order_id = o.order_id "
      "WHERE o.cancelled_at IS NOT c.cancelled_at OR o.cancel_reason IS NOT c.reason",
      -1);
  // install_rollup (with its running sums) is its definition over orders and cancellations.
  const int64_t installs =
      store.db().scalar("SELECT count(*) FROM (SELECT * FROM install_rollup EXCEPT " SALESOPS_INSTALL_ROLLUP_SELECT ")",
                        -1) +
      store.db().scalar("SELECT count(*) FROM (" SALESOPS_INSTALL_ROLLUP_SELECT " EXCEPT SELECT * FROM install_rollup)",
                        -1);
  if (extra == 0 && missing == 0 && spanExtra == 0 && spanMissing == 0 && outside == 0 && orderCancels == 0 &&
      installs == 0)
    return "";
  std::ostringstream s;
  s << "visit_rollup: " << extra << " rows not from raw, " << missing << " raw rows missing; rep_day: " << spanExtra
    << " extra, " << spanMissing << " missing; " << outside << " visits outside their day's zone; " << orderCancels
    << " orders whose cancellation copy differs; install_rollup: " << installs << " rows differ";
  return s.str();
}

}  // namespace salesops::store::testing
