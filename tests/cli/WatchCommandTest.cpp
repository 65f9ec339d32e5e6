// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `watch DIR` (issue 16 item 2): a watched exports folder, as a timer or a server runs it.
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

#include "CliRunner.h"

using namespace salesops::clitest;
namespace fs = std::filesystem;

namespace {

const std::string kOrders =
    "order_id,ordered_at,rep_id,area,visit_id\n"
    "O1,2026-11-03 17:50,R001,UTR-01,V1\n"
    "O2,2026-11-03 19:00,R001,UTR-01,\n"
    "O3,31-02-2026,R001,UTR-01,\n";  // an impossible date: rejected

}  // namespace

TEST(WatchCommand, OnceImportsEachExportAndSaysWhatItLeftAlone) {
  TempDir dir;
  const std::string in = dir.file("in");
  fs::create_directories(in);
  writeFile(in + "/visits.csv", kVisits);
  writeFile(in + "/orders.csv", kOrders);
  writeFile(in + "/readme.txt", "exports arrive here\n");
  writeFile(dir.file("elsewhere.csv"), kVisits);
  fs::create_symlink(dir.file("elsewhere.csv"), in + "/link.csv");
  const std::string db = "--db " + dir.file("s.sqlite");
  ASSERT_EQ(cli(db + " --quiet import " + std::string(SALESOPS_TEST_DATA) + "/visits-header-only.csv").exitCode, 0);

  CliRun r = cli(db + " watch --once --settle 0.2 " + in);
  // A rejected row and a symbolic link make it 1; readme.txt is simply not an export.
  EXPECT_EQ(r.exitCode, 1) << r.err;
  EXPECT_EQ(r.out, in + "/orders.csv: orders, 2 inserted, 0 updated, 0 unchanged, 1 rejected\n" + in +
                       "/visits.csv: visits, 2 inserted, 0 updated, 0 unchanged, 0 rejected\n");
  EXPECT_EQ(countLines(r.err, "watch: " + in + "/link.csv: a symbolic link, not followed"), 1) << r.err;
  EXPECT_EQ(countLines(r.err, "watch: " + in + "/readme.txt: not an export (.txt)"), 1) << r.err;
  EXPECT_EQ(countLines(r.err, in + "/orders.csv: rejected rows written to " + in + "/orders.rejected.csv"), 1);
  EXPECT_TRUE(fs::exists(in + "/orders.rejected.csv"));

  // The next run knows the files by their content: nothing is imported twice, and the reject file
  // it wrote is not taken for an export.
  CliRun again = cli(db + " watch --once --settle 0 " + in);
  EXPECT_EQ(again.out, "");
  EXPECT_EQ(countLines(again.err, in + "/visits.csv: imported before (import 3, visits.csv): not imported again"), 1)
      << again.err;
  EXPECT_EQ(countLines(again.err, in + "/orders.csv: imported before (import 2, orders.csv): not imported again"), 1)
      << again.err;
  EXPECT_EQ(countLines(again.err, "orders.rejected.csv"), 0) << again.err;

  // Renamed, the same content is still known; changed, it is imported (one row more).
  fs::rename(in + "/visits.csv", in + "/visits-monday.csv");
  std::ofstream(in + "/orders.csv", std::ios::app) << "O4,2026-11-04 10:00,R001,UTR-01,\n";
  CliRun third = cli(db + " watch --once --settle 0 " + in);
  EXPECT_EQ(third.out, in + "/orders.csv: orders, 1 inserted, 0 updated, 2 unchanged, 1 rejected\n") << third.err;
  EXPECT_EQ(countLines(third.err, "visits-monday.csv: imported before (import 3, visits.csv)"), 1) << third.err;
}

