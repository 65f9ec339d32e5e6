// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>

namespace salesops::clitest {

/// The week most command tests ask for: Sat 21 to Fri 27 November 2026, as of the Saturday after.
inline const std::string kWeek = " --from 2026-11-21 --to 2026-11-27 --as-of 2026-11-28";
/// Two visits of one rep: a sale and a not-home, postcodes written with and without a space.
inline const std::string kVisits =
    "visit_id,visited_at,rep_id,area,outcome,channel,postcode,house_number\n"
    "V1,2026-11-03 17:45,R001,UTR-01,sale,d2d,3512 AB,10\n"
    "V2,2026-11-03 18:05,R001,UTR-01,not_home,d2d,3512AB,12A\n";
#ifdef SALESOPS_SOURCE_DIR
/// The sample exports of the source tree (data/), for the team-server tests.
inline const std::string kSample = std::string(SALESOPS_SOURCE_DIR) + "/data/";
#endif

struct CliRun {
  int exitCode = -1;
  std::string out;  ///< stdout
  std::string err;  ///< stderr
};

/// Runs `salesops-cli ARGS` through the shell (ARGS already quoted as needed), after `launcher` when
/// given (a command that runs the program, such as one that changes the user).
CliRun cli(const std::string& args, const std::string& launcher = "");

/// A fresh folder, removed afterwards.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

std::string readFile(const std::string& path);
void writeFile(const std::string& path, const std::string& text);
/// Copies tests/data/NAME into `dir` and returns the copy's path.
std::string copyTestData(const TempDir& dir, const std::string& name);
/// Number of lines of `text` that contain `needle`.
int countLines(const std::string& text, const std::string& needle);
/// A cli() launcher for tests about permissions: root reads and writes whatever the permission
/// bits say, so as root the program runs as `nobody`; as anyone else it runs as is.
std::string unprivileged();

}  // namespace salesops::clitest
