// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "salesops/core/Result.h"

namespace salesops::ingest {

/// One version of a file. When any of these changes the file is another version: more bytes, a
/// write, a chmod (ctime: an unreadable file made readable), or another file under the same name.
struct FileVersion {
  uint64_t size = 0;
  int64_t mtimeNs = 0;
  int64_t ctimeNs = 0;
  uint64_t device = 0;
  uint64_t inode = 0;
  bool operator==(const FileVersion&) const = default;
};

/// What one look at a watched folder found about one file.
struct WatchEvent {
  enum class Type {
    Ready,    ///< an export, the same version for the settle time: import it now
    Ignored,  ///< not imported, with the reason; said once per version of the file
  };
  Type type = Type::Ready;
  std::string path;
  std::string reason;  ///< Ignored: why, for the log
  /// Ignored only: the file looks like an export but cannot be imported (unreadable, a symbolic
  /// link, not a regular file); false for a file that is simply no export (`notes.txt`).
  bool problem = false;
};

/// The settle rule of a watched exports folder, one for `salesops-cli watch` and the window: an
/// export (.csv, .tsv, .xlsx) is ready once a look at the folder finds the same version of it as a
/// look at least the settle time earlier, so a file still being written, copied or downloaded is
/// left alone until it stops changing. Each version is reported once: a ready file is not ready
/// again until it changes. Symbolic links are not followed (an export is copied into the folder),
/// hidden files, lock files (`~$x.xlsx`) and our own reject files (`x.rejected.csv`) are passed
/// over silently. Times are the caller's (a steady clock in milliseconds), so the rule is tested
/// without waiting.
class WatchedFolder {
 public:
  WatchedFolder(std::string dir, int64_t settleMs);

  /// Looks at the folder at `nowMs`. An Error when the folder cannot be listed (missing, not a
  /// folder, unreadable).
  Result<std::vector<WatchEvent>> scan(int64_t nowMs);

  /// Exports seen whose settle time has not passed yet (being written, or seen by one look only).
  std::vector<std::string> settling() const;

  const std::string& dir() const { return dir_; }
  int64_t settleMs() const { return settleMs_; }

  /// `.csv`, `.tsv` or `.xlsx`, in any case.
  static bool isExportName(std::string_view name);
  /// A reject file an import wrote: `NAME.rejected.csv`, `NAME.rejected-2.csv`, ...
  static bool isRejectFileName(std::string_view name);

 private:
  struct Tracked {
    FileVersion version;
    int64_t since = 0;     ///< when this version was first seen
    bool handled = false;  ///< reported (ready or ignored): not again until the version changes
  };
  std::string dir_;
  int64_t settleMs_;
  std::map<std::string, Tracked> files_;  ///< by name
};

}  // namespace salesops::ingest
