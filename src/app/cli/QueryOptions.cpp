// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueryOptions.h"

#include <QDate>

#include <vector>

#include "CliContext.h"

#include "salesops/core/QtDate.h"

namespace salesops::cli {
namespace {

std::vector<std::string> values(const QCommandLineParser& p, const char* name) {
  std::vector<std::string> out;
  for (const QString& v : p.values(name)) out.push_back(v.toStdString());
  return out;
}

}  // namespace

void addQueryOptions(QCommandLineParser& parser, bool withPeriod) {
  if (withPeriod) {
    parser.addOption({"from", "First day of the period.", "DATE"});
    parser.addOption({"to", "Last day of the period (inclusive).", "DATE"});
  }
  parser.addOption({"area", "Only this area code (repeatable).", "A"});
  parser.addOption({"city", "Only areas in this city (repeatable).", "C"});
  parser.addOption({"team", "Only reps of this team (repeatable).", "T"});
  parser.addOption({"rep", "Only this rep id (repeatable).", "R"});
  parser.addOption({"channel", "Only this channel: d2d htl promo_bus (repeatable).", "C"});
  parser.addOption({"as-of", "Cohort date for cancellations and installs (default: today).", "DATE"});
}

std::optional<Date> parseDateOption(const std::string& command, const std::string& option, const QString& text) {
  const auto d = Date::parseIso(text.toStdString());
  if (!d) printError(command + ": --" + option + " must be a date as YYYY-MM-DD, not '" + text.toStdString() + "'");
  return d;
}

std::optional<Period> readPeriod(const QCommandLineParser& parser, const std::string& command) {
  if (!parser.isSet("from") || !parser.isSet("to")) {
    printError(command + ": --from and --to are required (see --help)");
    return std::nullopt;
  }
  const auto from = parseDateOption(command, "from", parser.value("from"));
  if (!from) return std::nullopt;
  const auto to = parseDateOption(command, "to", parser.value("to"));
  if (!to) return std::nullopt;
  if (*to < *from) {
    printError(command + ": --to is before --from");
    return std::nullopt;
  }
  return Period{*from, *to};
}

Date localToday() {
  const QDate today = QDate::currentDate();
  return fromQDate(today);
}

std::optional<QString> readFormat(const QCommandLineParser& parser, const std::string& command,
                                  const QStringList& allowed) {
  const QString format = parser.value("format");
  if (allowed.contains(format)) return format;
  const QString choices =
      allowed.size() < 2 ? allowed.join("") : allowed.mid(0, allowed.size() - 1).join(", ") + " or " + allowed.last();
  printError(command + ": --format must be " + choices.toStdString());
  return std::nullopt;
}

void addCsvDialectOption(QCommandLineParser& parser) {
  parser.addOption({"csv-dialect",
                    "CSV: rfc4180 (',' and UTF-8, for scripts; the default) or excel-nl (';', UTF-8 with BOM "
                    "and a decimal comma: opens in Dutch Excel with a double click).",
                    "DIALECT", "rfc4180"});
}

std::optional<ingest::CsvDialect> readCsvDialect(const QCommandLineParser& parser, const std::string& command) {
  if (auto dialect = ingest::csvDialectFromName(parser.value("csv-dialect").toStdString())) return dialect;
  printError(command + ": --csv-dialect must be rfc4180 or excel-nl");
  return std::nullopt;
}

std::optional<Date> readAsOf(const QCommandLineParser& parser, const std::string& command) {
  if (parser.isSet("as-of")) return parseDateOption(command, "as-of", parser.value("as-of"));
  return localToday();
}

std::optional<kpi::KpiFilters> readFilters(const QCommandLineParser& parser, const std::string& command) {
  kpi::KpiFilters f;
  f.areas = values(parser, "area");
  f.cities = values(parser, "city");
  f.teams = values(parser, "team");
  f.reps = values(parser, "rep");
  for (const auto& name : values(parser, "channel")) {
    const auto c = fromString<Channel>(name);
    if (!c) {
      // NOLINTNEXTLINE(performance-inefficient-string-concatenation): once, then the loop returns
      printError(command + ": unknown --channel '" + name + "' (d2d, htl or promo_bus)");
      return std::nullopt;
    }
    f.channels.push_back(*c);
  }
  return f;
}

bool readGrouping(const QCommandLineParser& parser, const std::string& command, kpi::KpiQuery& q) {
  for (const QString& name : parser.values("by")) {
    const auto d = kpi::dimensionFromString(name.toStdString());
    if (!d) {
      printError(command + ": unknown --by '" + name.toStdString() +
                 "' (day week month area city team rep channel hour weekday product)");
      return false;
    }
    q.by.push_back(*d);
  }
  if (parser.isSet("compare")) {
    q.compare = kpi::comparisonFromString(parser.value("compare").toStdString());
    if (!q.compare) {
      printError(command + ": --compare must be previous, last-week or last-year");
      return false;
    }
  }
  return true;
}

}  // namespace salesops::cli
