// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stores that can be read but not written (a read-only file or folder, a full disk) and paths with no
// store at all. Root writes where the permission bits say no, so the permission cases run in a child
// process as `nobody` when the tests run as root; a full disk is a file-size limit in a child (writes
// past it fail as on a full disk, reads do not).
#include <csignal>
#include <filesystem>
#include <functional>
#include <gtest/gtest.h>
#include <set>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "StoreSnapshot.h"
#include "TestStores.h"

#include "salesops/store/Importer.h"

using namespace salesops;
using namespace salesops::store;
using namespace salesops::store::testing;
namespace fs = std::filesystem;

namespace {

constexpr uid_t kNobody = 65534;

// Runs `body` in a child process after `setup` (run in the child too) and returns what `body` wrote.
std::string inChild(const std::function<void()>& setup, const std::function<std::string()>& body) {
  int pipeFds[2];
  if (pipe(pipeFds) != 0) return "pipe failed";
  const pid_t pid = fork();
  if (pid == 0) {
    close(pipeFds[0]);
    setup();
    const std::string out = body();
    (void)!write(pipeFds[1], out.data(), out.size());
    _exit(0);
  }
  close(pipeFds[1]);
  std::string out;
  char buffer[512];
  ssize_t n;
  while ((n = read(pipeFds[0], buffer, sizeof buffer)) > 0) out.append(buffer, static_cast<size_t>(n));
  close(pipeFds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  return out;
}

// As a user the permission bits apply to: `nobody` when the tests run as root.
std::string asUnprivileged(const std::function<std::string()>& body) {
  return inChild(
      [] {
        if (geteuid() == 0 && (setgid(kNobody) != 0 || setuid(kNobody) != 0)) _exit(3);
      },
      body);
}

std::set<std::string> listing(const fs::path& dir) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.insert(entry.path().filename().string());
  return names;
}

// What a reader sees of the store, or the error; and whether an import into it was refused as read-only.
std::string readAndTryToImport(const std::string& path, const std::string& csv) {
  auto store = Store::open(path, OpenMode::ReadWrite);
  if (!store) return "error: " + store.error().message;
  std::string out = "readOnly=" + std::to_string((*store)->readOnly()) + " reason=" + (*store)->readOnlyReason() +
                    " visits=" + std::to_string((*store)->counts().visits);
  auto imported = importFile(**store, csv);
  out += imported ? " imported" : " import refused: " + imported.error().message;
  return out;
}

class ReadOnlyStore : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = dir_.file("stores");
    fs::create_directory(folder_);
    path_ = folder_ + "/s.sqlite";
    auto store = Store::open(path_);
    ASSERT_TRUE(store) << store.error().message;
    writeVisits(dir_.file("first.csv"), 1000, 0);
    writeVisits(dir_.file("more.csv"), 10, 5000);
    ASSERT_TRUE(importFile(**store, dir_.file("first.csv")));
    store.value().reset();
    // The child may run as nobody: it reads the inputs and the test folder.
    fs::permissions(dir_.path(), fs::perms::all);
    for (const char* f : {"first.csv", "more.csv"}) fs::permissions(dir_.file(f), fs::perms::all);
    bytes_ = readFile(path_);
    before_ = listing(folder_);
    ASSERT_EQ(before_, (std::set<std::string>{"s.sqlite"}));
  }

  TempDir dir_;
  std::string folder_;
  std::string path_;
  std::string bytes_;
  std::set<std::string> before_;
};

}  // namespace

