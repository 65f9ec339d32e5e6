// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <span>

namespace salesops::demo {

/// One step of splitmix64 (Steele, Lea, Flood 2014): turns a plain seed into well-mixed state words.
inline uint64_t splitMix64(uint64_t& state) {
  uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

/// xoshiro256** (Blackman, Vigna) with our own distribution helpers. The std:: engines are portable but
/// the std:: distributions are not, and the demo data must be the same bytes on every platform.
class Random {
 public:
  explicit Random(uint64_t seed) {
    uint64_t s = seed;
    for (uint64_t& word : s_) word = splitMix64(s);
  }

  /// A generator in exactly this state, to check against the reference implementation's vectors.
  static Random fromState(const std::array<uint64_t, 4>& state) {
    Random r(0);
    for (size_t i = 0; i < 4; ++i) r.s_[i] = state[i];
    return r;
  }

  uint64_t next() {
    const uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }

  /// Uniform in [0, 1) with 53 random bits.
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

  bool chance(double p) { return uniform() < p; }

  /// Uniform in [0, n) by Lemire's multiply-shift; the bias (< n / 2^32) is irrelevant for demo data.
  uint32_t below(uint32_t n) { return static_cast<uint32_t>(((next() >> 32) * static_cast<uint64_t>(n)) >> 32); }

  /// Uniform integer in [lo, hi], both inclusive.
  int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<uint32_t>(hi - lo + 1))); }

  /// Index i with probability weights[i] / sum(weights); weights must not all be zero.
  size_t pick(std::span<const double> weights) {
    double total = 0;
    for (double w : weights) total += w;
    double u = uniform() * total;
    size_t last = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
      if (weights[i] <= 0) continue;
      if (u < weights[i]) return i;
      u -= weights[i];
      last = i;
    }
    return last;  // only reached through rounding in the subtractions
  }

 private:
  static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  uint64_t s_[4];
};

}  // namespace salesops::demo
