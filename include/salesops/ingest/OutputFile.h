// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "salesops/core/Result.h"

namespace salesops::ingest {

/// How a finished output takes its name.
enum class Publish {
  /// Replaces whatever has the name: the file, or a symlink itself (never the symlink's target).
  /// For exports and reports, where the user named the file to write.
  Replace,
  /// Never replaces anything: when the name is taken (by a file, a folder or a symlink, even a
  /// dangling one) the next free one is used: `NAME-2.csv`, `NAME-3.csv`, ... Chosen atomically,
  /// so two programs writing at once never pick the same name. For reject files.
  NextFreeName,
};

/// A file written whole or not at all. The bytes go to a temporary file in the target's folder
/// (an unnamed one where the file system allows, so a killed program leaves nothing behind, else a
/// hidden `.NAME.XXXXXX.part`), and only commit() gives it its name, after flushing it to disk.
/// Destroying it without commit() removes the temporary file. A device or a pipe (/dev/null,
/// /dev/stdout, a FIFO) is written directly: it is a stream, not a file to replace.
class OutputFile {
 public:
  static Result<std::unique_ptr<OutputFile>> create(const std::string& path, Publish how);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  /// The name asked for (the published name may differ, see Publish::NextFreeName).
  const std::string& path() const { return path_; }
  /// The temporary file's descriptor, for writers that take one (QFile::open(int, ...)).
  int fd() const { return fd_; }
  /// A buffered stream on fd(), owned by this object.
  std::FILE* stream();
  /// A path that opens the temporary file itself, for libraries that open files by name.
  std::string openablePath() const;

  /// Flushes the stream and the file to disk; reports any write error (e.g. a full disk) on the way.
  /// After this only commit() or destruction.
  Result<void> finish();
  /// finish(), then gives the file its name; returns the name it got.
  Result<std::string> commit();

 private:
  OutputFile(std::string path, Publish how) : path_(std::move(path)), how_(how) {}
  Result<std::string> publishNextFree();
  Result<std::string> publishReplacing();
  void discard();

  std::string path_;
  Publish how_;
  int fd_ = -1;
  std::FILE* stream_ = nullptr;
  std::string tempPath_;  ///< empty for an unnamed temporary file
  bool direct_ = false;   ///< a device or a pipe, written as it is
  bool finished_ = false;
  bool failed_ = false;
};

/// `NAME.csv` -> `NAME-n.csv` (n >= 2): the names Publish::NextFreeName tries after `path`.
std::string numberedName(const std::string& path, int n);

/// True when `a` and `b` are one file: the same device and inode when both exist, so `./x`, `x`,
/// a hard link or a symlink to it all match; otherwise the same absolute path once `.`, `..` and the
/// symlinks of its existing folders are resolved.
bool sameFile(const std::string& a, const std::string& b);

/// A file an output must never be written over, with what it is for the message ("the input").
struct ProtectedFile {
  std::string path;
  std::string what;
};

/// Refuses an output path that is one of `files` (sameFile), with a message that names both.
Result<void> refuseProtected(const std::string& output, const std::vector<ProtectedFile>& files);

}  // namespace salesops::ingest
