// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/DrillStack.h"

#include <QCoreApplication>

namespace salesops::ui {

void DrillStack::reset(const QString& rootTitle) {
  entries_ = {Entry{Level::Root, rootTitle}};
  emit changed();
}

void DrillStack::open(Level level, const QString& key) {
  const Entry e{level, key};
  const auto at = entries_.indexOf(e);
  if (at >= 0) {
    popTo(static_cast<int>(at));
    return;
  }
  entries_.append(e);
  emit changed();
}

void DrillStack::replaceTop(Level level, const QString& key) {
  if (!entries_.isEmpty() && entries_.back().level == level && !entries_.contains(Entry{level, key})) {
    entries_.back().key = key;
    emit changed();
    return;
  }
  open(level, key);
}

bool DrillStack::back() {
  if (entries_.size() <= 1) return false;
  entries_.removeLast();
  emit changed();
  return true;
}

void DrillStack::popTo(int index) {
  if (index < 0 || index >= entries_.size()) return;
  entries_.resize(index + 1);
  emit changed();
}

void DrillStack::setName(Level level, const QString& key, const QString& name) {
  bool renamedAny = false;
  for (Entry& e : entries_)
    if (e.level == level && e.key == key && e.name != name) {
      e.name = name;
      renamedAny = true;
    }
  if (renamedAny) emit renamed();
}

QString DrillStack::label(const Entry& e) {
  const QString shown = e.name.isEmpty() ? e.key : e.name;
  switch (e.level) {
    case Level::Root:
      return e.key;
    case Level::Area:
      return QCoreApplication::translate("DrillStack", "Area %1").arg(shown);
    case Level::Team:
      // Team names often carry the word already ("Team Zuid"): no "Team Team Zuid".
      if (e.key.startsWith(QCoreApplication::translate("DrillStack", "Team") + QLatin1Char(' '), Qt::CaseInsensitive))
        return e.key;
      return QCoreApplication::translate("DrillStack", "Team %1").arg(e.key);
    case Level::Rep:
      return QCoreApplication::translate("DrillStack", "Rep %1").arg(shown);
  }
  return e.key;
}

}  // namespace salesops::ui
