// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageJson.h"

#include "ReportFormat.h"

#include "salesops/charts/AlertText.h"
#include "salesops/core/JsonText.h"
#include "salesops/kpi/KpiFormat.h"

namespace salesops::cli {
namespace {

// The commands' words are a contract for scripts: English, whatever the system's language.
const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

std::string text(const QString& s) { return s.toStdString(); }

std::string date(Date d) { return jsonString(d.toString()); }

std::string optionalDate(const std::optional<Date>& d) { return d ? date(*d) : "null"; }

/// `"from": "…", "to": "…"` of a period, for the inside of an object.
std::string range(const Period& p) { return "\"from\": " + date(p.from) + ", \"to\": " + date(p.to); }

/// `"2026-12-02T21:58"`, or null.
std::string minute(const std::optional<DateTime>& t) {
  if (!t) return "null";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%sT%02d:%02d", t->date().toString().c_str(), t->hour(), t->minute());
  return jsonString(buf);
}

std::string jsonBool(std::optional<bool> b) { return b ? (*b ? "true" : "false") : "null"; }

std::string list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + items[i];
  return out + "]";
}

template <typename T, typename F>
std::string listOf(const std::vector<T>& items, F each, const char* separator = ",\n  ") {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? separator : "") + each(items[i]);
  return out + "]";
}

std::string strings(const std::vector<std::string>& items) {
  return listOf(
      items, [](const std::string& s) { return jsonString(s); }, ", ");
}

std::string filtersJson(const kpi::KpiFilters& f) {
  std::vector<std::string> channels;
  for (Channel c : f.channels) channels.push_back(jsonString(toString(c)));
  return "{\"areas\": " + strings(f.areas) + ", \"cities\": " + strings(f.cities) + ", \"teams\": " + strings(f.teams) +
         ", \"reps\": " + strings(f.reps) + ", \"channels\": " + list(channels) + "}";
}

/// A KPI row: its dimension values by name, its values and, when compared, the compared values.
// A name for people beside a code that stays the key: the name, or null when not known.
std::string nameJson(const std::string& name) { return name.empty() ? "null" : jsonString(name); }

std::string rowJson(const std::vector<kpi::Dimension>& by, const kpi::KpiRow& r) {
  std::string out = "{";
  for (size_t i = 0; i < by.size() && i < r.dims.size(); ++i)
    out += jsonString(kpi::toString(by[i])) + ": " +
           (r.dims[i].number ? std::to_string(*r.dims[i].number) : jsonString(r.dims[i].text)) + ", ";
  out += "\"values\": " + kpi::jsonValues(r.now);
  if (r.prev) out += ", \"previous\": " + kpi::jsonValues(*r.prev);
  return out + kpi::dimNamesJson(by, r) + "}";
}

std::string rowsJson(const std::vector<kpi::Dimension>& by, const std::vector<kpi::KpiRow>& rows) {
  return listOf(rows, [&](const kpi::KpiRow& r) { return rowJson(by, r); });
}

std::optional<double> denominator(const kpi::KpiValues& v, KpiId kpi) {
  const auto parts = v.parts(kpi);
  return parts ? std::optional<double>(parts->denominator) : std::nullopt;
}

}  // namespace

std::string clockJson(const kpi::DataClock& clock, const Period& period, const std::optional<kpi::DataCut>& cut) {
  const std::string upTo = minute(clock.latest);
  return "\"in_progress\": " + std::string(clock.inProgress(period) ? "true" : "false") + ", \"data_up_to\": " + upTo +
         ", \"last_complete_day\": " + optionalDate(clock.lastCompleteDay) + ", \"cut\": " +
         (cut ? "{\"day\": " + date(cut->day) + ", \"through_hour\": " + std::to_string(cut->throughHour) + "}"
              : std::string("null"));
}

