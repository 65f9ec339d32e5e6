// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>

namespace salesops::ui {

/// Where the user is in a drill-down: the page it started from, then each area, team or rep opened
/// on the way (Daily start › Area UTR-03 › Rep R012). Navigation is only ever a change of this
/// stack; the window shows whatever is on top. Holds no widgets, so it is tested on its own.
class DrillStack : public QObject {
  Q_OBJECT
 public:
  enum class Level { Root, Area, Team, Rep };
  struct Entry {
    Level level = Level::Root;
    QString key;        ///< the area, team or rep; for the root, the title of its page
    QString name = {};  ///< how people know it, "Overvecht (UTR-03)"; empty until its page has read it
    bool operator==(const Entry& o) const { return level == o.level && key == o.key; }
  };

  using QObject::QObject;

  /// Starts again from the page titled `rootTitle`.
  void reset(const QString& rootTitle);
  /// Opens `key` on top. A member already on the way is returned to instead of stacked twice, so
  /// going round in circles (area › rep › same area) never grows the trail.
  void open(Level level, const QString& key);
  /// Shows `key` instead of the top entry when that is of the same level (a pick from the page's
  /// own list), else opens it.
  void replaceTop(Level level, const QString& key);
  /// Back one level; false (and no change) at the root.
  bool back();
  /// Returns to entry `index` (a click on a breadcrumb), dropping what was opened after it.
  void popTo(int index);

  const QList<Entry>& entries() const { return entries_; }
  bool isEmpty() const { return entries_.isEmpty(); }
  Entry top() const { return entries_.isEmpty() ? Entry{} : entries_.back(); }

  /// Gives the entries of `key` at `level` the name their page read from the store (the stack
  /// itself only knows codes); the crumbs are redrawn, the pages are not reloaded.
  void setName(Level level, const QString& key, const QString& name);

  /// How a crumb reads: `Area Overvecht (UTR-03)`, `Team North`, `Rep Kevin van Dijk (R007)` (the
  /// code alone until the page has read the name), or the root page's title.
  static QString label(const Entry& e);

 signals:
  void changed();
  void renamed();

 private:
  QList<Entry> entries_;
};

}  // namespace salesops::ui
