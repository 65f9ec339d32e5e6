// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every setting the window keeps between runs, each key written once here with its type and the
// value it has when the key is missing (the first run, or a key another version removed). Only the
// window keeps settings: the layers below ui take everything as arguments.

#include <QByteArray>
#include <QCryptographicHash>
#include <QDate>
#include <QHash>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <string>
#include <utility>
#include <vector>

namespace salesops::ui {

namespace detail {
/// The values set for this run only (SettingValue::setForThisRun), by key.
inline QHash<QString, QVariant>& runOnlyValues() {
  static QHash<QString, QVariant> values;
  return values;
}
}  // namespace detail

/// One key of the user's settings (QSettings of the application), read and written as a T.
template <class T>
class SettingValue {
 public:
  explicit SettingValue(QString key, T fallback = T()) : key_(std::move(key)), fallback_(std::move(fallback)) {}

  /// The stored value, or the default when the key is missing or holds something that does not
  /// read as a T (an edited settings file, a key another version wrote differently).
  T get() const {
    const auto run = detail::runOnlyValues().constFind(key_);
    QVariant v = run != detail::runOnlyValues().constEnd() ? *run : QSettings().value(key_);
    return v.isValid() && v.convert(QMetaType::fromType<T>()) ? v.value<T>() : fallback_;
  }
  /// Stores `value`, or changes the run's value when the key has one (setForThisRun).
  void set(const T& value) const {
    if (auto run = detail::runOnlyValues().find(key_); run != detail::runOnlyValues().end())
      *run = QVariant::fromValue(value);
    else
      QSettings().setValue(key_, QVariant::fromValue(value));
  }
  /// `value` for the rest of this run, without touching the user's stored value: what the command
  /// line chooses (`salesops --team T`) holds for that run and is not remembered as the user's.
  void setForThisRun(const T& value) const { detail::runOnlyValues().insert(key_, QVariant::fromValue(value)); }
  void remove() const {
    detail::runOnlyValues().remove(key_);
    QSettings().remove(key_);
  }

  const QString& key() const { return key_; }
  const T& fallback() const { return fallback_; }

 private:
  QString key_;
  T fallback_;
};

namespace settings {

/// Drops every value set for this run only, so the stored ones apply again (tests start clean).
inline void forgetRunOnlyValues() { detail::runOnlyValues().clear(); }

/// "en", "nl" or "system" (Appearance.h reads and writes it).
inline const SettingValue<QString> language{QStringLiteral("ui/language"), QStringLiteral("system")};
/// "light", "dark" or "system" (Appearance.h).
inline const SettingValue<QString> palette{QStringLiteral("ui/palette"), QStringLiteral("system")};

/// QMainWindow::saveGeometry() and saveState(); empty: the first run, the window fills the screen.
inline const SettingValue<QByteArray> windowGeometry{QStringLiteral("window/geometry")};
inline const SettingValue<QByteArray> windowState{QStringLiteral("window/state")};

/// The filter bar's choices. The preset is FilterBar::Preset (0, the last day, when missing); from
/// and to are kept for the custom period (invalid when missing: the store's last day is taken); the
/// others hold the chosen item, empty for "all".
inline const SettingValue<int> filterPreset{QStringLiteral("filters/preset"), 0};
inline const SettingValue<QDate> filterFrom{QStringLiteral("filters/from")};
inline const SettingValue<QDate> filterTo{QStringLiteral("filters/to")};
inline const SettingValue<QString> filterTeam{QStringLiteral("filters/team")};
inline const SettingValue<QString> filterChannel{QStringLiteral("filters/channel")};
inline const SettingValue<QString> filterArea{QStringLiteral("filters/area")};
inline const SettingValue<QString> filterCity{QStringLiteral("filters/city")};

/// The folder of the last export; empty: the Documents folder.
inline const SettingValue<QString> exportFolder{QStringLiteral("export/folder")};

/// Settings > Watch folder: the exports folder the window imports from; empty: none watched.
inline const SettingValue<QString> watchFolder{QStringLiteral("watch/folder")};
/// Seconds a file in the watched folder must stay unchanged before it is imported.
inline const SettingValue<int> watchSettleSeconds{QStringLiteral("watch/settleSeconds"), 5};

/// File > Open team server: the last server opened, without a password (passwords are libpq's
/// business: ~/.pgpass, PGPASSFILE, a service file; never the program's settings).
inline const SettingValue<QString> serverHost{QStringLiteral("server/host"), QStringLiteral("localhost")};
inline const SettingValue<int> serverPort{QStringLiteral("server/port"), 5432};
inline const SettingValue<QString> serverDatabase{QStringLiteral("server/database"), QStringLiteral("salesops")};
inline const SettingValue<QString> serverUser{QStringLiteral("server/user")};

/// The column mapping a person chose in the import dialog for files with this header, as
/// "column=header name" pairs joined by ';'; empty when none was chosen. One key per header.
inline SettingValue<QString> importMapping(const std::vector<std::string>& header) {
  QCryptographicHash hash(QCryptographicHash::Sha1);
  for (const auto& h : header) hash.addData(QByteArray::fromStdString(h + '\n'));
  return SettingValue<QString>(QStringLiteral("importMappings/") + QString::fromLatin1(hash.result().toHex()));
}

}  // namespace settings

}  // namespace salesops::ui
