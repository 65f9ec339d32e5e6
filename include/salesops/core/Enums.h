// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace salesops {

// The numeric values are stored in the database: append new members, never renumber.

enum class Outcome : uint8_t {
  NotHome = 0,
  NoInterest = 1,
  AlreadyCustomer = 2,
  ContractLockIn = 3,
  Callback = 4,
  Quote = 5,
  Sale = 6,
};

enum class Channel : uint8_t { D2d = 0, Htl = 1, PromoBus = 2 };

enum class CancelReason : uint8_t {
  CoolingOff = 0,
  WrongExpectation = 1,
  Price = 2,
  CreditCheck = 3,
  Duplicate = 4,
  Technical = 5,
  Moved = 6,
  Other = 7,
};

enum class CancelStage : uint8_t { PreInstall = 0, PostInstall = 1 };

enum class TargetLevel : uint8_t { All = 0, Team = 1, Rep = 2 };

enum class FileKind : uint8_t { Visits = 0, Orders = 1, Cancellations = 2, Reps = 3, Areas = 4, Targets = 5 };

/// Canonical names as in the spec (`not_home`, `promo_bus`, `pre_install`, `visits`, ...).
std::string_view toString(Outcome v);
std::string_view toString(Channel v);
std::string_view toString(CancelReason v);
std::string_view toString(CancelStage v);
std::string_view toString(TargetLevel v);
std::string_view toString(FileKind v);

/// All members in numeric order, for loops and lists.
template <class E>
std::span<const E> allValues();

/// Canonical name to value (exact match; Dutch aliases are an input concern, see ingest).
template <class E>
std::optional<E> fromString(std::string_view name) {
  for (E v : allValues<E>())
    if (toString(v) == name) return v;
  return std::nullopt;
}

}  // namespace salesops
