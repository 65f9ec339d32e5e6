// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <spdlog/spdlog.h>

#include "salesops/ingest/LibraryLogger.h"

namespace salesops::store {

/// The store layer's named logger, made once (thread-safe: a function-local static).
inline spdlog::logger& log() {
  static spdlog::logger& named = libraryLogger("store");
  return named;
}

}  // namespace salesops::store
