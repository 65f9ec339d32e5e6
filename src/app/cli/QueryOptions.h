// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>

#include <optional>
#include <string>

#include "salesops/core/Date.h"
#include "salesops/ingest/CsvDialect.h"
#include "salesops/kpi/KpiQuery.h"

namespace salesops::cli {

// The period, filter and as-of options that the analysis commands (alerts, explain) share, spelled
// as the kpi command spells them. Each reader prints its own error, prefixed with the command.

/// Adds --from and --to (unless `withPeriod` is false), --area, --city, --team, --rep, --channel
/// and --as-of.
void addQueryOptions(QCommandLineParser& parser, bool withPeriod = true);

/// The local date: the default as-of (the one rule of docs/kpis.md) and the data clock's today.
Date localToday();

/// A `YYYY-MM-DD` date; nullopt (after printing why) when malformed.
std::optional<Date> parseDateOption(const std::string& command, const std::string& option, const QString& text);

/// --from and --to, both required, to not before from.
std::optional<Period> readPeriod(const QCommandLineParser& parser, const std::string& command);

/// --as-of, or localToday().
std::optional<Date> readAsOf(const QCommandLineParser& parser, const std::string& command);

/// `--format`, one of `allowed`; otherwise says "COMMAND: --format must be a, b or c" and gives nullopt.
std::optional<QString> readFormat(const QCommandLineParser& parser, const std::string& command,
                                  const QStringList& allowed);

/// Adds --csv-dialect (rfc4180 by default on the command line: the output is for scripts).
void addCsvDialectOption(QCommandLineParser& parser);
/// --csv-dialect: rfc4180 or excel-nl; nullopt (after printing why) for anything else.
std::optional<ingest::CsvDialect> readCsvDialect(const QCommandLineParser& parser, const std::string& command);

/// --area, --city, --team, --rep (as given) and --channel (checked against the channel names).
std::optional<kpi::KpiFilters> readFilters(const QCommandLineParser& parser, const std::string& command);

/// The repeatable --by (dimension names) and --compare (previous, last-week, last-year) of the
/// commands that print KPI rows, into `q`; false (after printing why) when one is unknown.
bool readGrouping(const QCommandLineParser& parser, const std::string& command, kpi::KpiQuery& q);

}  // namespace salesops::cli
