// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The words, numbers and colours of the weekly-start pack, shared by its pages.

#include <QColor>
#include <QDate>
#include <QFont>
#include <QLocale>
#include <QString>

#include <optional>
#include <string_view>

#include "salesops/charts/PeriodText.h"
#include "salesops/core/Date.h"
#include "salesops/core/Enums.h"
#include "salesops/core/QtDate.h"
#include "salesops/kpi/DataQuality.h"
#include "salesops/kpi/KpiQuery.h"
#include "salesops/kpi/KpiRow.h"

namespace salesops::charts::report {

inline const QColor kInk(0x1b, 0x1f, 0x24);
inline const QColor kMuted(0x5b, 0x66, 0x73);
inline const QColor kAccent(0x1f, 0x3a, 0x5f);
inline const QColor kGood(0x1a, 0x7f, 0x37);
inline const QColor kBad(0xcf, 0x22, 0x2e);
inline const QColor kTileBorder(0xc9, 0xd3, 0xdf);

inline QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }
inline QString count(const QLocale& l, int64_t n) { return l.toString(static_cast<qlonglong>(n)); }
/// A comparison period with nothing in it shows "no data" rather than zeros.
inline bool hasData(const kpi::KpiValues& v) { return v.visits > 0 || v.orders > 0; }

/// The application's font at `points`, without ligatures.
QFont font(double points, bool bold = false);
/// "Week 48 (2026-W48)" in the pack's language.
QString weekLabel(const IsoWeek& w);
/// The catalogue's definition of `kpi` in the language of `l` (Dutch or English).
QString definition(KpiId kpi, const QLocale& l);
/// Green when the change is good news for `kpi`, red when bad, grey when there is none.
QColor changeColor(KpiId kpi, std::optional<double> now, std::optional<double> before);
QString reasonName(CancelReason r);
QString severityName(kpi::Severity s);

}  // namespace salesops::charts::report
