// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>

#include "salesops/core/Date.h"

namespace salesops {

/// The same calendar day as a QDate, for the locale's date formats and the date pickers.
inline QDate toQDate(Date d) { return QDate(d.year(), d.month(), d.day()); }

/// The same calendar day as a Date. `d` must be valid (a date picker's or today's): an invalid
/// QDate has no Date.
inline Date fromQDate(const QDate& d) { return *Date::fromYmd(d.year(), d.month(), d.day()); }

/// The same wall-clock time as a local QDateTime, to the second.
inline QDateTime toQDateTime(const DateTime& t) {
  return QDateTime(toQDate(t.date()), QTime(t.hour(), t.minute(), t.second()));
}

}  // namespace salesops
