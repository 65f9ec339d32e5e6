// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTranslator>

#include <algorithm>
#include <cstdio>

#include "OutputPath.h"
#include "PageJson.h"
#include "ProgressBar.h"
#include "QueryOptions.h"

#include "salesops/charts/Translation.h"
#include "salesops/charts/WeeklyReport.h"
#include "salesops/ingest/OutputFile.h"

namespace salesops::cli {
namespace {

// The file appears whole under its name or not at all; a symlink there is replaced, not followed.
bool writeText(const QString& path, const std::string& text) {
  auto file = ingest::OutputFile::create(path.toStdString(), ingest::Publish::Replace);
  if (!file) return false;
  std::fwrite(text.data(), 1, text.size(), (*file)->stream());
  return static_cast<bool>((*file)->commit());
}

// A team name as part of a file name: letters, digits, '-' and '_' kept, anything else (a '/', a
// space, a dot) made '-', so a team called "../x" cannot write outside the folder.
QString fileSafe(const std::string& team) {
  QString out;
  for (const QChar c : QString::fromStdString(team)) out += c.isLetterOrNumber() || c == '-' || c == '_' ? c : '-';
  return out.isEmpty() ? QStringLiteral("-") : out;
}

// Builds one pack and writes it to `out` (a PDF, a JSON file, or standard output for "-").
int writePack(store::Store& store, const kpi::WeeklyPackRequest& request, bool json, const QString& out,
              const QLocale& locale, bool quiet) {
  const IsoWeek& week = request.week;
  const std::string what = week.toString() + (request.team.empty() ? "" : ", team " + request.team);
  auto data = kpi::buildWeeklyPack(store, request);
  if (!data) {
    printError("report: " + data.error().message);
    return kFailed;
  }
  if (data->tiles.empty() || (data->tiles.front().now.visits == 0 && data->tiles.front().now.orders == 0))
    printError("report: warning: no visits or orders in " + what);
  if (data->dashboard.inProgress())
    printError("report: warning: " + week.toString() + " is in progress (data up to " +
               (data->dashboard.clock.latest ? data->dashboard.clock.latest->toString().substr(0, 16) : "none") +
               "); it is compared with the same part of the weeks before");
  if (json) {
    const std::string text = weeklyPackJson(*data) + "\n";
    if (out == "-") {
      std::fwrite(text.data(), 1, text.size(), stdout);
      std::fflush(stdout);
      return kOk;
    }
    if (!writeText(out, text)) {
      printError("report: cannot write " + out.toStdString());
      return kFailed;
    }
    std::printf("report: %s, numbers written to %s\n", what.c_str(),
                QFileInfo(out).absoluteFilePath().toStdString().c_str());
    return kOk;
  }
  ProgressBar bar("report", quiet);
  auto pages = charts::writeWeeklyReport(
      *data, {locale, QDateTime::currentDateTime()}, out,
      [&bar](int done, int total) { bar.update(static_cast<uint64_t>(done), static_cast<uint64_t>(total)); });
  bar.finish();
  if (!pages) {
    printError("report: " + pages.error().message);
    return kFailed;
  }
  std::printf("report: %s, %d pages, written to %s\n", what.c_str(), *pages,
              QFileInfo(out).absoluteFilePath().toStdString().c_str());
  std::fflush(stdout);
  return kOk;
}

}  // namespace

int runReport(CliContext& context, const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "The weekly-start pack of one ISO week as one A4-landscape PDF: KPI tiles against the week before and "
      "the same week last year, every dashboard chart, the area table, the leaderboard, alerts with the "
      "explanation of the conversion change, cancellations by reason and the data-quality summary.");
  CliContext::addCommonOptions(parser);
  parser.addOption({"week",
                    "ISO week; last: the last complete week with data (the default); current: this week, "
                    "in progress.",
                    "YYYY-Www|last|current"});
  parser.addOption({"out", "The PDF to write; for JSON a FILE.json, or - (the default) for standard output.", "FILE"});
  parser.addOption({"format", "pdf: the pack; json: every number of the pack.", "pdf|json", "pdf"});
  parser.addOption({"as-of", "Cohort date for cancellations (default: today).", "YYYY-MM-DD"});
  parser.addOption({"lang", "Language of the pack (default: the system's).", "nl|en"});
  parser.addOption({"team",
                    "A team lead's pack: every number filtered to the team (as the reps file names it), "
                    "the team named in the title.",
                    "T"});
  parser.addOption({"every-team",
                    "One pack per team of the reps file, and one of the whole store, written into "
                    "DIR (made when missing) as weekly-start-WEEK[-TEAM].pdf (or .json); instead of "
                    "--out and --team.",
                    "DIR"});
  bool help = false;
  if (!context.parse(parser, args, help)) return kFailed;
  if (help) return kOk;
  if (!parser.positionalArguments().isEmpty()) {
    printError("report: unexpected argument '" + parser.positionalArguments().first().toStdString() + "' (see --help)");
    return kFailed;
  }
  const QString format = parser.value("format");
  if (format != "pdf" && format != "json") {
    printError("report: --format must be pdf or json");
    return kFailed;
  }
  const bool json = format == "json";
  const QString out = parser.value("out");
  const bool everyTeam = parser.isSet("every-team");
  if (everyTeam && (parser.isSet("out") || parser.isSet("team"))) {
    printError("report: --every-team writes into its folder: give neither --out nor --team with it");
    return kFailed;
  }
  if (!everyTeam && !json && (out.isEmpty() || !out.endsWith(".pdf", Qt::CaseInsensitive))) {
    printError("report: --out FILE.pdf is required (see --help)");
    return kFailed;
  }
  const bool toStdout = !everyTeam && json && (out.isEmpty() || out == "-");
  if (!everyTeam && json && !toStdout && !out.endsWith(".json", Qt::CaseInsensitive)) {
    printError("report: --out FILE.json or - (standard output) for --format json");
    return kFailed;
  }
  if (!everyTeam && !toStdout && !outputPathAllowed(context, out, "report")) return kFailed;
  std::optional<IsoWeek> week;
  if (parser.value("week") == "current") {
    week = localToday().isoWeek();
  } else if (parser.isSet("week") && parser.value("week") != "last") {
    week = IsoWeek::parse(parser.value("week").toStdString());
    if (!week) {
      printError("report: --week must be an ISO week such as 2026-W48, not '" + parser.value("week").toStdString() +
                 "'");
      return kFailed;
    }
  }
  std::optional<Date> asOf;
  if (parser.isSet("as-of")) {
    asOf = parseDateOption("report", "as-of", parser.value("as-of"));
    if (!asOf) return kFailed;
  }
  std::optional<QLocale::Language> asked;
  if (parser.isSet("lang")) {
    const QString lang = parser.value("lang");
    if (lang == "nl") {
      asked = QLocale::Dutch;
    } else if (lang == "en") {
      asked = QLocale::English;
    } else {
      printError("report: --lang must be nl or en");
      return kFailed;
    }
  }
  const QLocale locale = charts::writingLocale(asked);
  QLocale::setDefault(locale);
  // The pack's own headings are translated like the window's (the command's output stays English).
  QTranslator translator;
  if (translator.load(locale, charts::kTranslationsName, "_", charts::kTranslationsDir))
    QCoreApplication::installTranslator(&translator);

