// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCatalogue.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "salesops/core/KpiId.h"

namespace salesops::demo {
namespace {

// Order shares follow from the visit split (85% doors over 14 door reps, 15% stands at a higher
// conversion), so the team targets are reachable but not given away.
// Team Zuid's focus area is story 1: working it with half the team every day gives it several
// hundred conversations a week, so its drop is a significant signal and not noise.
constexpr std::array<TeamSpec, 4> kTeams = {{
    {"Team Noord", 0.21, false, ""},
    {"Team Zuid", 0.34, false, "UTR-03"},
    {"Team Oost", 0.21, false, ""},
    {"Team HTL", 0.24, true, ""},
}};

// R007 is story 2: a fast closer whose customers often cancel in the cooling-off period (42% of
// orders eventually; about a third as seen on the end date, as the last weeks are not mature yet).
constexpr std::array<RepSpec, 18> kReps = {{
    {"R001", "Jeroen de Vries", 0, 1.00, 1.00, 0.080, 720, Tenure::Veteran},
    {"R002", "Sanne Bakker", 0, 1.05, 1.10, 0.075, 410, Tenure::Veteran},
    {"R003", "Thijs Mulder", 0, 0.90, 0.90, 0.085, 260, Tenure::Veteran},
    {"R004", "Fleur Visser", 0, 0.95, 0.95, 0.080, 150, Tenure::Leaver},
    {"R005", "Mohamed El Amrani", 1, 1.10, 1.15, 0.075, 880, Tenure::Veteran},
    {"R006", "Lotte Jansen", 1, 0.95, 1.00, 0.085, 330, Tenure::Veteran},
    {"R007", "Kevin van Dijk", 1, 1.25, 1.30, 0.420, 500, Tenure::Veteran},
    {"R008", "Anouk Smit", 1, 1.00, 0.95, 0.080, 95, Tenure::Veteran},
    {"R009", "Bram de Boer", 1, 0.90, 0.85, 0.090, 610, Tenure::Veteran},
    {"R010", "Yasmina Bouzid", 1, 1.00, 1.05, 0.075, 200, Tenure::Veteran},
    {"R011", "Daan Meijer", 2, 1.05, 1.00, 0.080, 540, Tenure::Veteran},
    {"R012", "Eva de Graaf", 2, 1.00, 1.10, 0.075, 300, Tenure::Veteran},
    {"R013", "Stijn Hendriks", 2, 0.95, 0.90, 0.085, 770, Tenure::Veteran},
    {"R014", "Iris Kok", 2, 0.80, 0.75, 0.095, 0, Tenure::Starter},
    {"R015", "Sem Peters", 3, 1.00, 1.00, 0.080, 460, Tenure::Veteran},
    {"R016", "Noa van Leeuwen", 3, 1.00, 1.10, 0.075, 350, Tenure::Veteran},
    {"R017", "Ruben Dekker", 3, 0.95, 0.95, 0.085, 640, Tenure::Veteran},
    {"R018", "Julia Brouwer", 3, 1.05, 1.00, 0.080, 180, Tenure::Veteran},
}};

// UTR-03 (story 1) converts a little better than average until its last week.
constexpr std::array<AreaSpec, 24> kAreas = {{
    {"UTR-01", "Binnenstad", "Utrecht", 4200, 0.35, 3511, 2, 1, 2.0, 0.88, 0.95},
    {"UTR-02", "Lombok", "Utrecht", 3100, 0.40, 3531, 2, 1, 2.0, 0.95, 0.90},
    {"UTR-03", "Overvecht", "Utrecht", 6000, 0.30, 3561, 4, 1, 0.0, 1.00, 1.15},
    {"UTR-04", "Zuilen", "Utrecht", 4800, 0.35, 3551, 3, 1, 2.0, 1.00, 1.05},
    {"UTR-05", "Kanaleneiland", "Utrecht", 5200, 0.30, 3525, 2, 1, 2.0, 1.02, 0.95},
    {"UTR-06", "Leidsche Rijn", "Utrecht", 5800, 0.45, 3541, 4, 1, 2.0, 1.06, 1.10},
    {"DBS-01", "Centrum", "Den Bosch", 3000, 0.40, 5211, 2, 1, 2.0, 0.92, 0.95},
    {"DBS-02", "Rosmalen", "Den Bosch", 4500, 0.35, 5241, 3, 1, 2.0, 1.05, 1.05},
    {"DBS-03", "Empel", "Den Bosch", 2100, 0.45, 5235, 2, 1, 2.0, 1.04, 1.00},
    {"AMF-01", "Binnenstad", "Amersfoort", 3300, 0.40, 3811, 2, 2, 2.0, 0.90, 0.95},
    {"AMF-02", "Schothorst", "Amersfoort", 4100, 0.35, 3817, 2, 2, 3.0, 1.00, 1.00},
    {"AMF-03", "Kattenbroek", "Amersfoort", 3600, 0.30, 3822, 2, 2, 3.0, 1.04, 1.05},
    {"AMF-04", "Nieuwland", "Amersfoort", 4400, 0.35, 3824, 2, 2, 2.0, 1.03, 1.00},
    {"APD-01", "Zevenhuizen", "Apeldoorn", 3800, 0.35, 7323, 2, 2, 2.0, 0.98, 0.95},
    {"APD-02", "De Maten", "Apeldoorn", 5100, 0.30, 7329, 2, 2, 3.0, 1.00, 1.00},
    {"APD-03", "Osseveld", "Apeldoorn", 2900, 0.40, 7325, 2, 2, 2.0, 1.02, 1.05},
    {"APD-04", "Zuidbroek", "Apeldoorn", 2600, 0.45, 7331, 2, 2, 1.0, 1.05, 1.10},
    {"ZWL-01", "Assendorp", "Zwolle", 3400, 0.40, 8011, 2, 0, 2.0, 0.94, 0.95},
    {"ZWL-02", "Holtenbroek", "Zwolle", 3900, 0.35, 8022, 2, 0, 2.0, 0.98, 0.90},
    {"ZWL-03", "Stadshagen", "Zwolle", 5600, 0.30, 8043, 3, 0, 3.0, 1.05, 1.10},
    {"ZWL-04", "Westenholte", "Zwolle", 1900, 0.45, 8031, 2, 0, 1.0, 1.03, 1.00},
    {"DEV-01", "Binnenstad", "Deventer", 2700, 0.40, 7411, 2, 0, 2.0, 0.90, 0.95},
    {"DEV-02", "Colmschate", "Deventer", 4300, 0.35, 7429, 2, 0, 2.0, 1.04, 1.05},
    {"DEV-03", "Keizerslanden", "Deventer", 3500, 0.30, 7415, 2, 0, 2.0, 0.98, 0.95},
}};

constexpr std::array<ProductSpec, 5> kProducts = {{
    {"Glasvezel 100", 3995, 0.35},
    {"Glasvezel 500", 4995, 0.33},
    {"Glasvezel 1000", 6495, 0.15},
    {"Glasvezel 500 + TV Plus", 5995, 0.11},
    {"Glasvezel 1000 + TV Plus", 7495, 0.06},
}};

// Shopping centres (Hoog Catharijne, Winkelcentrum Overvecht, ...) and the bus's campaign stops.
constexpr std::array<SiteSpec, 6> kHtlSites = {{
    {"UTR-01", 3},
    {"UTR-03", 3},
    {"AMF-01", 2},
    {"ZWL-01", 2},
    {"APD-02", 2},
    {"DBS-01", 2},
}};
constexpr std::array<SiteSpec, 4> kPromoSites = {{
    {"UTR-03", 6},
    {"UTR-05", 2},
    {"AMF-03", 1},
    {"DEV-02", 1},
}};

// Weekly targets for the whole organisation; orders scale with the requested volume.
constexpr double kTargetContactRate = 0.55;
constexpr double kTargetConversion = 0.12;
constexpr double kTargetHitRate = 0.065;
constexpr double kTargetCancelRate14d = 0.07;
constexpr double kTargetOrdersPerVisit = 0.068;

}  // namespace

std::span<const TeamSpec> teams() { return kTeams; }
std::span<const RepSpec> reps() { return kReps; }
std::span<const AreaSpec> areas() { return kAreas; }
std::span<const ProductSpec> products() { return kProducts; }
std::span<const SiteSpec> htlSites() { return kHtlSites; }
std::span<const SiteSpec> promoSites() { return kPromoSites; }

int areaIndex(std::string_view code) {
  for (size_t i = 0; i < kAreas.size(); ++i)
    if (kAreas[i].code == code) return static_cast<int>(i);
  return -1;
}

Period activeDays(const RepSpec& rep, Period period) {
  const int len = period.lengthDays();
  switch (rep.tenure) {
    case Tenure::Leaver:
      return {period.from.addDays(-rep.seniorityDays), period.from.addDays((len - 1) / 2)};
    case Tenure::Starter:
      return {period.to.addDays(-std::min(20, len / 3)), period.to};
    case Tenure::Veteran:
      break;
  }
  return {period.from.addDays(-rep.seniorityDays), period.to};
}

std::vector<ingest::RepRow> repRows(Period period) {
  std::vector<ingest::RepRow> rows;
  rows.reserve(kReps.size());
  for (const RepSpec& r : kReps) {
    const Period active = activeDays(r, period);
    ingest::RepRow row;
    row.repId = r.id;
    row.name = r.name;
    row.team = kTeams[static_cast<size_t>(r.team)].name;
    row.activeFrom = active.from;
    if (r.tenure == Tenure::Leaver) row.activeTo = active.to;
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<ingest::AreaRow> areaRows() {
  std::vector<ingest::AreaRow> rows;
  rows.reserve(kAreas.size());
  for (const AreaSpec& a : kAreas) {
    ingest::AreaRow row;
    row.area = a.code;
    row.name = a.name;
    row.city = a.city;
    row.homesPassed = a.homesPassed;
    row.bundlingThreshold = a.bundlingThreshold;
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<ingest::TargetRow> targetRows(Period period, int64_t visits) {
  std::vector<ingest::TargetRow> rows;
  const double weeklyOrders = static_cast<double>(visits) * 7.0 / period.lengthDays() * kTargetOrdersPerVisit;
  auto add = [&rows](IsoWeek week, TargetLevel level, std::string_view key, KpiId metric, double target) {
    rows.push_back(ingest::TargetRow{week, level, std::string(key), std::string(kpiName(metric)), target});
  };
  const IsoWeek last = period.to.isoWeek();
  for (IsoWeek w = period.from.isoWeek(); w <= last; w = w.next()) {
    add(w, TargetLevel::All, "", KpiId::contact_rate, kTargetContactRate);
    add(w, TargetLevel::All, "", KpiId::conversion, kTargetConversion);
    add(w, TargetLevel::All, "", KpiId::hit_rate, kTargetHitRate);
    add(w, TargetLevel::All, "", KpiId::cancel_rate_14d, kTargetCancelRate14d);
    add(w, TargetLevel::All, "", KpiId::orders, static_cast<double>(std::llround(weeklyOrders)));
    for (const TeamSpec& t : kTeams)
      add(w, TargetLevel::Team, t.name, KpiId::orders, static_cast<double>(std::llround(weeklyOrders * t.orderShare)));
  }
  return rows;
}

}  // namespace salesops::demo
