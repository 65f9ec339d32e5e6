// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderDesk.h"

#include <algorithm>
#include <array>

#include "DemoIds.h"

#include "salesops/demo/DemoGenerator.h"

namespace salesops::demo {
namespace {

constexpr double kFirstTimeRight = 0.90;
constexpr double kFirstTimeWrong = 0.07;  // the rest is not reported by the order desk
// 14 to 42 days after signing: drawn up to 40, as a weekend slot moves up to two days on.
constexpr int kInstallMinDays = 14;
constexpr int kInstallMaxDays = 40;
constexpr int kCoolingOffDays = 14;  // bedenktijd
// An engineer sometimes connects a home whose order was just cancelled: the cancellation had not
// reached the planning yet.
constexpr double kInstalledAnyway = 0.10;

struct ReasonWeight {
  CancelReason reason;
  double weight;
};

constexpr std::array<ReasonWeight, 4> kCoolingOffReasons = {{{CancelReason::CoolingOff, 0.60},
                                                             {CancelReason::WrongExpectation, 0.14},
                                                             {CancelReason::Price, 0.14},
                                                             {CancelReason::Duplicate, 0.12}}};
// Story 2: customers who were promised more than fibre gives them.
constexpr std::array<ReasonWeight, 3> kOversoldReasons = {
    {{CancelReason::WrongExpectation, 0.72}, {CancelReason::CoolingOff, 0.22}, {CancelReason::Price, 0.06}}};
constexpr std::array<ReasonWeight, 5> kBeforeInstallReasons = {{{CancelReason::CreditCheck, 0.30},
                                                                {CancelReason::Technical, 0.30},
                                                                {CancelReason::Moved, 0.20},
                                                                {CancelReason::Price, 0.10},
                                                                {CancelReason::Other, 0.10}}};
constexpr std::array<ReasonWeight, 4> kAfterInstallReasons = {{{CancelReason::Technical, 0.35},
                                                               {CancelReason::Moved, 0.30},
                                                               {CancelReason::Price, 0.20},
                                                               {CancelReason::Other, 0.15}}};

template <size_t N>
CancelReason pickReason(const std::array<ReasonWeight, N>& table, Random& rng) {
  std::array<double, N> weights{};
  for (size_t i = 0; i < N; ++i) weights[i] = table[i].weight;
  return table[rng.pick(weights)].reason;
}

}  // namespace

OrderDesk::OrderDesk(Date endDate, const AddressBook& addresses) : endDate_(endDate), addresses_(addresses) {
  for (const ProductSpec& p : products()) productWeights_.push_back(p.weight);
}

bool OrderDesk::sign(const ingest::VisitRow& visit, const RepSpec& rep, size_t area, Random& rng,
                     std::vector<ingest::OrderRow>& orders) {
  ingest::OrderRow& o = orders.emplace_back();
  formatId(o.orderId, 'O', ++sequence_, 8);
  o.orderedAt = visit.visitedAt;
  o.repId = visit.repId;
  o.channel = visit.channel;
  o.area = visit.area;
  o.visitId = visit.visitId;
  if (visit.channel == Channel::D2d) {
    o.postcode = visit.postcode;
    o.houseNumber = visit.houseNumber;
    o.addition = visit.addition;
  } else {
    // A customer at a stand lives somewhere in the area around it.
    const auto homes = static_cast<uint32_t>(areas()[area].homesPassed);
    addresses_.address(area, rng.below(homes), o.postcode, o.houseNumber, o.addition);
  }

  const ProductSpec& product = products()[rng.pick(productWeights_)];
  o.product = product.name;
  o.monthlyFee = Money::fromCents(product.feeCents);

  const double verdict = rng.uniform();
  if (verdict < kFirstTimeRight) {
    o.firstTimeRight = true;
  } else if (verdict < kFirstTimeRight + kFirstTimeWrong) {
    o.firstTimeRight = false;
  }

  const Date ordered = o.orderedAt.date();
  int installDays = rng.between(kInstallMinDays, kInstallMaxDays);
  // Engineers do not work at weekends: a Saturday or Sunday slot moves to Monday.
  const int weekday = ordered.addDays(installDays).isoWeekday();
  if (weekday >= 6) installDays += 8 - weekday;
  const Date install = ordered.addDays(installDays);
  const int slotHour = 8 + 2 * rng.between(0, 4);

  const Fate fate = decideCancellation(o, rep, installDays, rng);
  const bool installed = install <= endDate_ && (fate != Fate::CancelledBeforeInstall || rng.chance(kInstalledAnyway));
  if (installed) o.installedAt = DateTime::from(install, slotHour);
  return fate != Fate::Kept;
}

OrderDesk::Fate OrderDesk::decideCancellation(const ingest::OrderRow& order, const RepSpec& rep, int installDays,
                                              Random& rng) {
  if (!rng.chance(rep.cancelRate)) return Fate::Kept;
  const bool oversold = rep.id == kHighCancelRep;
  const double earlyShare = oversold ? 0.88 : 0.65;
  const double afterInstallShare = oversold ? 0.04 : 0.10;

  const double u = rng.uniform();
  int delayDays = 0;
  CancelReason reason = CancelReason::Other;
  bool beforeInstall = true;
  if (u < earlyShare) {
    delayDays = rng.between(1, kCoolingOffDays);
    reason = oversold ? pickReason(kOversoldReasons, rng) : pickReason(kCoolingOffReasons, rng);
  } else if (u < 1.0 - afterInstallShare) {
    // Credit checks, surveys and moves surface in the weeks between signing and connecting.
    delayDays = rng.between(std::min(kCoolingOffDays + 1, installDays - 1), installDays - 1);
    reason = pickReason(kBeforeInstallReasons, rng);
  } else {
    delayDays = installDays + rng.between(3, 60);
    reason = pickReason(kAfterInstallReasons, rng);
    beforeInstall = false;
  }

  const Date date = order.orderedAt.date().addDays(delayDays);
  if (date > endDate_) return Fate::Kept;  // not known yet on the end date
  // The order desk works office hours. One draw per statement: the order in which function arguments
  // are evaluated differs between compilers, and with it the data.
  const int hour = rng.between(9, 16);
  const int minute = rng.between(0, 59);
  const int second = rng.between(0, 59);
  const DateTime at = DateTime::from(date, hour, minute, second);
  queue_.push(Pending{at.seconds(), sequence_, order.orderId, reason});
  return beforeInstall ? Fate::CancelledBeforeInstall : Fate::CancelledAfterInstall;
}

bool OrderDesk::takeCancellations(DateTime until, size_t max, std::vector<ingest::CancellationRow>& out) {
  for (size_t taken = 0; !queue_.empty() && queue_.top().at < until.seconds(); ++taken) {
    if (taken == max) return true;
    const Pending& p = queue_.top();
    out.push_back(ingest::CancellationRow{p.orderId, DateTime::fromSeconds(p.at), p.reason, {}});
    queue_.pop();
  }
  return false;
}

}  // namespace salesops::demo
