// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/demo/DemoGenerator.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <optional>

#include "AddressBook.h"
#include "DemoCatalogue.h"
#include "DemoIds.h"
#include "OrderDesk.h"
#include "OutcomeModel.h"
#include "Random.h"
#include "ShiftClock.h"

namespace salesops::demo {
namespace {

constexpr int64_t kMaxVisits = 999'999'999;  // visit ids have nine digits
constexpr int64_t kSecondsPerDay = 86400;

// Relative volume per ISO weekday (index 1 = Monday): Saturday is a short day, Sunday is off.
constexpr std::array<int64_t, 8> kDayWeight = {0, 10, 11, 11, 11, 9, 6, 0};
constexpr double kAttendanceWeekday = 0.88;
constexpr double kAttendanceSaturday = 0.55;
constexpr double kAttendanceSunday = 0.30;  // only when a period has nothing but Sundays
// Of each day's visits: 10% at HTL stands, 5% from the promo bus, the rest at the door.
constexpr int64_t kStandPercent = 10;
constexpr int64_t kBusPercent = 5;
constexpr double kSecondAreaShare = 0.12;  // rep-days split over two areas of one city

class Generator {
 public:
  Generator(const DemoOptions& options, DemoSink& sink)
      : options_(options),
        sink_(sink),
        period_{options.endDate.addDays(1 - options.days), options.endDate},
        rng_(options.seed),
        book_(areas()),
        desk_(options.endDate, book_),
        dropArea_(static_cast<size_t>(areaIndex(kConversionDropArea))),
        dropFrom_(options.endDate.addDays(1 - kConversionDropDays)) {
    teamAreas_.resize(teams().size());
    teamWeights_.resize(teams().size());
    teamFocus_.resize(teams().size());
    for (size_t a = 0; a < areas().size(); ++a) {
      const auto team = static_cast<size_t>(areas()[a].team);
      const bool focus = areas()[a].code == teams()[team].focusArea;
      if (focus) teamFocus_[team] = a;
      teamAreas_[team].push_back(a);
      teamWeights_[team].push_back(focus ? 0.0 : areas()[a].doorWeight);
    }
    teamAtWork_.resize(teams().size());
    teamSeen_.resize(teams().size());
    auto sites = [](std::span<const SiteSpec> specs, std::vector<size_t>& at, std::vector<double>& weights) {
      for (const SiteSpec& s : specs) {
        at.push_back(static_cast<size_t>(areaIndex(s.area)));
        weights.push_back(s.weight);
      }
    };
    sites(htlSites(), standAreas_, standWeights_);
    sites(promoSites(), busAreas_, busWeights_);
    visits_.reserve(kMaxBatchRows);
    orders_.reserve(kMaxBatchRows);
  }

  Result<void> run();

 private:
  Result<void> workDay(Date day, int64_t visits);
  Result<void> workDoors(size_t rep, Date day, int64_t visits, bool focus);
  Result<void> workStand(size_t rep, Channel channel, Date day, int64_t visits);
  Result<void> ring(size_t rep, size_t area, Channel channel, Date day, int64_t secondOfDay);
  Result<void> flush();
  Result<void> flushCancellations(Date before);
  Result<void> plantDataQualityIssues();
  void split(int64_t total, const std::vector<size_t>& reps, std::vector<int64_t>& out) const;

