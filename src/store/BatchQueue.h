// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "salesops/ingest/Rows.h"

namespace salesops::store {

/// Hands parsed batches from the parsing thread to the writing thread. A fixed set of batches goes
/// round (parse -> write -> parse), so memory stays bounded however large the file, and their
/// vectors keep their capacity instead of reallocating per batch.
class BatchQueue {
 public:
  struct Item {
    std::unique_ptr<ingest::RowBatch> batch;
    uint64_t bytesConsumed = 0;
  };

  explicit BatchQueue(size_t batches);

  // Producer side.
  /// An empty batch to fill; nullptr once the consumer has closed the queue.
  std::unique_ptr<ingest::RowBatch> takeEmpty();
  void push(Item item);
  /// No more batches; `error` set when parsing failed.
  void finish(std::optional<std::string> error = std::nullopt);

  // Consumer side.
  /// The next filled batch, or nullopt at the end (see error()).
  std::optional<Item> pop();
  void giveBack(std::unique_ptr<ingest::RowBatch> batch);
  /// Stops the producer at its next step.
  void close();
  std::optional<std::string> error() const;

 private:
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::unique_ptr<ingest::RowBatch>> empty_;
  std::deque<Item> full_;
  bool finished_ = false;
  bool closed_ = false;
  std::optional<std::string> error_;
};

}  // namespace salesops::store
