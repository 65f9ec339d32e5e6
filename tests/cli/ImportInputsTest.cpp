// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `import` on inputs that are not plain LF files: standard input, a FIFO, lone-CR line ends, a file
// whose lines give no row, a UTF-8 file with a line in another encoding.
#include <chrono>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

#include "CliRunner.h"

using namespace salesops::clitest;

namespace {

// Writes `text` into the FIFO once a reader has opened it; gives up after 20 s without one, so a
// test whose program never opens it fails instead of hanging.
void feedFifo(const std::string& fifo, const std::string& text) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  int fd = -1;
  while ((fd = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK)) < 0 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  if (fd < 0) return;
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  for (size_t done = 0; done < text.size();) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  ::close(fd);
}

}  // namespace

TEST(ImportInputs, DashReadsStandardInputWithKind) {
  TempDir dir;
  writeFile(dir.file("visits.csv"), kVisits);
  CliRun r = cli("--db " + dir.file("s.sqlite") + " import --kind visits - < " + dir.file("visits.csv"));
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.out, "-: visits, 2 inserted, 0 updated, 0 unchanged, 0 rejected\n");
  // Standard input as a pipe (here a FIFO), as a script would give it: the same rows, unchanged.
  const std::string fifo = dir.file("stdin.fifo");
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::thread writer(feedFifo, fifo, kVisits);
  CliRun piped = cli("--db " + dir.file("s.sqlite") + " import --kind visits - < " + fifo);
  writer.join();
  EXPECT_EQ(piped.exitCode, 0) << piped.err;
  EXPECT_EQ(piped.out, "-: visits, 0 inserted, 0 updated, 2 unchanged, 0 rejected\n");
  // Standard input is read once even when it is a file: its rows are compared, not its hash first.
  CliRun again = cli("--db " + dir.file("s.sqlite") + " import --kind visits - < " + dir.file("visits.csv"));
  EXPECT_EQ(again.exitCode, 0) << again.err;
  EXPECT_EQ(again.out, "-: visits, 0 inserted, 0 updated, 2 unchanged, 0 rejected\n");
}

TEST(ImportInputs, DashWithoutKindIsAUsageError) {
  TempDir dir;
  writeFile(dir.file("visits.csv"), kVisits);
  CliRun r = cli("--db " + dir.file("s.sqlite") + " import - < " + dir.file("visits.csv"));
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("standard input ('-') needs --kind"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir.file("s.sqlite")));
}

TEST(ImportInputs, AFifoIsReadOnceAsAStreamWithoutHanging) {
  TempDir dir;
  const std::string fifo = dir.file("visits.fifo");
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::thread writer(feedFifo, fifo, kVisits);
  CliRun r = cli("--db " + dir.file("s.sqlite") + " import " + fifo);
  writer.join();
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.out, fifo + ": visits, 2 inserted, 0 updated, 0 unchanged, 0 rejected\n");
}

TEST(ImportInputs, ImportsLoneCrFilesOfEveryKind) {
  TempDir dir;
  for (const char* kind : {"visits", "orders", "cancellations", "reps", "areas", "targets"}) {
    const std::string file = copyTestData(dir, std::string("cr/") + kind + ".csv");
    CliRun r = cli("--db " + dir.file("s.sqlite") + " import --strict " + file);
    EXPECT_EQ(r.exitCode, 0) << kind << ": " << r.err;
    const std::string rows = std::string(kind) == "visits" ? "3" : "2";
    EXPECT_EQ(r.out, file + ": " + kind + ", " + rows + " inserted, 0 updated, 0 unchanged, 0 rejected\n") << kind;
  }
}

TEST(ImportInputs, AFileWithLinesButNoRowExitsTwo) {
  TempDir dir;
  writeFile(dir.file("visits.csv"),
            "visit_id,visited_at,rep_id,area,outcome,channel,\"note\nV1,2026-11-03 12:00,R1,A1,sale,htl\"\n");
  CliRun r = cli("--db " + dir.file("s.sqlite") + " import " + dir.file("visits.csv"));
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("no row could be read"), std::string::npos) << r.err;
}

TEST(ImportInputs, KeepsUtf8RowsAndRejectsTheLineThatIsNot) {
  TempDir dir;
  const std::string file = copyTestData(dir, "mixed-encoding-reps.csv");
  CliRun r = cli("--db " + dir.file("s.sqlite") + " import --format json " + file);
  EXPECT_EQ(r.exitCode, 1) << r.err;
  EXPECT_NE(r.out.find("\"inserted\": 3, \"updated\": 0, \"unchanged\": 0, \"rejected\": 1"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("\"column\": \"name\", \"value\": \"Ren\\\\xE9 Bakker\", \"reason\": \"not UTF-8\""),
            std::string::npos)
      << r.out;
  EXPECT_NE(readFile(dir.file("mixed-encoding-reps.rejected.csv")).find("Ren\xE9 Bakker"), std::string::npos);
}
