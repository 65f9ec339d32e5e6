// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a big store, as the user meets it: process start to the daily start fully drawn,
// a filter change to redrawn, and resident memory. Timing starts from the nanosecond clock value
// run.sh passes in, taken just before exec, so loading the program and Qt counts too.
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

#include "pages/DailyStartPage.h"
#include "widgets/FilterBar.h"
#include "window/MainWindow.h"
#include "window/StoreSession.h"

using namespace salesops::ui;

namespace {

double nowNs() {
  timespec t{};
  clock_gettime(CLOCK_REALTIME, &t);
  return static_cast<double>(t.tv_sec) * 1e9 + static_cast<double>(t.tv_nsec);
}

// VmRSS / VmHWM of this process in MB.
double statusMb(const char* key) {
  QFile f("/proc/self/status");
  if (!f.open(QIODevice::ReadOnly)) return -1;
  for (const QByteArray& line : f.readAll().split('\n'))
    if (line.startsWith(key))
      return line.mid(static_cast<int>(strlen(key))).trimmed().split(' ').first().toDouble() / 1024.0;
  return -1;
}

// Waits for the page's next `loaded` (the page has taken in every read and built its charts), or with
// `figures` for its next figuresShown (the figures are in; the data-quality line may follow), then
// paints the whole window synchronously: the page is drawn when this returns. `loadedAt` gets the
// timer's reading at the signal. False on a 60 s timeout.
bool waitDrawn(MainWindow& window, const QElapsedTimer& timer, double* loadedAt, bool figures = false) {
  QEventLoop loop;
  QTimer timeout;
  timeout.setSingleShot(true);
  QObject::connect(&timeout, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });
  QObject::connect(window.dailyStart(), figures ? &DailyStartPage::figuresShown : &DailyStartPage::loaded, &loop, [&] {
    *loadedAt = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    loop.exit(0);
  });
  timeout.start(60000);
  if (loop.exec() != 0) return false;
  window.repaint();
  return true;
}

}  // namespace

int main(int argc, char* argv[]) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: bench_window STORE START_NS [FILTER_CHANGES]\n");
    return 2;
  }
  const double startNs = std::atof(argv[2]);
  const int changes = argc > 3 ? std::atoi(argv[3]) : 12;
  QApplication application(argc, argv);
  QApplication::setOrganizationName("SalesOpsBench");
  StoreSession session(QString::fromLocal8Bit(argv[1]));
  MainWindow window(session);
  window.resize(1920, 1080);
  window.show();
  QElapsedTimer sinceShow;
  sinceShow.start();
  double loadedAt = 0;
  if (!waitDrawn(window, sinceShow, &loadedAt, true)) return 1;
  const double figuresMs = (nowNs() - startNs) / 1e6;
  if (window.dailyStart()->loading() && !waitDrawn(window, sinceShow, &loadedAt)) return 1;
  const double startMs = (nowNs() - startNs) / 1e6;
  const int startLoads = window.dailyStart()->loadsStarted();

  // Cycle the presets a manager clicks through, each change timed from the click to redrawn.
  const FilterBar::Preset presets[] = {FilterBar::ThisWeek, FilterBar::LastWeek, FilterBar::Last4Weeks,
                                       FilterBar::ThisMonth, FilterBar::LastDay};
  const char* presetNames[] = {"this week", "last week", "last 4 weeks", "this month", "last day"};
  std::vector<double> ms;
  std::vector<double> loadedMs;
  std::vector<std::vector<double>> perPreset(5);
  for (int i = 0; i < changes; ++i) {
    QElapsedTimer timer;
    timer.start();
    window.filterBar()->setPreset(presets[i % 5]);
    if (!waitDrawn(window, timer, &loadedAt)) return 1;
    ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    loadedMs.push_back(loadedAt);
    perPreset[static_cast<size_t>(i % 5)].push_back(ms.back());
  }
  for (size_t p = 0; p < perPreset.size(); ++p) {
    std::sort(perPreset[p].begin(), perPreset[p].end());
    if (!perPreset[p].empty())
      std::printf("  %-12s median %.0f ms\n", presetNames[p], perPreset[p][perPreset[p].size() / 2]);
  }
  std::sort(ms.begin(), ms.end());
  std::sort(loadedMs.begin(), loadedMs.end());
  std::printf("start to daily start's figures drawn: %.0f ms\n", figuresMs);
  std::printf("start to daily start drawn with its data-quality line: %.0f ms (%d loads)\n", startMs, startLoads);
  std::printf(
      "filter change to redrawn: median %.0f ms, max %.0f ms (%d changes); data in and charts built "
      "after a median %.0f ms\n",
      ms[ms.size() / 2], ms.back(), changes, loadedMs[loadedMs.size() / 2]);
  std::printf("resident memory: %.0f MB now, peak %.0f MB\n", statusMb("VmRSS:"), statusMb("VmHWM:"));
  return 0;
}
