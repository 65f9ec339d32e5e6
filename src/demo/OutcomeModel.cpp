// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeModel.h"

#include <algorithm>

namespace salesops::demo {
namespace {

/// Shares of conversations (contacts) per outcome; `no_interest` is what is left. With ~55% of
/// doors opening this gives door outcomes of about 45% not home, 25% no interest, 7% already a
/// customer, 6% contract lock-in, 6% callback, 4% quote and 6% sale.
struct OutcomeMix {
  double alreadyCustomer;
  double lockIn;
  double callback;
  double quote;
  double sale;
};
constexpr OutcomeMix kDoorMix{0.13, 0.11, 0.11, 0.075, 0.11};
constexpr OutcomeMix kStandMix{0.12, 0.08, 0.05, 0.06, 0.12};
constexpr OutcomeMix kBusMix{0.10, 0.08, 0.05, 0.05, 0.09};
constexpr double kDropSaleFactor = 0.25;
constexpr double kMaxContactRate = 0.95;

// Chance a door opens, by hour: people come home from work, then eat.
double doorContactRate(int hour) {
  switch (hour) {
    case 15:
      return 0.44;
    case 16:
      return 0.49;
    case 17:
      return 0.55;
    case 18:
      return 0.60;
    case 19:
      return 0.63;
    case 20:
      return 0.58;
    default:
      return 0.50;
  }
}

}  // namespace

Outcome drawOutcome(Channel channel, int hour, const AreaSpec& area, const RepSpec& rep, bool conversionDrop,
                    Random& rng) {
  if (channel == Channel::D2d && !rng.chance(std::min(kMaxContactRate, doorContactRate(hour) * area.contactFactor)))
    return Outcome::NotHome;
  const OutcomeMix& mix = channel == Channel::D2d ? kDoorMix : channel == Channel::Htl ? kStandMix : kBusMix;
  const double sale = mix.sale * rep.skill * area.saleFactor * (conversionDrop ? kDropSaleFactor : 1.0);
  double u = rng.uniform();
  if ((u -= sale) < 0) return Outcome::Sale;
  if ((u -= mix.alreadyCustomer) < 0) return Outcome::AlreadyCustomer;
  if ((u -= mix.lockIn) < 0) return Outcome::ContractLockIn;
  if ((u -= mix.callback) < 0) return Outcome::Callback;
  if ((u -= mix.quote) < 0) return Outcome::Quote;
  return Outcome::NoInterest;
}

}  // namespace salesops::demo
