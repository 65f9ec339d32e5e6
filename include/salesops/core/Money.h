// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <compare>
#include <cstdint>
#include <string>

namespace salesops {

/// An amount in euro, held as integer cents so sums are exact (never a double).
class Money {
 public:
  constexpr Money() = default;
  static constexpr Money fromCents(int64_t cents) { return Money(cents); }
  constexpr int64_t cents() const { return cents_; }

  /// `42.50`, `-3.05`: always two decimals and a point; the UI formats by locale.
  std::string toString() const;

  constexpr Money operator+(Money o) const { return Money(cents_ + o.cents_); }
  constexpr Money operator-(Money o) const { return Money(cents_ - o.cents_); }
  constexpr Money& operator+=(Money o) {
    cents_ += o.cents_;
    return *this;
  }
  constexpr Money& operator-=(Money o) {
    cents_ -= o.cents_;
    return *this;
  }
  constexpr auto operator<=>(const Money&) const = default;

 private:
  constexpr explicit Money(int64_t cents) : cents_(cents) {}
  int64_t cents_ = 0;
};

}  // namespace salesops