TEST(WatchCommand, AFileStillGrowingIsLeftForTheNextRunAndNothingOfItImported) {
  TempDir dir;
  const std::string in = dir.file("in");
  fs::create_directories(in);
  const std::string db = "--db " + dir.file("s.sqlite");
  ASSERT_EQ(cli(db + " --quiet import " + std::string(SALESOPS_TEST_DATA) + "/visits-header-only.csv").exitCode, 0);
  writeFile(in + "/visits.csv", kVisits);

  // A writer that appends a visit every 50 ms for as long as the watch runs: the two looks, a
  // second apart, never see the same file.
  std::atomic<bool> done{false};
  std::thread writer([&] {
    for (int n = 3; !done; ++n) {
      std::ofstream(in + "/visits.csv", std::ios::app)
          << "V" << n << ",2026-11-03 18:30,R001,UTR-01,not_home,d2d,3512AB," << n << "\n";
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  });
  CliRun r = cli(db + " watch --once --settle 1 " + in);
  done = true;
  writer.join();
  EXPECT_EQ(r.exitCode, 1) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(countLines(r.err, in + "/visits.csv: still being written; left for the next run"), 1) << r.err;

  // Once it stopped growing, the next run imports all of it.
  CliRun later = cli(db + " watch --once --settle 0.2 " + in);
  EXPECT_EQ(later.exitCode, 0) << later.err;
  EXPECT_EQ(countLines(later.out, in + "/visits.csv: visits, "), 1) << later.out;
  EXPECT_EQ(countLines(later.out, " 0 updated, 0 unchanged, 0 rejected"), 1) << later.out;
}

TEST(WatchCommand, AnUnreadableExportIsNamedAndNotImported) {
  TempDir dir;
  const std::string in = dir.file("in");
  fs::create_directories(in);
  writeFile(in + "/visits.csv", kVisits);
  ::chmod((in + "/visits.csv").c_str(), 0);
  const std::string db = "--db " + dir.file("s.sqlite");
  ASSERT_EQ(cli(db + " --quiet import " + std::string(SALESOPS_TEST_DATA) + "/visits-header-only.csv").exitCode, 0);
  // The watch runs as a user the permission bits apply to (root reads every file): the store and
  // the folders are theirs to write, only the export is unreadable.
  for (const std::string& path : {dir.file(""), in}) ::chmod(path.c_str(), 0777);
  for (const auto& entry : fs::directory_iterator(dir.file("")))
    if (entry.is_regular_file()) ::chmod(entry.path().c_str(), 0666);
  CliRun r = cli(db + " watch --once --settle 0 " + in, unprivileged());
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(countLines(r.err, in + "/visits.csv: cannot be read: Permission denied; tried again when it changes"), 1)
      << r.err;
}

TEST(WatchCommand, SigtermStopsTheWatchCleanly) {
  TempDir dir;
  const std::string in = dir.file("in");
  fs::create_directories(in);
  writeFile(in + "/visits.csv", kVisits);
  const std::string db = "--db " + dir.file("s.sqlite");
  ASSERT_EQ(cli(db + " --quiet import " + std::string(SALESOPS_TEST_DATA) + "/visits-header-only.csv").exitCode, 0);
  // SIGTERM once the file is imported, not after a fixed time: under load (the asan build, two test
  // processes and a compiler at once) a watch still importing after 8 s was stopped before its line.
  const std::string out = dir.file("watch.out");
  const std::string launcher = dir.file("term-after-import.sh");
  writeFile(launcher, "\"$@\" >" + out + " & pid=$!\n" + "for i in $(seq 600); do grep -q inserted " + out +
                          " && break; sleep 0.1; done\n" + "kill -TERM $pid; wait $pid; status=$?; cat " + out +
                          "; exit $status\n");
  CliRun r = cli(db + " watch --settle 0 --interval 0.1 " + in, "sh " + launcher);
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.out, in + "/visits.csv: visits, 2 inserted, 0 updated, 0 unchanged, 0 rejected\n");
  EXPECT_EQ(countLines(r.err, "watch: stopped"), 1) << r.err;
}

TEST(WatchCommand, UsageAndStoreErrorsExitTwo) {
  TempDir dir;
  const std::string db = "--db " + dir.file("s.sqlite");
  // Only import and demo create a store.
  CliRun missing = cli(db + " watch --once " + dir.file(""));
  EXPECT_EQ(missing.exitCode, 2);
  EXPECT_EQ(countLines(missing.err, "no SalesOps store at " + dir.file("s.sqlite")), 1) << missing.err;
  ASSERT_EQ(cli(db + " --quiet import " + std::string(SALESOPS_TEST_DATA) + "/visits-header-only.csv").exitCode, 0);
  EXPECT_EQ(cli(db + " watch --once " + dir.file("nope")).exitCode, 2);
  EXPECT_EQ(cli(db + " watch --once --settle -1 " + dir.file("")).exitCode, 2);
  EXPECT_EQ(cli(db + " watch --once").exitCode, 2);
}