  auto store = context.openStore(store::OpenMode::ReadOnly);
  if (!store) {
    printError(store.error().message);
    return kFailed;
  }
  if (!week) {
    auto last = kpi::lastCompleteWeekWithData(**store, localToday());
    if (!last) {
      printError("report: " + last.error().message);
      return kFailed;
    }
    if (!*last) {
      printError("report: the store has no complete week with data; give --week");
      return kFailed;
    }
    week = **last;
  }
  auto teams = kpi::packTeams(**store);
  if (!teams) {
    printError("report: " + teams.error().message);
    return kFailed;
  }
  const std::string team = parser.value("team").toStdString();
  if (parser.isSet("team") && std::find(teams->begin(), teams->end(), team) == teams->end()) {
    std::string known;
    for (const auto& t : *teams) known += (known.empty() ? "" : ", ") + t;
    printError("report: no team '" + team + "' in the reps file (teams: " + (known.empty() ? "none" : known) + ")");
    return kFailed;
  }
  // The one as-of rule of docs/kpis.md: today unless chosen, as the window and `kpi`.
  const kpi::WeeklyPackRequest request{*week, asOf.value_or(localToday()), localToday(), team};
  if (!everyTeam) return writePack(**store, request, json, toStdout ? QStringLiteral("-") : out, locale, context.quiet);

  const QString dir = parser.value("every-team");
  if (!QDir().mkpath(dir)) {
    printError("report: cannot make the folder " + dir.toStdString());
    return kFailed;
  }
  // The whole store's pack first, then each team's; one failing pack does not stop the others.
  std::vector<std::string> packs{""};
  packs.insert(packs.end(), teams->begin(), teams->end());
  int exitCode = kOk;
  QStringList used;
  for (const std::string& t : packs) {
    QString stem = QStringLiteral("weekly-start-") + QString::fromStdString(week->toString()) +
                   (t.empty() ? QString() : "-" + fileSafe(t));
    // "Team A" and "Team-A" are two teams with one file-safe name: the second gets "~2".
    for (int n = 2; used.contains(stem, Qt::CaseInsensitive); ++n)
      stem = stem.section('~', 0, 0) + "~" + QString::number(n);
    used << stem;
    const QString name = stem + (json ? ".json" : ".pdf");
    const QString path = QDir(dir).filePath(name);
    if (!outputPathAllowed(context, path, "report")) {
      exitCode = kFailed;
      continue;
    }
    kpi::WeeklyPackRequest one = request;
    one.team = t;
    exitCode = std::max(exitCode, writePack(**store, one, json, path, locale, context.quiet));
  }
  return exitCode;
}

}  // namespace salesops::cli
