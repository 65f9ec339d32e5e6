// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QDate>
#include <QString>
#include <QStringList>

#include "salesops/core/Result.h"

namespace salesops::ui {

class MainWindow;

/// Where the window opens (spec cli.md, "salesops (the window)"): `--page NAME [--from D --to D]
/// [--team T] [--area A] [--city C] [--channel C] [--rep R]`, for desktop shortcuts and tests.
struct LaunchOptions {
  QString page;     ///< one of launchPageNames(); empty: the daily start
  QDate from, to;   ///< both valid (a custom period) or both invalid (the remembered period)
  QString team;     ///< the team filter, and the Team page's team
  QString area;     ///< the area filter, and the Area page's area
  QString rep;      ///< the Rep page's rep (the filter bar has no rep filter)
  QString city;     ///< the city filter
  QString channel;  ///< the channel filter: d2d, htl or promo_bus

  /// Whether a period or a filter was given: the filter bar then shows exactly those.
  bool setsFilters() const {
    return from.isValid() || !team.isEmpty() || !area.isEmpty() || !city.isEmpty() || !channel.isEmpty();
  }
};

/// The names --page takes, in the order of the page list: daily trends cancellations area team rep
/// quality imports.
const QStringList& launchPageNames();

/// Adds --page, --from, --to, --team, --area, --city, --channel and --rep, described in the current
/// language.
void addLaunchOptions(QCommandLineParser& parser);
/// The options as given. An error names the option: an unknown page, a date that is not
/// YYYY-MM-DD, --to before --from, an unknown channel. One of --from and --to alone is a one-day
/// period.
Result<LaunchOptions> readLaunchOptions(const QCommandLineParser& parser);

/// When the options set filters: the filter bar's choices for this run (a custom period or the
/// remembered one, that team, area, city and channel, the others all), so the bar opens on them as
/// if the user had picked them. They are not remembered: the user's saved filter stays as it was,
/// and so does a filter the command line set when it is changed in that run (the others are
/// remembered as always). Call before the window is made.
void applyLaunchFilters(const LaunchOptions& options);
/// Shows the page named (the Rep page when only --rep is given) and opens the Area, Team or Rep
/// page on the member named, as a drill-down from the daily start.
void openLaunchPage(MainWindow& window, const LaunchOptions& options);

}  // namespace salesops::ui
