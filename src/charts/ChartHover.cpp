// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/charts/ChartHover.h"

#include <QObject>
#include <QVariant>

namespace salesops::charts {
namespace {

// Dynamic properties: a QBarSet or a series has no place of its own for per-item data.
constexpr const char* kHoverTexts = "salesopsHoverTexts";
constexpr const char* kMembers = "salesopsMembers";

QString at(const QObject* o, const char* property, int index) {
  if (!o) return {};
  const QStringList list = o->property(property).toStringList();
  if (list.size() == 1) return list.front();  // one text for the whole series
  return index >= 0 && index < list.size() ? list.at(index) : QString();
}

}  // namespace

void setHoverTexts(QObject* target, const QStringList& texts) { target->setProperty(kHoverTexts, texts); }

QString hoverText(const QObject* target, int index) { return at(target, kHoverTexts, index); }

void setBarMembers(QObject* set, const QStringList& members) { set->setProperty(kMembers, members); }

QString barMember(const QObject* set, int index) {
  if (!set) return {};
  const QStringList list = set->property(kMembers).toStringList();
  return index >= 0 && index < list.size() ? list.at(index) : QString();
}

QString withN(const QString& value, int64_t n, const QLocale& locale) {
  return QStringLiteral("%1 (n = %2)").arg(value, locale.toString(static_cast<qlonglong>(n)));
}

}  // namespace salesops::charts
