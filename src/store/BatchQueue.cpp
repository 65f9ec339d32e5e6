// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchQueue.h"

namespace salesops::store {

BatchQueue::BatchQueue(size_t batches) {
  for (size_t i = 0; i < batches; ++i) empty_.push_back(std::make_unique<ingest::RowBatch>());
}

std::unique_ptr<ingest::RowBatch> BatchQueue::takeEmpty() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return closed_ || !empty_.empty(); });
  if (closed_) return nullptr;
  auto b = std::move(empty_.front());
  empty_.pop_front();
  return b;
}

void BatchQueue::push(Item item) {
  {
    std::lock_guard lock(mutex_);
    full_.push_back(std::move(item));
  }
  changed_.notify_all();
}

void BatchQueue::finish(std::optional<std::string> error) {
  {
    std::lock_guard lock(mutex_);
    finished_ = true;
    error_ = std::move(error);
  }
  changed_.notify_all();
}

std::optional<BatchQueue::Item> BatchQueue::pop() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return finished_ || !full_.empty(); });
  if (full_.empty()) return std::nullopt;
  Item item = std::move(full_.front());
  full_.pop_front();
  return item;
}

void BatchQueue::giveBack(std::unique_ptr<ingest::RowBatch> batch) {
  {
    std::lock_guard lock(mutex_);
    empty_.push_back(std::move(batch));
  }
  changed_.notify_all();
}

void BatchQueue::close() {
  {
    std::lock_guard lock(mutex_);
    closed_ = true;
  }
  changed_.notify_all();
}

std::optional<std::string> BatchQueue::error() const {
  std::lock_guard lock(mutex_);
  return error_;
}

}  // namespace salesops::store