TEST_F(ReadOnlyStore, AStoreFileWithoutWriteAccessIsReadAndRefusesImports) {
  fs::permissions(folder_, fs::perms::all);
  fs::permissions(path_, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  const std::string seen = asUnprivileged([&] { return readAndTryToImport(path_, dir_.file("more.csv")); });
  EXPECT_NE(seen.find("readOnly=1 reason=no write access"), std::string::npos) << seen;
  EXPECT_NE(seen.find("visits=1000 import refused"), std::string::npos) << seen;
  EXPECT_NE(seen.find("is open read-only; nothing of the file was imported"), std::string::npos) << seen;
  EXPECT_EQ(readFile(path_), bytes_);
}

// The folder takes no new files, so SQLite cannot make the -wal and -shm files it reads a WAL store
// with: the store is read without them (it has no -wal, so its main file is all of it).
TEST_F(ReadOnlyStore, AStoreInAReadOnlyFolderIsReadWithoutAByteWritten) {
  // Its own file, in a folder it cannot write.
  if (geteuid() == 0) {
    ASSERT_EQ(chown(path_.c_str(), kNobody, kNobody), 0);
  }
  fs::permissions(folder_, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                               fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
  const std::string seen = asUnprivileged([&] { return readAndTryToImport(path_, dir_.file("more.csv")); });
  const std::string readOnly = asUnprivileged([&] {
    auto store = Store::open(path_, OpenMode::ReadOnly);
    return store ? "visits=" + std::to_string((*store)->counts().visits) : "error: " + store.error().message;
  });
  fs::permissions(folder_, fs::perms::all);
  EXPECT_NE(seen.find("readOnly=1 reason=no write access"), std::string::npos) << seen;
  EXPECT_NE(seen.find("visits=1000 import refused"), std::string::npos) << seen;
  EXPECT_EQ(readOnly, "visits=1000");
  EXPECT_EQ(listing(folder_), before_);
  EXPECT_EQ(readFile(path_), bytes_);
}

// No room for SQLite's 32 KB -shm index: the store is read, and the reason says the disk is full.
TEST_F(ReadOnlyStore, AStoreOnAFullDiskIsReadAndTheReasonSaysDiskFull) {
  const std::string seen = inChild(
      [] {
        std::signal(SIGXFSZ, SIG_IGN);  // a write past the limit fails (EFBIG) instead of ending the process
        const rlimit limit{4096, 4096};
        setrlimit(RLIMIT_FSIZE, &limit);
      },
      [&] { return readAndTryToImport(path_, dir_.file("more.csv")); });
  EXPECT_NE(seen.find("readOnly=1 reason=the disk is full visits=1000 import refused"), std::string::npos) << seen;
  EXPECT_EQ(readFile(path_), bytes_);
}

TEST(StoreOpenMissing, OnlyCreateMakesAStoreAndTheOtherModesLeaveNoFileBehind) {
  TempDir dir;
  for (const OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
    auto store = Store::open(dir.file("typo.sqlite"), mode);
    ASSERT_FALSE(store);
    EXPECT_EQ(store.error().message, "no SalesOps store at " + dir.file("typo.sqlite"));
    EXPECT_TRUE(fs::is_empty(dir.path()));
  }
  writeFile(dir.file("empty.sqlite"), "");
  for (const OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
    auto store = Store::open(dir.file("empty.sqlite"), mode);
    ASSERT_FALSE(store);
    EXPECT_EQ(store.error().message, "no SalesOps store at " + dir.file("empty.sqlite"));
  }
  EXPECT_EQ(listing(dir.path()), (std::set<std::string>{"empty.sqlite"}));
  EXPECT_EQ(fs::file_size(dir.file("empty.sqlite")), 0u);
  auto created = Store::open(dir.file("typo.sqlite"), OpenMode::Create);
  ASSERT_TRUE(created) << created.error().message;
  EXPECT_FALSE((*created)->readOnly());
}

TEST(StoreOpenMissing, CreatingAStoreInAFolderThatCannotExistSaysWhy) {
  TempDir dir;
  writeFile(dir.file("a-file"), "x");
  auto store = Store::open(dir.file("a-file") + "/s.sqlite", OpenMode::Create);  // even root cannot
  ASSERT_FALSE(store);
  EXPECT_EQ(store.error().message,
            "cannot create a store at " + dir.file("a-file") + "/s.sqlite: " + dir.file("a-file") + " is not a folder");
  auto nowhere = Store::open(dir.file("missing") + "/s.sqlite", OpenMode::Create);
  ASSERT_FALSE(nowhere);
  EXPECT_EQ(nowhere.error().message, "cannot create a store at " + dir.file("missing") + "/s.sqlite: the folder " +
                                         dir.file("missing") + " does not exist");
  EXPECT_EQ(listing(dir.path()), (std::set<std::string>{"a-file"}));
}

// SQLite itself would say "no such file or folder" here (its create falls back to a read-only open).
TEST(StoreOpenMissing, CreatingAStoreInAFolderWithoutWriteAccessSaysSo) {
  TempDir dir;
  const std::string folder = dir.file("locked");
  fs::create_directory(folder);
  fs::permissions(dir.path(), fs::perms::all);
  fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                              fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
  const std::string seen = asUnprivileged([&] {
    auto store = Store::open(folder + "/s.sqlite", OpenMode::Create);
    return store ? std::string("created") : store.error().message;
  });
  EXPECT_EQ(seen, "cannot create a store at " + folder + "/s.sqlite: no write access to the folder " + folder);
  EXPECT_TRUE(fs::is_empty(folder));
}

// A disk that fills up while the new store's schema is written: the error says so and no half-made
// file is left to be taken for a damaged store later. The limit leaves room for the -shm index (32 KB)
// but not for the schema's pages in the write-ahead log.
TEST(StoreOpenMissing, AStoreTheDiskHasNoRoomToFinishIsRemovedAgain) {
  TempDir dir;
  const std::string path = dir.file("s.sqlite");
  const std::string seen = inChild(
      [] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{48 * 1024, 48 * 1024};
        setrlimit(RLIMIT_FSIZE, &limit);
      },
      [&] {
        auto store = Store::open(path, OpenMode::Create);
        return store ? std::string("created") : store.error().message;
      });
  // SQLite reports a write past the size limit as an input/output error (a full disk as SQLITE_FULL).
  EXPECT_EQ(seen, "cannot create a store at " + path + ": input/output error");
  EXPECT_TRUE(fs::is_empty(dir.path())) << *fs::directory_iterator(dir.path());
  auto later = Store::open(path, OpenMode::Create);  // with room, the same path makes a store
  ASSERT_TRUE(later) << later.error().message;
}

TEST(FailureText, NamesAReadOnlyFileSystemAFullDiskAndADamagedFileForWhatTheyAre) {
  EXPECT_EQ(describeFailure(SQLITE_IOERR_SHMSIZE, 0, "disk I/O error"), "the disk is full");
  EXPECT_EQ(describeFailure(SQLITE_FULL, 0, "database or disk is full"), "the disk is full");
  EXPECT_EQ(describeFailure(SQLITE_CANTOPEN, ENOSPC, "unable to open database file"), "the disk is full");
  EXPECT_EQ(describeFailure(SQLITE_CANTOPEN, EROFS, "unable to open database file"), "a read-only file system");
  EXPECT_EQ(describeFailure(SQLITE_READONLY_CANTINIT, 0, "attempt to write a readonly database"),
            "no write access to the file or its folder");
  EXPECT_EQ(describeFailure(SQLITE_IOERR_READ, EIO, "disk I/O error"), "input/output error (Input/output error)");
  EXPECT_EQ(describeFailure(SQLITE_NOTADB, 0, "file is not a database"), "damaged or not a database");
  EXPECT_TRUE(isWriteRefusal(SQLITE_READONLY_CANTINIT));
  EXPECT_TRUE(isWriteRefusal(SQLITE_IOERR_SHMSIZE));
  EXPECT_FALSE(isWriteRefusal(SQLITE_NOTADB));
  EXPECT_FALSE(isWriteRefusal(SQLITE_IOERR_READ));
}
