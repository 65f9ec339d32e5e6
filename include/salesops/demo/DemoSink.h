// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "salesops/core/Result.h"
#include "salesops/ingest/Rows.h"

namespace salesops::demo {

/// Receives the demo data in batches, so any volume is generated in bounded memory.
///
/// Call order: `reps`, `areas`, `targets` once each with all their rows; then, day by day, `visits`,
/// `orders` and `cancellations` in batches of 1 to demo::kMaxBatchRows rows; finally `finish` once.
/// An order arrives in the same or a later call than its visit, and a cancellation after its order
/// (the planted data-quality issues excepted). The vectors are reused by the generator: copy what you
/// keep. An error returned by any call stops the generation and is handed back by demo::generate.
class DemoSink {
 public:
  virtual ~DemoSink();

  virtual Result<void> reps(const std::vector<ingest::RepRow>& rows) = 0;
  virtual Result<void> areas(const std::vector<ingest::AreaRow>& rows) = 0;
  virtual Result<void> targets(const std::vector<ingest::TargetRow>& rows) = 0;
  virtual Result<void> visits(const std::vector<ingest::VisitRow>& rows) = 0;
  virtual Result<void> orders(const std::vector<ingest::OrderRow>& rows) = 0;
  virtual Result<void> cancellations(const std::vector<ingest::CancellationRow>& rows) = 0;
  /// After the last batch: flush and report what could not be written. Not called after an error.
  virtual Result<void> finish() { return {}; }
};

}  // namespace salesops::demo
