// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartsTestSupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "salesops/demo/StoreDemoSink.h"

namespace salesops::charts::test {
namespace {

QTemporaryDir& folder() {
  static QTemporaryDir dir;
  return dir;
}

}  // namespace

void ensureApplication() {
  static int argc = 1;
  static char name[] = "charts_tests";
  static char* argv[] = {name, nullptr};
  static QApplication* app = [] {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    auto* a = new QApplication(argc, argv);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    return a;
  }();
  (void)app;
}

store::Store& demoStore() {
  static std::unique_ptr<store::Store> store = [] {
    auto s = store::Store::open(QDir(folder().path()).filePath("demo.sqlite").toStdString());
    if (!s) throw std::runtime_error(s.error().message);
    demo::DemoOptions o;
    o.visits = 6000;
    o.days = 56;
    o.endDate = *Date::fromYmd(2026, 11, 27);
    if (auto r = demo::generateIntoStore(**s, o); !r) throw std::runtime_error(r.error().message);
    return std::move(s.value());
  }();
  return *store;
}

kpi::DashboardQuery demoWeek() {
  return {Period{*Date::fromYmd(2026, 11, 21), *Date::fromYmd(2026, 11, 27)}, *Date::fromYmd(2026, 11, 28), {}};
}

const kpi::DashboardData& demoDashboard() {
  static const kpi::DashboardData data = [] {
    auto d = kpi::buildDashboard(demoStore(), demoWeek());
    if (!d) throw std::runtime_error(d.error().message);
    return *d;
  }();
  return data;
}

QString outputPath(const QString& name) { return QDir(folder().path()).filePath(name); }

std::optional<QByteArray> run(const QString& program, const QStringList& args) {
  if (QStandardPaths::findExecutable(program).isEmpty()) return std::nullopt;
  QProcess p;
  p.start(program, args);
  if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) return std::nullopt;
  return p.readAllStandardOutput();
}

QByteArray unzipMember(const QString& zip, const QString& member) {
  if (auto out = run("unzip", {"-p", zip, member})) return *out;
  const QString script = "import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))";
  if (auto out = run("python3", {"-c", script, zip, member})) return *out;
  ADD_FAILURE() << "cannot read " << member.toStdString() << " from " << zip.toStdString();
  return {};
}

QByteArray slurp(const QString& path) {
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace salesops::charts::test
