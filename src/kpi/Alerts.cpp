// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/kpi/Alerts.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <tuple>

#include "salesops/kpi/KpiDirection.h"

namespace salesops::kpi {
namespace {

constexpr std::array<std::string_view, 4> kAlertKpis = {"conversion", "contact_rate", "hit_rate", "cancel_rate_14d"};
constexpr std::array<Dimension, 3> kAlertDimensions = {Dimension::Area, Dimension::Team, Dimension::Rep};

bool wants(std::span<const AlertKind> kinds, AlertKind k) { return std::find(kinds.begin(), kinds.end(), k) != kinds.end(); }

/// An alert when the test says so; nothing otherwise.
std::optional<Alert> alertIf(AlertKind kind, Dimension dimension, const std::string& member, std::string_view kpi,
                             const RateParts& current, const RateParts& compared) {
  Alert a{kind, dimension, member, std::string(kpi), current, compared, testSignificance(current, compared), 0, false};
  if (!a.test.significant()) return std::nullopt;
  // Impact in the unit people count: what the difference in rate meant on the current volume.
  a.impact = *a.test.absoluteChange * current.denominator;
  a.worse = lowerIsBetter(kpi) ? a.impact > 0 : a.impact < 0;
  return a;
}

}  // namespace

std::span<const std::string_view> alertKpis() { return kAlertKpis; }
std::span<const Dimension> alertDimensions() { return kAlertDimensions; }

std::string_view impactUnit(std::string_view kpi) {
  if (kpi == "contact_rate") return "contacts";
  if (kpi == "cancel_rate_14d" || kpi == "cancel_rate") return "cancellations";
  return "orders";
}

std::string_view toString(AlertKind k) { return k == AlertKind::Change ? "change" : "outlier"; }

std::vector<Alert> alertsFromRows(Dimension dimension, const std::vector<KpiRow>& rows,
                                  std::span<const AlertKind> kinds) {
  std::vector<Alert> out;
  for (std::string_view kpi : kAlertKpis) {
    // The organisation in the current period, so each member can be set against all the others.
    RateParts total;
    for (const KpiRow& r : rows)
      if (const auto p = r.now.parts(kpi)) {
        total.numerator += p->numerator;
        total.denominator += p->denominator;
      }
    for (const KpiRow& r : rows) {
      const auto now = r.now.parts(kpi);
      if (!now || r.dims.empty()) continue;
      const std::string& member = r.dims.front().text;
      if (wants(kinds, AlertKind::Change) && r.prev) {
        if (const auto prev = r.prev->parts(kpi))
          if (auto a = alertIf(AlertKind::Change, dimension, member, kpi, *now, *prev)) out.push_back(std::move(*a));
      }
      if (wants(kinds, AlertKind::Outlier)) {
        const RateParts rest{total.numerator - now->numerator, total.denominator - now->denominator};
        if (auto a = alertIf(AlertKind::Outlier, dimension, member, kpi, *now, rest)) out.push_back(std::move(*a));
      }
    }
  }
  return out;
}

void sortAlerts(std::vector<Alert>& alerts) {
  std::sort(alerts.begin(), alerts.end(), [](const Alert& a, const Alert& b) {
    const double ia = std::abs(a.impact), ib = std::abs(b.impact);
    return std::tie(a.kind, ib, a.dimension, a.member, a.kpi) < std::tie(b.kind, ia, b.dimension, b.member, b.kpi);
  });
}

Result<std::vector<Alert>> findAlerts(const KpiEngine& engine, const AlertQuery& query) {
  std::vector<Alert> out;
  for (Dimension d : kAlertDimensions) {
    KpiQuery q;
    q.period = query.period;
    q.asOf = query.asOf;
    q.by = {d};
    q.filters = query.filters;
    if (wants(query.kinds, AlertKind::Change)) q.compare = Comparison::Previous;
    q.only.assign(kAlertKpis.begin(), kAlertKpis.end());
    auto rows = engine.run(q);
    if (!rows) return rows.error();
    auto found = alertsFromRows(d, *rows, query.kinds);
    out.insert(out.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
  }
  sortAlerts(out);
  return out;
}

}  // namespace salesops::kpi
