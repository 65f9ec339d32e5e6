// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <exception>
#include <string>
#include <utility>

#include "salesops/core/Result.h"

namespace salesops::ui {

/// Runs `work` (which returns a Result) and turns an exception into an error value. Work on a worker
/// thread goes through this: an exception must not reach a Qt slot (QFuture would rethrow it there,
/// and leaving a slot by an exception ends the program).
template <class F>
auto guarded(F&& work) noexcept -> decltype(work()) {
  try {
    return std::forward<F>(work)();
  } catch (const std::exception& e) {
    return makeError(std::string("unexpected error: ") + e.what());
  } catch (...) {
    return makeError("unexpected error");
  }
}

}  // namespace salesops::ui