namespace {

std::string tileJson(const kpi::DashboardData& d, const kpi::Tile& t) {
  return "{\"kpi\": " + jsonString(kpiName(t.kpi)) + ", " + range(t.period) + ", \"as_of\": " + date(d.query.asOf) +
         ", \"value\": " + kpi::jsonValue(t.kpi, t.now) + ", \"n\": " + jsonNumber(denominator(t.now, t.kpi)) +
         ", \"last_week\": " + kpi::jsonValue(t.kpi, t.lastWeek) +
         ", \"last_week_n\": " + jsonNumber(denominator(t.lastWeek, t.kpi)) +
         ", \"four_week_average\": " + jsonNumber(t.fourWeekAverage) + ", \"target\": " + jsonNumber(d.tileTarget(t)) +
         ", \"meets_target\": " + jsonBool(d.meetsTarget(t)) + ", \"compared_from\": " + date(t.compared.from) +
         ", \"compared_to\": " + date(t.compared.to) + ", \"z\": " + jsonNumber(t.change.z) +
         ", \"verdict\": " + jsonString(kpi::toString(t.change.verdict)) + "}";
}

std::string trendJson(const kpi::DashboardData& d) {
  return "{" + range(d.trendPeriod) + ", \"points\": " +
         listOf(d.conversionTrend,
                [](const kpi::TrendPoint& p) {
                  return "{\"day\": " + date(p.day) + ", \"conversion\": " + jsonNumber(p.value) +
                         ", \"moving_average\": " + jsonNumber(p.movingAverage) +
                         ", \"n\": " + std::to_string(p.denominator) + "}";
                }) +
         "}";
}

std::string reasonsJson(const kpi::DashboardData& d) {
  int64_t cancelled = 0;
  for (const auto& r : d.reasons) cancelled += r.cancelled;
  return "{" + range(d.reasonsPeriod) + ", \"as_of\": " + date(d.query.asOf) +
         ", \"cancelled\": " + std::to_string(cancelled) + ", \"reasons\": " +
         listOf(d.reasons,
                [](const kpi::ReasonCancellations& r) {
                  return "{\"reason\": " + jsonString(toString(r.reason)) +
                         ", \"cancelled\": " + std::to_string(r.cancelled) +
                         ", \"orders\": " + std::to_string(r.orders) + ", \"share\": " + jsonNumber(r.share()) + "}";
                }) +
         "}";
}

std::string alertJson(const kpi::Alert& a) {
  std::string channels = "[";
  for (size_t i = 0; i < a.channels.size(); ++i) channels += (i ? ", " : "") + jsonString(a.channels[i]);
  channels += "]";
  return "{\"kind\": " + jsonString(kpi::toString(a.kind)) +
         ", \"dimension\": " + jsonString(kpi::toString(a.dimension)) + ", \"member\": " + jsonString(a.member) +
         ", \"kpi\": " + jsonString(kpiName(a.kpi)) +
         ", \"summary\": " + jsonString(text(charts::alertSummary(a, kEnglish))) +
         ", \"detail\": " + jsonString(text(charts::alertDetail(a, kEnglish))) +
         ", \"from\": " + jsonString(a.period.from.toString()) + ", \"to\": " + jsonString(a.period.to.toString()) +
         ", \"compared_from\": " + jsonString(a.comparedPeriod.from.toString()) +
         ", \"compared_to\": " + jsonString(a.comparedPeriod.to.toString()) + ", \"channels\": " + channels +
         ", \"current\": " + jsonNumber(a.test.current) +
         ", \"current_numerator\": " + jsonNumber(a.current.numerator) +
         ", \"current_n\": " + jsonNumber(a.current.denominator) + ", \"compared\": " + jsonNumber(a.test.previous) +
         ", \"compared_numerator\": " + jsonNumber(a.compared.numerator) +
         ", \"compared_n\": " + jsonNumber(a.compared.denominator) +
         ", \"change\": " + jsonNumber(a.test.absoluteChange) +
         ", \"relative_change\": " + jsonNumber(a.test.relativeChange) + ", \"z\": " + jsonNumber(a.test.z) +
         ", \"verdict\": " + jsonString(kpi::toString(a.test.verdict)) + ", \"excess\": " + jsonNumber(a.excess) +
         ", \"excess_unit\": " + jsonString(kpi::excessUnit(a.kpi)) + ", \"impact\": " + jsonNumber(a.impact) +
         ", \"impact_unit\": \"orders\", \"worse\": " + (a.worse ? "true" : "false") +
         ", \"member_name\": " + nameJson(a.memberName) + "}";
}

// The dashboard lists every target in one array, so each says its KPI (kpi JSON keys them by it).
std::string targetWithKpi(const kpi::TargetProgress& t) {
  return "{\"kpi\": " + jsonString(t.metric) + ", " + kpi::targetJson(t).substr(1);
}

std::string attentionJson(const kpi::DashboardData& d) {
  const std::span<const kpi::Alert> top = d.topAlerts();
  return "{\"top_alerts\": " + listOf(std::vector<kpi::Alert>(top.begin(), top.end()), alertJson) +
         ", \"visits_up_to\": " + minute(d.attention.freshness.visitsUpTo) +
         ", \"imported_at\": " + minute(d.attention.freshness.importedAt) +
         ", \"failing_checks\": " + strings(d.attention.failingChecks) + "}";
}

}  // namespace

