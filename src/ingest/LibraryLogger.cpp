// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/ingest/LibraryLogger.h"

#include <map>
#include <memory>
#include <mutex>
#include <spdlog/spdlog.h>
#include <string>

namespace salesops {

spdlog::logger& libraryLogger(const char* name) {
  static std::mutex mutex;
  // Kept here as well as in spdlog's registry: spdlog::drop() must not leave a caller's reference dangling.
  static std::map<std::string, std::shared_ptr<spdlog::logger>> made;
  const std::lock_guard lock(mutex);
  auto& slot = made[name];
  if (!slot) {
    slot = spdlog::get(name);
    if (!slot) {
      slot = spdlog::default_logger()->clone(name);
      spdlog::register_logger(slot);
    }
  }
  return *slot;
}

}  // namespace salesops
