// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers of the reliability tests (faults, kills, concurrency): a store's whole content as text,
// generated exports, and child processes.

#include <functional>
#include <string>
#include <sys/types.h>

#include "salesops/store/Store.h"

namespace salesops::store::testing {

/// Every row of every table, in key order, as text (the import log without its clock times): two
/// stores with equal snapshots hold the same data, rollups and log.
std::string snapshot(Store& store);
/// The snapshot of the store file at `path`, opened read-only.
std::string snapshotOf(const std::string& path);

/// Writes a visits export of `rows` rows with ids `V000000000 + firstId...`; `variant` changes the
/// values (not the ids), so two variants of overlapping ids update each other's rows.
void writeVisits(const std::string& path, int rows, int firstId, int variant = 0);

/// Runs `body` in a forked child, which exits with its return value; returns the child's pid.
pid_t forkChild(const std::function<int()>& body);
/// Waits for the child; its raw wait status.
int waitChild(pid_t pid);

/// Copies a closed store file (no -wal/-shm next to it) to `to`, replacing whatever store was there.
void copyStore(const std::string& from, const std::string& to);

}  // namespace salesops::store::testing
