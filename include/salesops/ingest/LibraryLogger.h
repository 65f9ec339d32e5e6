// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace spdlog {
class logger;
}

namespace salesops {

/// The named logger of a library layer ("ingest", "store"). Its sinks are whatever the app set up on
/// the default logger (libraries never choose sinks), so it is cloned from that and registered,
/// under one lock for every name: threads that ask at once get the same logger, never spdlog's
/// "logger with name ... already exists". Callers keep it in a function-local static.
spdlog::logger& libraryLogger(const char* name);

}  // namespace salesops
