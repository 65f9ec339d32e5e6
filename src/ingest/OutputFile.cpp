// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/ingest/OutputFile.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <random>
#include <string_view>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace salesops::ingest {
namespace fs = std::filesystem;
namespace {

// Mode 0666 before the umask, as fopen would create it.
constexpr mode_t kFileMode = S_IRUSR | S_IWUSR | S_IRGRP | S_IWGRP | S_IROTH | S_IWOTH;
// NextFreeName gives up after this many taken names rather than loop forever.
constexpr int kMaxNumberedNames = 10000;

std::string errnoText(int e) { return std::strerror(e); }

std::string folderOf(const std::string& path) {
  const fs::path parent = fs::path(path).parent_path();
  return parent.empty() ? std::string(".") : parent.string();
}

std::string randomSuffix() {
  static thread_local std::mt19937_64 rng{std::random_device{}()};
  static constexpr char kChars[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::string s(8, 'x');
  for (char& c : s) c = kChars[rng() % (sizeof kChars - 1)];
  return s;
}

// A hidden name next to `path` that nobody else uses.
std::string hiddenTempName(const std::string& path) {
  const fs::path p(path);
  return (p.parent_path() / ("." + p.filename().string() + "." + randomSuffix() + ".part")).string();
}

// The /proc link of an open descriptor: lets linkat() give an unnamed (O_TMPFILE) file a name
// without CAP_DAC_READ_SEARCH, and lets libraries that open by name reach the file.
std::string procPath(int fd) { return "/proc/self/fd/" + std::to_string(fd); }

// rename() that fails with EEXIST instead of replacing (renameat2, Linux 3.15+; glibc 2.28 has
// the wrapper, called through syscall() so older headers build too).
int renameNoReplace(const std::string& from, const std::string& to) {
#ifdef SYS_renameat2
  constexpr unsigned kNoReplace = 1;  // RENAME_NOREPLACE
  return static_cast<int>(syscall(SYS_renameat2, AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), kNoReplace));
#else
  errno = ENOSYS;
  return -1;
#endif
}

// The descriptor that /dev/stdout, /dev/stderr or /dev/fd/N names, or -1.
int openDescriptor(const std::string& path) {
  if (path == "/dev/stdout") return STDOUT_FILENO;
  if (path == "/dev/stderr") return STDERR_FILENO;
  for (const std::string_view prefix : {"/dev/fd/", "/proc/self/fd/"}) {
    if (path.rfind(prefix, 0) != 0) continue;
    const std::string number = path.substr(prefix.size());
    if (number.empty() || number.find_first_not_of("0123456789") != std::string::npos || number.size() > 6) return -1;
    const int fd = std::stoi(number);
    return ::fcntl(fd, F_GETFD) >= 0 ? fd : -1;
  }
  return -1;
}

void syncFolder(const std::string& path) {
  const int dir = ::open(folderOf(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir < 0) return;
  (void)::fsync(dir);  // best effort: the data itself was synced before the rename
  ::close(dir);
}

}  // namespace

std::string numberedName(const std::string& path, int n) {
  const fs::path p(path);
  return (p.parent_path() / (p.stem().string() + "-" + std::to_string(n) + p.extension().string())).string();
}

Result<std::unique_ptr<OutputFile>> OutputFile::create(const std::string& path, Publish how) {
  std::unique_ptr<OutputFile> out(new OutputFile(path, how));
  if (path.empty() || fs::path(path).filename().empty())
    return makeError("cannot write '" + path + "': not a file name");
  // The program's own output (/dev/stdout, /dev/fd/N) is written where it goes, even when that is
  // a file the shell opened; a device or a pipe (/dev/null, a FIFO) is a stream, not a file that
  // could be left half written or replaced. Both are written directly.
  if (const int stream = openDescriptor(path); stream >= 0) {
    out->fd_ = ::dup(stream);
    if (out->fd_ < 0) return makeError("cannot write " + path + ": " + errnoText(errno));
    out->direct_ = true;
    return out;
  }
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) return makeError("cannot write " + path + ": it is a folder; give a file name");
    if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode)) {
      out->fd_ = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
      if (out->fd_ < 0) return makeError("cannot write " + path + ": " + errnoText(errno));
      out->direct_ = true;
      return out;
    }
  }
  // An unnamed file in the target's folder: same file system, so linking it in is atomic.
  out->fd_ = ::open(folderOf(path).c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, kFileMode);
  if (out->fd_ < 0 && errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL)
    return makeError("cannot write " + path + ": " + errnoText(errno));
  for (int attempt = 0; out->fd_ < 0 && attempt < 100; ++attempt) {
    // O_EXCL and O_NOFOLLOW: never an existing file, never through a symlink.
    const std::string temp = hiddenTempName(path);
    out->fd_ = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, kFileMode);
    if (out->fd_ >= 0)
      out->tempPath_ = temp;
    else if (errno != EEXIST)
      return makeError("cannot write " + path + ": " + errnoText(errno));
  }
  if (out->fd_ < 0) return makeError("cannot write " + path + ": no free temporary name");
  return out;
}