  const DemoOptions& options_;
  DemoSink& sink_;
  Period period_;
  Random rng_;
  AddressBook book_;
  OrderDesk desk_;
  size_t dropArea_;
  Date dropFrom_;
  uint64_t visitSequence_ = 0;
  std::vector<std::vector<size_t>> teamAreas_;
  std::vector<std::vector<double>> teamWeights_;  ///< 0 for the focus area: it gets reps by rotation
  std::vector<std::optional<size_t>> teamFocus_;
  std::vector<size_t> standAreas_, busAreas_;
  std::vector<double> standWeights_, busWeights_;
  // Scratch, reused every day.
  std::vector<size_t> doorReps_, standReps_;
  std::vector<int64_t> counts_;
  std::vector<int> teamAtWork_, teamSeen_;
  std::vector<double> cityWeights_;
  std::vector<ingest::VisitRow> visits_;
  std::vector<ingest::OrderRow> orders_;
  std::vector<ingest::CancellationRow> cancellations_;
  // Rows the data-quality issues refer to.
  std::optional<ingest::VisitRow> firstNotHome_;
  std::optional<ingest::OrderRow> firstKeptOrder_;
};

Result<void> Generator::run() {
  if (auto r = sink_.reps(repRows(period_)); !r) return r;
  if (auto r = sink_.areas(areaRows()); !r) return r;
  if (auto r = sink_.targets(targetRows(period_, options_.visits)); !r) return r;

  // Integer weights and cumulative rounding: the day counts add up to exactly options_.visits.
  int64_t totalWeight = 0;
  for (Date d = period_.from; d <= period_.to; d = d.addDays(1)) totalWeight += kDayWeight[d.isoWeekday()];
  const bool sundaysOnly = totalWeight == 0;
  if (sundaysOnly) totalWeight = period_.lengthDays();
  int64_t cumulative = 0;
  for (Date d = period_.from; d <= period_.to; d = d.addDays(1)) {
    const int64_t before = options_.visits * cumulative / totalWeight;
    cumulative += sundaysOnly ? 1 : kDayWeight[d.isoWeekday()];
    const int64_t count = options_.visits * cumulative / totalWeight - before;
    if (auto r = workDay(d, count); !r) return r;
    if (auto r = flush(); !r) return r;
    if (auto r = flushCancellations(d.addDays(1)); !r) return r;
  }
  if (options_.dataQualityIssues)
    if (auto r = plantDataQualityIssues(); !r) return r;
  return sink_.finish();
}

Result<void> Generator::workDay(Date day, int64_t visits) {
  if (visits == 0) return {};
  const int weekday = day.isoWeekday();
  const double attendance = weekday == 7 ? kAttendanceSunday : weekday == 6 ? kAttendanceSaturday : kAttendanceWeekday;
  doorReps_.clear();
  standReps_.clear();
  std::optional<size_t> firstDoorRep;
  for (size_t i = 0; i < reps().size(); ++i) {
    const RepSpec& rep = reps()[i];
    if (!activeDays(rep, period_).contains(day)) continue;
    const bool stands = teams()[static_cast<size_t>(rep.team)].stands;
    if (!stands && !firstDoorRep) firstDoorRep = i;
    if (rng_.chance(attendance)) (stands ? standReps_ : doorReps_).push_back(i);
  }
  int64_t bus = visits * kBusPercent / 100;
  int64_t stand = visits * kStandPercent / 100;
  int64_t door = visits - bus - stand;
  if (standReps_.empty()) {
    door += stand + bus;
    stand = bus = 0;
  } else if (standReps_.size() == 1) {
    stand += bus;
    bus = 0;
  }
  // Somebody rings the doors, even on a day most of the team is off.
  if (door > 0 && doorReps_.empty()) doorReps_.push_back(firstDoorRep.value_or(0));

  split(door, doorReps_, counts_);
  // Half of each team at work (rounded up, rotating by day) walks the team's focus area.
  std::fill(teamAtWork_.begin(), teamAtWork_.end(), 0);
  for (size_t rep : doorReps_) ++teamAtWork_[static_cast<size_t>(reps()[rep].team)];
  std::fill(teamSeen_.begin(), teamSeen_.end(), 0);
  for (size_t k = 0; k < doorReps_.size(); ++k) {
    const auto team = static_cast<size_t>(reps()[doorReps_[k]].team);
    const int n = teamAtWork_[team];
    const int turn = static_cast<int>((static_cast<uint32_t>(teamSeen_[team]++) + static_cast<uint32_t>(day.days())) %
                                      static_cast<uint32_t>(n));
    if (auto r = workDoors(doorReps_[k], day, counts_[k], turn < (n + 1) / 2); !r) return r;
  }
  if (bus > 0) {
    // The bus crew rotates through the stand team.
    const size_t crew = static_cast<size_t>(day.days()) % standReps_.size();
    if (auto r = workStand(standReps_[crew], Channel::PromoBus, day, bus); !r) return r;
    standReps_.erase(standReps_.begin() + static_cast<std::ptrdiff_t>(crew));
  }
  split(stand, standReps_, counts_);
  for (size_t k = 0; k < standReps_.size(); ++k)
    if (auto r = workStand(standReps_[k], Channel::Htl, day, counts_[k]); !r) return r;
  return {};
}

void Generator::split(int64_t total, const std::vector<size_t>& repIdx, std::vector<int64_t>& out) const {
  out.assign(repIdx.size(), 0);
  int64_t weightSum = 0;
  auto weight = [](size_t rep) { return static_cast<int64_t>(std::lround(reps()[rep].pace * 100)); };
  for (size_t i : repIdx) weightSum += weight(i);
  int64_t cumulative = 0;
  for (size_t k = 0; k < repIdx.size(); ++k) {
    const int64_t before = total * cumulative / weightSum;
    cumulative += weight(repIdx[k]);
    out[k] = total * cumulative / weightSum - before;
  }
}

Result<void> Generator::workDoors(size_t rep, Date day, int64_t visits, bool focus) {
  if (visits == 0) return {};
  const auto team = static_cast<size_t>(reps()[rep].team);
  const size_t first = focus && teamFocus_[team] ? *teamFocus_[team] : teamAreas_[team][rng_.pick(teamWeights_[team])];
  size_t second = first;
  int64_t inFirst = visits;
  if (visits >= 8 && rng_.chance(kSecondAreaShare)) {
    // Finishing the evening in a neighbourhood of the same city.
    cityWeights_.clear();
    for (size_t a : teamAreas_[team])
      cityWeights_.push_back(a != first && a != teamFocus_[team] && areas()[a].city == areas()[first].city ? 1.0 : 0.0);
    if (std::any_of(cityWeights_.begin(), cityWeights_.end(), [](double w) { return w > 0; })) {
      second = teamAreas_[team][rng_.pick(cityWeights_)];
      inFirst = visits * rng_.between(40, 60) / 100;
    }
  }
  ShiftClock clock(kDoorShift, visits, rng_);
  for (int64_t i = 0; i < visits; ++i)
    if (auto r = ring(rep, i < inFirst ? first : second, Channel::D2d, day, clock.next(rng_)); !r) return r;
  return {};
}

Result<void> Generator::workStand(size_t rep, Channel channel, Date day, int64_t visits) {
  if (visits == 0) return {};
  const bool bus = channel == Channel::PromoBus;
  const size_t area = bus ? busAreas_[rng_.pick(busWeights_)] : standAreas_[rng_.pick(standWeights_)];
  ShiftClock clock(bus ? kBusShift : kStandShift, visits, rng_);
  for (int64_t i = 0; i < visits; ++i)
    if (auto r = ring(rep, area, channel, day, clock.next(rng_)); !r) return r;
  return {};
}

Result<void> Generator::ring(size_t repIdx, size_t areaIdx, Channel channel, Date day, int64_t secondOfDay) {
  const RepSpec& rep = reps()[repIdx];
  const AreaSpec& area = areas()[areaIdx];
  ingest::VisitRow& v = visits_.emplace_back();
  formatId(v.visitId, 'V', ++visitSequence_, 9);
  v.visitedAt = DateTime::fromSeconds(DateTime::from(day).seconds() + secondOfDay);
  v.repId = rep.id;
  v.area = area.code;
  v.channel = channel;
  AddressBook::Door door;
  if (channel == Channel::D2d) {
    door = book_.nextDoor(areaIdx, day.days(), rng_);
    book_.address(areaIdx, door.index, v.postcode, v.houseNumber, v.addition);
  }
  const bool drop = areaIdx == dropArea_ && day >= dropFrom_;
  v.outcome = drawOutcome(channel, static_cast<int>(secondOfDay / kSecondsPerHour), area, rep, drop, rng_);
  if (channel == Channel::D2d && (v.outcome == Outcome::NotHome || v.outcome == Outcome::Callback))
    book_.comeBack(areaIdx, door, day.days());
  if (v.outcome == Outcome::Sale) {
    const bool cancelled = desk_.sign(v, rep, areaIdx, rng_, orders_);
    if (options_.dataQualityIssues) {
      if (desk_.ordersSigned() == 1) {
        orders_.back().installedAt = DateTime::fromSeconds(v.visitedAt.seconds() - 3 * kSecondsPerDay);
      } else if (!cancelled && !firstKeptOrder_) {
        firstKeptOrder_ = orders_.back();
      }
    }
  } else if (options_.dataQualityIssues && v.outcome == Outcome::NotHome && !firstNotHome_) {
    firstNotHome_ = v;
  }
  if (visits_.size() >= kMaxBatchRows || orders_.size() >= kMaxBatchRows) return flush();
  return {};
}

Result<void> Generator::flush() {
  // Visits first: an order never reaches the sink before its visit.
  if (!visits_.empty())
    if (auto r = sink_.visits(visits_); !r) return r;
  if (!orders_.empty())
    if (auto r = sink_.orders(orders_); !r) return r;
  visits_.clear();
  orders_.clear();
  return {};
}

Result<void> Generator::flushCancellations(Date before) {
  bool more = true;
  while (more) {
    cancellations_.clear();
    more = desk_.takeCancellations(DateTime::from(before), kMaxBatchRows, cancellations_);
    if (!cancellations_.empty())
      if (auto r = sink_.cancellations(cancellations_); !r) return r;
  }
  return {};
}

Result<void> Generator::plantDataQualityIssues() {
  const Date end = period_.to;
  const size_t area = 0;
  auto addVisit = [&](std::string_view rep, std::string_view areaCode, Date day, Outcome outcome) {
    ingest::VisitRow& v = visits_.emplace_back();
    formatId(v.visitId, 'V', ++visitSequence_, 9);
    v.visitedAt = DateTime::from(day, 18);
    v.repId = rep;
    v.area = areaCode;
    v.outcome = outcome;
    book_.address(area, static_cast<uint32_t>(visitSequence_ % 1000), v.postcode, v.houseNumber, v.addition);
    return v;
  };
  addVisit(kUnknownRep, areas()[area].code, end, Outcome::NoInterest);
  const ingest::VisitRow lost = addVisit(reps()[0].id, kUnknownArea, end, Outcome::NotHome);
  addVisit(reps()[0].id, areas()[area].code, end.addDays(3), Outcome::NotHome);

  ingest::VisitRow sale = firstNotHome_.value_or(lost);
  sale.outcome = Outcome::Sale;  // what the order desk believes happened at that door
  desk_.sign(sale, reps()[0], area, rng_, orders_);
  orders_.back().installedAt.reset();  // one issue per row
  sale.visitId = kUnknownVisit;
  desk_.sign(sale, reps()[0], area, rng_, orders_);
  orders_.back().installedAt.reset();
  if (auto r = flush(); !r) return r;
  // Cancellations the desk may have queued for these two orders are deliberately never emitted.

  cancellations_.clear();
  cancellations_.push_back({std::string(kUnknownOrder), DateTime::from(end, 11), CancelReason::Other, {}});
  if (firstKeptOrder_)
    cancellations_.push_back({firstKeptOrder_->orderId,
                              DateTime::fromSeconds(firstKeptOrder_->orderedAt.seconds() - 2 * kSecondsPerDay),
                              CancelReason::CoolingOff,
                              {}});
  return sink_.cancellations(cancellations_);
}

}  // namespace

Result<void> generate(const DemoOptions& options, DemoSink& sink) {
  if (options.visits < 0) return makeError("demo: the number of visits cannot be negative");
  if (options.visits > kMaxVisits) return makeError("demo: at most 999,999,999 visits");
  if (options.days < 1) return makeError("demo: the period needs at least one day");
  Generator generator(options, sink);
  return generator.run();
}

}  // namespace salesops::demo
