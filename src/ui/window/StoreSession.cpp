// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/StoreSession.h"

#include <map>

namespace salesops::ui {

StoreSession::StoreSession(QString path, QObject* parent) : QObject(parent), path_(std::move(path)) {}

Result<kpi::ReadSession*> StoreSession::connection(const std::string& path) {
  // One connection per pool thread, kept open while the thread lives: it saves reopening (and
  // re-reading the schema) per query. QtConcurrent's global pool ends a thread idle for 30 s; its
  // thread_local map then closes the connection, and the next query's thread opens its own.
  thread_local std::map<std::string, std::unique_ptr<kpi::ReadSession>> open;
  auto& slot = open[path];
  if (!slot) {
    auto opened = kpi::ReadSession::open(path);
    if (!opened) return opened.error();
    slot = std::move(opened.value());
  }
  return slot.get();
}

}  // namespace salesops::ui
