// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/import_preview.h"

#include <QCoreApplication>
#include <QDateTime>

#include "salesops/core/QtDate.h"
#include "salesops/ingest/FieldParsers.h"

namespace salesops::ui {
namespace {

bool oneOf(std::string_view column, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names)
    if (column == n) return true;
  return false;
}

}  // namespace

QString previewValue(std::string_view column, std::string_view field, const QLocale& locale) {
  // Not const: the plain `return asWritten;` below then moves it instead of copying.
  QString asWritten = QString::fromUtf8(field.data(), static_cast<qsizetype>(field.size()));
  if (ingest::trimmed(field).empty()) return asWritten;
  if (oneOf(column, {"visited_at", "ordered_at", "installed_at", "cancelled_at"})) {
    const auto t = ingest::parseDateTime(field);
    if (!t) return asWritten;
    const QDate day = toQDate(t.value.date());
    // A bare date (installed on 15-01-2027) is a day, not that day at midnight.
    if (field.find(':') == std::string_view::npos) return locale.toString(day, QStringLiteral("d MMM yyyy"));
    return locale.toString(toQDateTime(t.value), t.value.second() ? QStringLiteral("d MMM yyyy HH:mm:ss")
                                                                  : QStringLiteral("d MMM yyyy HH:mm"));
  }
  if (oneOf(column, {"active_from", "active_to"})) {
    const auto d = ingest::parseDate(field);
    return d ? locale.toString(toQDate(d.value), QStringLiteral("d MMM yyyy")) : asWritten;
  }
  if (column == "monthly_fee") {
    const auto m = ingest::parseMoney(field);
    return m ? locale.toCurrencyString(static_cast<double>(m.value.cents()) / 100.0, QStringLiteral("\u20AC"), 2)
             : asWritten;
  }
  if (column == "first_time_right") {
    const auto b = ingest::parseBool(field);
    if (!b) return asWritten;
    return b.value ? QCoreApplication::translate("salesops::ui::ImportDialog", "yes")
                   : QCoreApplication::translate("salesops::ui::ImportDialog", "no");
  }
  if (column == "bundling_threshold") {
    const auto r = ingest::parseRate(field);
    return r ? locale.toString(r.value.fraction * 100.0, 'f', 1) + locale.percent() : asWritten;
  }
  if (column == "postcode") {
    const auto p = ingest::parsePostcode(field);
    return p ? QString::fromLatin1(p.value.view().data(), 6) : asWritten;
  }
  return asWritten;
}

}  // namespace salesops::ui
