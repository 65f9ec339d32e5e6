// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "salesops/kpi/Dashboard.h"
#include "salesops/store/Store.h"

namespace salesops::charts::test {

/// The QApplication of the binary (charts are graphics items), on the offscreen platform.
void ensureApplication();

/// A demo store (6,000 visits over 56 days ending 2026-11-27, a Friday), made once per binary.
store::Store& demoStore();
/// The week the tests export: 2026-11-21 .. 2026-11-27, as of 2026-11-28.
kpi::DashboardQuery demoWeek();
/// The dashboard of demoWeek(), built once.
const kpi::DashboardData& demoDashboard();

/// A folder for output files, removed when the binary exits.
QString outputPath(const QString& name);

/// Runs a program; its stdout, or nullopt when it cannot be started or fails.
std::optional<QByteArray> run(const QString& program, const QStringList& args);
/// The bytes of a file; empty when it cannot be read.
QByteArray slurp(const QString& path);
/// One member of a zip file (unzip, else python3's zipfile).
QByteArray unzipMember(const QString& zip, const QString& member);

}  // namespace salesops::charts::test