OutputFile::~OutputFile() { discard(); }

std::FILE* OutputFile::stream() {
  if (!stream_ && fd_ >= 0) {
    const int copy = ::dup(fd_);  // the stream closes its own descriptor; fd_ stays for linking
    stream_ = copy >= 0 ? ::fdopen(copy, "wb") : nullptr;
    if (!stream_) {
      if (copy >= 0) ::close(copy);
      failed_ = true;
      return nullptr;
    }
    static constexpr size_t kBuffer = 1 << 20;
    std::setvbuf(stream_, nullptr, _IOFBF, kBuffer);
  }
  return stream_;
}

std::string OutputFile::openablePath() const { return tempPath_.empty() ? procPath(fd_) : tempPath_; }

Result<void> OutputFile::finish() {
  if (finished_) return {};
  finished_ = true;
  bool failed = failed_ || fd_ < 0;
  if (stream_) {
    failed = std::fflush(stream_) != 0 || std::ferror(stream_) != 0 || failed;
    failed = std::fclose(stream_) != 0 || failed;
    stream_ = nullptr;
  }
  if (!failed && ::fsync(fd_) != 0 && errno != EINVAL) failed = true;
  if (failed) {
    failed_ = true;
    return makeError("could not write " + path_ + " completely (disk full?)");
  }
  return {};
}

Result<std::string> OutputFile::commit() {
  if (auto r = finish(); !r) return r.error();
  if (direct_) {
    discard();
    return path_;
  }
  auto published = how_ == Publish::NextFreeName ? publishNextFree() : publishReplacing();
  if (published) syncFolder(*published);
  discard();
  return published;
}

Result<std::string> OutputFile::publishNextFree() {
  for (int n = 1; n <= kMaxNumberedNames; ++n) {
    const std::string name = n == 1 ? path_ : numberedName(path_, n);
    int rc;
    if (tempPath_.empty()) {
      rc = ::linkat(AT_FDCWD, procPath(fd_).c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW);
    } else {
      // A hard link never replaces; file systems without them (FAT, some network shares) get
      // renameat2's no-replace instead.
      rc = ::link(tempPath_.c_str(), name.c_str());
      if (rc != 0 && errno != EEXIST && (rc = renameNoReplace(tempPath_, name)) == 0) tempPath_.clear();
    }
    if (rc == 0) return name;
    if (errno != EEXIST) return makeError("cannot write " + name + ": " + errnoText(errno));
  }
  return makeError("cannot write " + path_ + ": " + std::to_string(kMaxNumberedNames) + " names like it are taken");
}

Result<std::string> OutputFile::publishReplacing() {
  if (tempPath_.empty()) {
    // An unnamed file can only be linked to a free name: give it a hidden one first, then rename.
    for (int attempt = 0; attempt < 100 && tempPath_.empty(); ++attempt) {
      const std::string temp = hiddenTempName(path_);
      if (::linkat(AT_FDCWD, procPath(fd_).c_str(), AT_FDCWD, temp.c_str(), AT_SYMLINK_FOLLOW) == 0)
        tempPath_ = temp;
      else if (errno != EEXIST)
        return makeError("cannot write " + path_ + ": " + errnoText(errno));
    }
    if (tempPath_.empty()) return makeError("cannot write " + path_ + ": no free temporary name");
  }
  // rename() replaces the directory entry: a symlink at `path_` is replaced, its target untouched.
  if (::rename(tempPath_.c_str(), path_.c_str()) != 0)
    return makeError("cannot write " + path_ + ": " + errnoText(errno));
  tempPath_.clear();
  return path_;
}

void OutputFile::discard() {
  if (stream_) {
    std::fclose(stream_);
    stream_ = nullptr;
  }
  if (fd_ >= 0) {
    ::close(fd_);
    fd_ = -1;
  }
  if (!tempPath_.empty()) {
    ::unlink(tempPath_.c_str());
    tempPath_.clear();
  }
}

bool sameFile(const std::string& a, const std::string& b) {
  struct stat sa {
  }, sb{};
  if (::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0)
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
  std::error_code ea, eb;
  const fs::path ca = fs::weakly_canonical(fs::absolute(a, ea), ea);
  const fs::path cb = fs::weakly_canonical(fs::absolute(b, eb), eb);
  return !ea && !eb && ca == cb;
}

Result<void> refuseProtected(const std::string& output, const std::vector<ProtectedFile>& files) {
  for (const ProtectedFile& f : files)
    if (!f.path.empty() && sameFile(output, f.path))
      return makeError("refusing to write " + output + ": it is " + f.what + " (" + f.path + "); choose another name");
  return {};
}

}  // namespace salesops::ingest
