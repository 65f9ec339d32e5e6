// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/demo/CsvDemoSink.h"

#include <charconv>
#include <climits>
#include <filesystem>
#include <span>
#include <system_error>

namespace salesops::demo {
namespace {

// The canonical column names of data-formats.md, in the order of CsvDemoSink::kFileNames.
constexpr std::array<std::string_view, 5> kRepColumns = {"rep_id", "name", "team", "active_from", "active_to"};
constexpr std::array<std::string_view, 5> kAreaColumns = {"area", "name", "city", "homes_passed", "bundling_threshold"};
constexpr std::array<std::string_view, 5> kTargetColumns = {"week", "level", "key", "metric", "target"};
constexpr std::array<std::string_view, 9> kVisitColumns = {"visit_id", "visited_at",   "rep_id",
                                                           "area",     "outcome",      "channel",
                                                           "postcode", "house_number", "house_number_addition"};
constexpr std::array<std::string_view, 13> kOrderColumns = {"order_id",        "ordered_at",   "rep_id",
                                                            "channel",         "area",         "visit_id",
                                                            "postcode",        "house_number", "house_number_addition",
                                                            "product",         "monthly_fee",  "installed_at",
                                                            "first_time_right"};
constexpr std::array<std::string_view, 3> kCancellationColumns = {"order_id", "cancelled_at", "reason"};
constexpr std::array<std::span<const std::string_view>, 6> kHeaders = {
    kRepColumns, kAreaColumns, kTargetColumns, kVisitColumns, kOrderColumns, kCancellationColumns};

/// `YYYY-MM-DD HH:MM:SS` into its own buffer. Millions of rows share few dates, so the date part is
/// cached instead of run through the calendar (and snprintf) for every row.
class DateTimeText {
 public:
  std::string_view format(DateTime t) {
    const Date date = t.date();
    if (date.days() != cachedDay_) {
      const std::string text = date.toString();
      text.copy(buf_, 10);
      buf_[10] = ' ';
      cachedDay_ = date.days();
    }
    const int64_t s = t.seconds() - static_cast<int64_t>(date.days()) * 86400;
    two(11, static_cast<int>(s / 3600));
    buf_[13] = ':';
    two(14, static_cast<int>(s / 60 % 60));
    buf_[16] = ':';
    two(17, static_cast<int>(s % 60));
    return {buf_, sizeof buf_};
  }
  std::string_view format(const std::optional<DateTime>& t) { return t ? format(*t) : std::string_view(); }

 private:
  void two(int at, int v) {
    buf_[at] = static_cast<char>('0' + v / 10);
    buf_[at + 1] = static_cast<char>('0' + v % 10);
  }
  int32_t cachedDay_ = INT32_MIN;
  char buf_[19] = {};
};

/// A number as text in a small buffer: shortest round-trip form for doubles (0.35, not 0.350000).
class NumberText {
 public:
  template <class T>
  std::string_view format(T v) {
    const auto r = std::to_chars(buf_, buf_ + sizeof buf_, v);
    return {buf_, static_cast<size_t>(r.ptr - buf_)};
  }

 private:
  char buf_[32] = {};
};

std::string_view boolText(const std::optional<bool>& b) { return b ? (*b ? "true" : "false") : ""; }

}  // namespace

Result<std::unique_ptr<CsvDemoSink>> CsvDemoSink::open(const std::string& folder) {
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (ec) return makeError("cannot create folder " + folder + ": " + ec.message());
  std::unique_ptr<CsvDemoSink> sink(new CsvDemoSink());
  for (size_t i = 0; i < kFileNames.size(); ++i) {
    const std::string path = (std::filesystem::path(folder) / kFileNames[i]).string();
    if (auto r = sink->files_[i].open(path); !r) return r.error();
    sink->files_[i].writeRow(kHeaders[i]);
  }
  return sink;
}

Result<void> CsvDemoSink::reps(const std::vector<ingest::RepRow>& rows) {
  for (const ingest::RepRow& r : rows) {
    const std::string from = r.activeFrom ? r.activeFrom->toString() : std::string();
    const std::string to = r.activeTo ? r.activeTo->toString() : std::string();
    files_[Reps].writeRow({r.repId, r.name, r.team, from, to});
  }
  return {};
}

Result<void> CsvDemoSink::areas(const std::vector<ingest::AreaRow>& rows) {
  NumberText homes, threshold;
  for (const ingest::AreaRow& a : rows) {
    files_[Areas].writeRow({a.area, a.name, a.city, homes.format(a.homesPassed),
                            a.bundlingThreshold ? threshold.format(*a.bundlingThreshold) : std::string_view()});
  }
  return {};
}

Result<void> CsvDemoSink::targets(const std::vector<ingest::TargetRow>& rows) {
  NumberText value;
  for (const ingest::TargetRow& t : rows) {
    const std::string week = t.week.toString();
    files_[Targets].writeRow({week, toString(t.level), t.key, t.metric, value.format(t.target)});
  }
  return {};
}

Result<void> CsvDemoSink::visits(const std::vector<ingest::VisitRow>& rows) {
  DateTimeText at;
  NumberText house;
  for (const ingest::VisitRow& v : rows) {
    files_[Visits].writeRow({v.visitId, at.format(v.visitedAt), v.repId, v.area, toString(v.outcome),
                             toString(v.channel), v.postcode,
                             v.houseNumber > 0 ? house.format(v.houseNumber) : std::string_view(), v.addition});
  }
  return {};
}

Result<void> CsvDemoSink::orders(const std::vector<ingest::OrderRow>& rows) {
  DateTimeText ordered, installed;
  NumberText house;
  for (const ingest::OrderRow& o : rows) {
    const std::string fee = o.monthlyFee ? o.monthlyFee->toString() : std::string();
    files_[Orders].writeRow({o.orderId, ordered.format(o.orderedAt), o.repId, toString(o.channel), o.area, o.visitId,
                             o.postcode, o.houseNumber > 0 ? house.format(o.houseNumber) : std::string_view(),
                             o.addition, o.product, fee, installed.format(o.installedAt), boolText(o.firstTimeRight)});
  }
  return {};
}

Result<void> CsvDemoSink::cancellations(const std::vector<ingest::CancellationRow>& rows) {
  DateTimeText at;
  for (const ingest::CancellationRow& c : rows) {
    // A reason we did not know is written as its original text, as it arrived.
    const std::string_view reason =
        c.reason == CancelReason::Other && !c.reasonText.empty() ? std::string_view(c.reasonText) : toString(c.reason);
    files_[Cancellations].writeRow({c.orderId, at.format(c.cancelledAt), reason});
  }
  return {};
}

Result<void> CsvDemoSink::finish() {
  Result<void> result;
  for (ingest::CsvWriter& file : files_) {
    auto r = file.close();
    if (!r && result) result = r;
  }
  return result;
}

}  // namespace salesops::demo