std::string alertsJson(const Period& period, Date asOf, const std::vector<kpi::Alert>& alerts) {
  const Period prev = period.previous();
  const Period cohort = kpi::alertCohort(period, asOf);
  std::string out = "{" + range(period) + ", \"as_of\": " + date(asOf) + ", \"previous_from\": " + date(prev.from) +
                    ", \"previous_to\": " + date(prev.to) + ", \"cohort_from\": " + date(cohort.from) +
                    ", \"cohort_to\": " + date(cohort.to) + ", \"alerts\": [";
  for (size_t i = 0; i < alerts.size(); ++i) out += (i ? ",\n  " : "\n  ") + alertJson(alerts[i]);
  return out + (alerts.empty() ? "]}" : "\n]}");
}

std::string explanationJson(const kpi::Explanation& e, Date asOf) {
  std::string out =
      "{\"kpi\": " + jsonString(kpiName(e.kpi)) + ", \"by\": " + jsonString(kpi::toString(e.dimension)) + ", " +
      range(e.current) + ", \"against_from\": " + date(e.base.from) + ", \"against_to\": " + date(e.base.to) +
      ", \"as_of\": " + date(asOf) + ", \"before\": " + jsonNumber(e.baseRate) +
      ", \"before_n\": " + jsonNumber(e.baseTotal.denominator) + ", \"now\": " + jsonNumber(e.currentRate) +
      ", \"now_n\": " + jsonNumber(e.currentTotal.denominator) + ", \"change\": " + jsonNumber(e.change) +
      ", \"rate_effect\": " + jsonNumber(e.rateEffect) + ", \"mix_effect\": " + jsonNumber(e.mixEffect) +
      ", \"members\": [";
  for (size_t i = 0; i < e.members.size(); ++i) {
    const kpi::ExplainMember& m = e.members[i];
    out += i ? ",\n  " : "\n  ";
    out += "{" + jsonString(kpi::toString(e.dimension)) + ": " + jsonString(m.member) +
           ", \"before\": " + jsonNumber(m.baseRate) + ", \"before_numerator\": " + jsonNumber(m.base.numerator) +
           ", \"before_n\": " + jsonNumber(m.base.denominator) + ", \"now\": " + jsonNumber(m.currentRate) +
           ", \"now_numerator\": " + jsonNumber(m.current.numerator) +
           ", \"now_n\": " + jsonNumber(m.current.denominator) + ", \"share_before\": " + jsonNumber(m.baseShare) +
           ", \"share_now\": " + jsonNumber(m.currentShare) + ", \"rate_effect\": " + jsonNumber(m.rateEffect) +
           ", \"mix_effect\": " + jsonNumber(m.mixEffect) + ", \"effect\": " + jsonNumber(m.effect()) +
           ", \"name\": " + nameJson(m.name) + "}";
  }
  return out + (e.members.empty() ? "]}" : "\n]}");
}

