// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/LaunchOptions.h"

#include <QCoreApplication>

#include "pages/DailyStartPage.h"
#include "widgets/FilterBar.h"
#include "window/MainWindow.h"
#include "window/Settings.h"

#include "salesops/core/Enums.h"

namespace salesops::ui {
namespace {

Result<QDate> readDate(const QCommandLineParser& parser, const QString& option) {
  if (!parser.isSet(option)) return QDate();
  const QString text = parser.value(option);
  const QDate d = QDate::fromString(text, Qt::ISODate);
  if (!d.isValid() || text.size() != 10)
    return makeError(QCoreApplication::translate("LaunchOptions", "--%1 must be a date as YYYY-MM-DD, not '%2'")
                         .arg(option, text)
                         .toStdString());
  return d;
}

}  // namespace

const QStringList& launchPageNames() {
  static const QStringList names = {"daily", "trends", "cancellations", "area", "team", "rep", "quality", "imports"};
  return names;
}

void addLaunchOptions(QCommandLineParser& parser) {
  parser.addOption({"page",
                    QCoreApplication::translate("LaunchOptions", "The page to open: %1.")
                        .arg(launchPageNames().join(QStringLiteral(", "))),
                    "NAME"});
  parser.addOption(
      {"from", QCoreApplication::translate("LaunchOptions", "The first day of the period (YYYY-MM-DD)."), "DATE"});
  parser.addOption(
      {"to", QCoreApplication::translate("LaunchOptions", "The last day of the period (YYYY-MM-DD)."), "DATE"});
  parser.addOption(
      {"team", QCoreApplication::translate("LaunchOptions", "Filter on this team; the Team page shows it."), "TEAM"});
  parser.addOption(
      {"area", QCoreApplication::translate("LaunchOptions", "Filter on this area (its code); the Area page shows it."),
       "AREA"});
  parser.addOption({"city", QCoreApplication::translate("LaunchOptions", "Filter on this city."), "CITY"});
  parser.addOption({"channel",
                    QCoreApplication::translate("LaunchOptions", "Filter on this channel: d2d, htl or promo_bus."),
                    "CHANNEL"});
  parser.addOption({"rep", QCoreApplication::translate("LaunchOptions", "The rep (code) the Rep page shows."), "REP"});
}

Result<LaunchOptions> readLaunchOptions(const QCommandLineParser& parser) {
  LaunchOptions o;
  o.page = parser.value("page");
  if (parser.isSet("page") && !launchPageNames().contains(o.page))
    return makeError(QCoreApplication::translate("LaunchOptions", "--page must be one of %1, not '%2'")
                         .arg(launchPageNames().join(QStringLiteral(", ")), o.page)
                         .toStdString());
  auto from = readDate(parser, "from");
  if (!from) return from.error();
  auto to = readDate(parser, "to");
  if (!to) return to.error();
  o.from = from->isValid() ? *from : *to;
  o.to = to->isValid() ? *to : *from;
  if (o.from.isValid() && o.to < o.from)
    return makeError(QCoreApplication::translate("LaunchOptions", "--to (%1) is before --from (%2)")
                         .arg(o.to.toString(Qt::ISODate), o.from.toString(Qt::ISODate))
                         .toStdString());
  o.team = parser.value("team");
  o.area = parser.value("area");
  o.rep = parser.value("rep");
  o.city = parser.value("city");
  o.channel = parser.value("channel");
  if (!o.channel.isEmpty() && !fromString<Channel>(o.channel.toStdString()))
    return makeError(QCoreApplication::translate("LaunchOptions", "--channel must be d2d, htl or promo_bus, not '%1'")
                         .arg(o.channel)
                         .toStdString());
  return o;
}

void applyLaunchFilters(const LaunchOptions& o) {
  if (!o.setsFilters()) return;
  if (o.from.isValid()) {
    settings::filterPreset.setForThisRun(FilterBar::Custom);
    settings::filterFrom.setForThisRun(o.from);
    settings::filterTo.setForThisRun(o.to);
  }
  settings::filterTeam.setForThisRun(o.team);
  settings::filterArea.setForThisRun(o.area);
  settings::filterChannel.setForThisRun(o.channel);
  settings::filterCity.setForThisRun(o.city);
}

void openLaunchPage(MainWindow& window, const LaunchOptions& o) {
  const QString page = o.page.isEmpty() && !o.rep.isEmpty() ? QStringLiteral("rep") : o.page;
  const auto drill = [&](DrillStack::Level level, const QString& key) {
    window.openDrill(window.dailyStart(), level, key);
  };
  if (page == QLatin1String("area") && !o.area.isEmpty())
    drill(DrillStack::Level::Area, o.area);
  else if (page == QLatin1String("team") && !o.team.isEmpty())
    drill(DrillStack::Level::Team, o.team);
  else if (page == QLatin1String("rep") && !o.rep.isEmpty())
    drill(DrillStack::Level::Rep, o.rep);
  else if (QWidget* target = window.pageNamed(page))
    window.showPage(target);
}

}  // namespace salesops::ui
