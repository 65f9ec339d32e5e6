// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/ingest/WatchedFolder.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace salesops::ingest {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

bool endsWith(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

FileVersion versionOf(const struct stat& st) {
  return {static_cast<uint64_t>(st.st_size), int64_t{st.st_mtim.tv_sec} * 1000000000 + st.st_mtim.tv_nsec,
          int64_t{st.st_ctim.tv_sec} * 1000000000 + st.st_ctim.tv_nsec, static_cast<uint64_t>(st.st_dev),
          static_cast<uint64_t>(st.st_ino)};
}

// Names nobody exports: dot files (editors' and rsync's temporary files), office lock files.
bool passedOver(std::string_view name) { return name.empty() || name[0] == '.' || name.rfind("~$", 0) == 0; }

std::string extensionOf(std::string_view name) {
  const size_t dot = name.rfind('.');
  return dot == std::string_view::npos ? std::string() : std::string(name.substr(dot));
}

}  // namespace

WatchedFolder::WatchedFolder(std::string dir, int64_t settleMs) : dir_(std::move(dir)), settleMs_(settleMs) {}

bool WatchedFolder::isExportName(std::string_view name) {
  const std::string l = lower(name);
  return endsWith(l, ".csv") || endsWith(l, ".tsv") || endsWith(l, ".xlsx");
}

bool WatchedFolder::isRejectFileName(std::string_view name) {
  const std::string l = lower(name);
  if (endsWith(l, ".rejected.csv")) return true;
  // NAME.rejected-N.csv, the next free name when NAME.rejected.csv was taken.
  const size_t at = l.rfind(".rejected-");
  if (at == std::string::npos || !endsWith(l, ".csv")) return false;
  const std::string_view number = std::string_view(l).substr(at + 10, l.size() - 4 - (at + 10));
  return !number.empty() && std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; });
}

Result<std::vector<WatchEvent>> WatchedFolder::scan(int64_t nowMs) {
  std::unique_ptr<DIR, int (*)(DIR*)> folder(::opendir(dir_.c_str()), ::closedir);
  if (!folder) return makeError("cannot read the folder " + dir_ + ": " + std::strerror(errno));
  std::vector<WatchEvent> events;
  std::map<std::string, Tracked> seen;
  while (const dirent* entry = ::readdir(folder.get())) {
    const std::string name = entry->d_name;
    if (passedOver(name) || isRejectFileName(name)) continue;
    struct stat st {};
    if (::fstatat(::dirfd(folder.get()), name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) continue;  // gone meanwhile
    if (S_ISDIR(st.st_mode)) continue;
    const std::string path = (std::string_view(dir_).ends_with('/') ? dir_ : dir_ + '/') + name;
    const FileVersion version = versionOf(st);
    Tracked t{version, nowMs, false};
    if (auto it = files_.find(name); it != files_.end() && it->second.version == version) t = it->second;
    if (!t.handled) {
      WatchEvent ignored{WatchEvent::Type::Ignored, path, {}, true};
      if (S_ISLNK(st.st_mode)) {
        ignored.reason = "a symbolic link, not followed (copy the export into the folder)";
      } else if (!isExportName(name)) {
        const std::string ext = extensionOf(name);
        ignored.reason = "not an export (" + (ext.empty() ? std::string("no extension") : ext) +
                         "): only .csv, .tsv and .xlsx files are imported";
        ignored.problem = false;
      } else if (!S_ISREG(st.st_mode)) {
        ignored.reason = "not a regular file";
      }
      if (!ignored.reason.empty()) {
        events.push_back(std::move(ignored));
        t.handled = true;
      } else if (nowMs - t.since >= settleMs_) {
        // Readable is asked only now: a file whose permissions are still being set is not told off.
        const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0) {
          events.push_back({WatchEvent::Type::Ignored, path,
                            std::string("cannot be read: ") + std::strerror(errno) + "; tried again when it changes",
                            true});
        } else {
          ::close(fd);
          events.push_back({WatchEvent::Type::Ready, path, {}, false});
        }
        t.handled = true;
      }
    }
    seen.emplace(name, t);
  }
  files_ = std::move(seen);  // a file that is gone is forgotten
  // In name order, so a run imports reps and areas files in a predictable order.
  std::sort(events.begin(), events.end(), [](const WatchEvent& a, const WatchEvent& b) { return a.path < b.path; });
  return events;
}

std::vector<std::string> WatchedFolder::settling() const {
  std::vector<std::string> out;
  for (const auto& [name, t] : files_)
    if (!t.handled) out.push_back(name);
  return out;
}

}  // namespace salesops::ingest
