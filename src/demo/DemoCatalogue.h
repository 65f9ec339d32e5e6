// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "salesops/core/Date.h"
#include "salesops/ingest/Rows.h"

namespace salesops::demo {

// The fixed cast of the demo: teams, reps, walking areas, products and stand locations. The
// generator reads these tables; the numbers in them are what make the KPIs land where real ones do.

struct TeamSpec {
  std::string_view name;
  double orderShare;  ///< share of all orders, for the team order targets
  bool stands;        ///< works HTL stands and the promo bus instead of doors
  /// Half of the team's reps at work walk this area every day (a campaign of the client); the
  /// others spread over the team's other areas. Empty: no focus area.
  std::string_view focusArea;
};

enum class Tenure : uint8_t { Veteran, Leaver, Starter };

struct RepSpec {
  std::string_view id;
  std::string_view name;
  int team;           ///< index into teams()
  double pace;        ///< relative number of visits per working day
  double skill;       ///< multiplies the sale probability of a conversation
  double cancelRate;  ///< probability an order is eventually cancelled
  int seniorityDays;  ///< active_from is this many days before the period starts (veterans)
  Tenure tenure;
};

struct AreaSpec {
  std::string_view code;
  std::string_view name;
  std::string_view city;
  int64_t homesPassed;
  double bundlingThreshold;
  int pc4First;  ///< first 4-digit postcode; the area spans pc4First .. pc4First + pc4Count - 1
  int pc4Count;
  int team;              ///< the door-to-door team walking it
  double doorWeight;     ///< how often the team picks it for a working day (not a focus area)
  double contactFactor;  ///< multiplies the chance a door opens
  double saleFactor;     ///< multiplies the sale probability of a conversation
};

struct ProductSpec {
  std::string_view name;
  int64_t feeCents;
  double weight;
};

/// An area where a stand (HTL) or the promo bus stands, with how often.
struct SiteSpec {
  std::string_view area;
  double weight;
};

std::span<const TeamSpec> teams();
std::span<const RepSpec> reps();
std::span<const AreaSpec> areas();
std::span<const ProductSpec> products();
std::span<const SiteSpec> htlSites();
std::span<const SiteSpec> promoSites();

/// Index into areas(); -1 when unknown.
int areaIndex(std::string_view code);

/// The days a rep works within `period` (from > to when never).
Period activeDays(const RepSpec& rep, Period period);

std::vector<ingest::RepRow> repRows(Period period);
std::vector<ingest::AreaRow> areaRows();
/// Weekly targets for every ISO week touching `period`, sized for `visits` visits over it.
std::vector<ingest::TargetRow> targetRows(Period period, int64_t visits);

}  // namespace salesops::demo
