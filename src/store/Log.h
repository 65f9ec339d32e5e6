// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <spdlog/spdlog.h>

#include <memory>

namespace salesops::store {

/// The store layer's named logger. Its sinks are whatever the app set up on the default logger
/// (libraries never choose sinks), so it is cloned from that on first use.
inline spdlog::logger& log() {
  static std::shared_ptr<spdlog::logger> logger = [] {
    auto l = spdlog::get("store");
    if (!l) {
      l = spdlog::default_logger()->clone("store");
      spdlog::register_logger(l);
    }
    return l;
  }();
  return *logger;
}

}  // namespace salesops::store