std::string qualityJson(const kpi::DataQualityReport& report) {
  std::string out = "{\"as_of\": " + date(report.asOf) + ", \"findings\": [";
  for (size_t i = 0; i < report.findings.size(); ++i) {
    const kpi::Finding& f = report.findings[i];
    out += i ? ",\n  " : "\n  ";
    out += "{\"id\": " + jsonString(f.id) + ", \"title\": " + jsonString(f.title) +
           ", \"severity\": " + jsonString(toString(f.severity)) + ", \"count\": " + std::to_string(f.count) +
           ", \"examples\": [";
    for (size_t k = 0; k < f.examples.size(); ++k) {
      const kpi::FindingExample& e = f.examples[k];
      out += std::string(k ? ", " : "") + "{\"id\": " + jsonString(e.id) + ", \"value\": " + jsonString(e.value) +
             ", \"rep\": " + (e.rep.empty() ? std::string("null") : jsonString(e.rep)) + "}";
    }
    out += "], \"reps\": [";
    for (size_t k = 0; k < f.reps.size(); ++k)
      out += std::string(k ? ", " : "") + "{\"rep\": " + jsonString(f.reps[k].rep) +
             ", \"count\": " + std::to_string(f.reps[k].count) + "}";
    out += "]}";
  }
  return out + (report.findings.empty() ? "]}" : "\n]}");
}

std::string dashboardJson(const kpi::DashboardData& d) {
  using kpi::Dimension;
  const kpi::DashboardQuery& q = d.query;
  return "{\"date\": " + date(q.period.to) + ", " + range(q.period) + ", \"as_of\": " + date(q.asOf) +
         ", \"filters\": " + filtersJson(q.filters) + ", " + clockJson(d.clock, q.period, d.cut) +
         ", \"compared_with\": " + jsonString(kpi::toString(kpi::dashboardComparison(q.period))) +
         ",\n\"tiles\": " + listOf(d.tiles, [&](const kpi::Tile& t) { return tileJson(d, t); }) +
         ",\n\"funnel\": " + kpi::jsonValues(d.funnel) + ",\n\"trend\": " + trendJson(d) +
         ",\n\"areas\": " + rowsJson({Dimension::Area}, d.areas) +
         ",\n\"leaderboard\": " + rowsJson({Dimension::Rep}, d.reps) +
         ",\n\"cancellations_by_reason\": " + reasonsJson(d) + ",\n\"heatmap\": {" + range(d.trendPeriod) +
         ", \"cells\": " + rowsJson({Dimension::Weekday, Dimension::Hour}, d.heatmap) + "}" +
         ",\n\"alerts\": " + alertsJson(d.alertPeriod, q.asOf, d.alerts) +
         ",\n\"targets\": " + listOf(d.targets, targetWithKpi) + ",\n\"attention\": " + attentionJson(d) + "}";
}

std::string weeklyPackJson(const kpi::WeeklyPack& p) {
  using kpi::Dimension;
  const auto tile = [](const kpi::PackTile& t) {
    return "{\"kpi\": " + jsonString(kpiName(t.kpi)) + ", " + range(t.period) +
           ", \"value\": " + kpi::jsonValue(t.kpi, t.now) + ", \"n\": " + jsonNumber(denominator(t.now, t.kpi)) +
           ", \"previous_week\": " + kpi::jsonValue(t.kpi, t.previousWeek) +
           ", \"previous_week_n\": " + jsonNumber(denominator(t.previousWeek, t.kpi)) +
           ", \"last_year\": " + kpi::jsonValue(t.kpi, t.lastYear) +
           ", \"last_year_n\": " + jsonNumber(denominator(t.lastYear, t.kpi)) +
           ", \"target\": " + jsonNumber(t.target) + "}";
  };
  return "{\"week\": " + jsonString(p.week.toString()) + ", " + range(p.period) + ", \"as_of\": " + date(p.asOf) +
         ", \"store\": " + jsonString(p.storeName) +
         ", \"team\": " + (p.team.empty() ? std::string("null") : jsonString(p.team)) + ", " +
         clockJson(p.dashboard.clock, p.period, p.dashboard.cut) + ",\n\"tiles\": " + listOf(p.tiles, tile) +
         ",\n\"areas\": " + rowsJson({Dimension::City, Dimension::Area}, p.areas) +
         ",\n\"leaderboard\": " + rowsJson({Dimension::Rep, Dimension::Team}, p.reps) +
         ",\n\"conversion_by_area\": " + explanationJson(p.conversionByArea, p.asOf) +
         ",\n\"data_quality\": " + qualityJson(p.quality) + ",\n\"dashboard\": " + dashboardJson(p.dashboard) + "}";
}

}  // namespace salesops::cli
