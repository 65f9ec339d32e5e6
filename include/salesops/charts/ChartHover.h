// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <cstdint>

QT_BEGIN_NAMESPACE
class QObject;
QT_END_NAMESPACE

namespace salesops::charts {

/// What a chart says when the pointer rests on a bar, a point or a cell: its exact value and n.
/// The texts are made where the chart is built (which knows the numbers) and kept on the chart's
/// own objects, so the window's views show them and tests read them without a view.
///
/// On a QBarSet: one text per bar (by index). On a QXYSeries: one per point (by index). On any
/// other series (a heatmap cell): one text for the whole series.
void setHoverTexts(QObject* target, const QStringList& texts);
/// The text for bar or point `index` of `target` (ignored for a whole-series text); empty if none.
QString hoverText(const QObject* target, int index = 0);

/// The member codes behind the bars of a set, bar by bar (what a click opens), so a chart may sort
/// its bars as it reads best without the page knowing the order.
void setBarMembers(QObject* set, const QStringList& members);
QString barMember(const QObject* set, int index);

/// "12.3% (n = 456)": a value and the count it was measured on, in `locale`.
QString withN(const QString& value, int64_t n, const QLocale& locale);

}  // namespace salesops::charts
