// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/ServerLogin.h"

#include <QDir>
#include <QFile>
#include <QObject>

namespace salesops::ui {
namespace {

// A libpq keyword value, always quoted: `'` and `\` escaped with `\`.
QString quotedValue(QString v) {
  v.replace('\\', QStringLiteral("\\\\")).replace('\'', QStringLiteral("\\'"));
  return '\'' + v + '\'';
}

// A pgpass field: `:` and `\` escaped with `\`.
QString pgpassField(QString v) { return v.replace('\\', QStringLiteral("\\\\")).replace(':', QStringLiteral("\\:")); }

}  // namespace

QString ServerLogin::connection() const {
  return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
      .arg(quotedValue(host), QString::number(port), quotedValue(database), quotedValue(user));
}

QString ServerLogin::connectionWithPassword() const {
  return password.isEmpty() ? connection() : connection() + QStringLiteral(" password=") + quotedValue(password);
}

QString ServerLogin::pgpassLine() const {
  return QStringList{pgpassField(host), QString::number(port), pgpassField(database), pgpassField(user),
                     pgpassField(password)}
      .join(':');
}

QString rememberInPgpass(const ServerLogin& login) {
  const QString path = qEnvironmentVariableIsSet("PGPASSFILE") ? qEnvironmentVariable("PGPASSFILE")
                                                               : QDir::homePath() + QStringLiteral("/.pgpass");
  QFile file(path);
  // Private before the password is in it: libpq ignores a pgpass file that others can read.
  if (!file.open(QIODevice::Append | QIODevice::Text) ||
      !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
    return QObject::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
  const QByteArray line = login.pgpassLine().toUtf8() + '\n';
  if (file.write(line) != line.size() || !file.flush())
    return QObject::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
  return {};
}

}  // namespace salesops::ui
