// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

namespace salesops::charts {

/// The colour of a team, channel, area, rep or product: the same on every page and in every export
/// for the same name, whatever else a chart shows. Channels have fixed colours; other names take one
/// from a ten-colour palette by a fixed hash of the name (two names may share a colour).
QColor seriesColor(const QString& member);
/// The colour of `member` among `members`, every member of its dimension in the store (all teams,
/// all cities), sorted: the palette in that order, so up to ten members all differ, and the colour
/// holds while the store holds the same members. Channels keep their fixed colours; a name not in
/// the list falls back to the one-argument form.
QColor seriesColor(const QString& member, const QStringList& members);
/// The rest of the members, summed: grey.
QColor otherSeriesColor();
/// A line for everything (no split).
QColor totalSeriesColor();

}  // namespace salesops::charts
