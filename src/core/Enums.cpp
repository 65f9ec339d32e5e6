// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/core/Enums.h"

#include <array>

namespace salesops {
namespace {

template <class E, size_t N>
std::string_view nameOf(E v, const std::array<std::string_view, N>& names) {
  const auto i = static_cast<size_t>(v);
  return i < N ? names[i] : std::string_view("?");
}

constexpr std::array<std::string_view, 7> kOutcome = {
    "not_home", "no_interest", "already_customer", "contract_lock_in", "callback", "quote", "sale"};
constexpr std::array<std::string_view, 3> kChannel = {"d2d", "htl", "promo_bus"};
constexpr std::array<std::string_view, 8> kReason = {"cooling_off", "wrong_expectation", "price", "credit_check",
                                                     "duplicate",   "technical",         "moved", "other"};
constexpr std::array<std::string_view, 2> kStage = {"pre_install", "post_install"};
constexpr std::array<std::string_view, 3> kLevel = {"all", "team", "rep"};
constexpr std::array<std::string_view, 6> kKind = {"visits", "orders", "cancellations", "reps", "areas", "targets"};

template <class E, size_t N>
constexpr std::array<E, N> sequence() {
  std::array<E, N> a{};
  for (size_t i = 0; i < N; ++i) a[i] = static_cast<E>(i);
  return a;
}

constexpr auto kOutcomes = sequence<Outcome, 7>();
constexpr auto kChannels = sequence<Channel, 3>();
constexpr auto kReasons = sequence<CancelReason, 8>();
constexpr auto kStages = sequence<CancelStage, 2>();
constexpr auto kLevels = sequence<TargetLevel, 3>();
constexpr auto kKinds = sequence<FileKind, 6>();

}  // namespace

std::string_view toString(Outcome v) { return nameOf(v, kOutcome); }
std::string_view toString(Channel v) { return nameOf(v, kChannel); }
std::string_view toString(CancelReason v) { return nameOf(v, kReason); }
std::string_view toString(CancelStage v) { return nameOf(v, kStage); }
std::string_view toString(TargetLevel v) { return nameOf(v, kLevel); }
std::string_view toString(FileKind v) { return nameOf(v, kKind); }

template <>
std::span<const Outcome> allValues<Outcome>() {
  return kOutcomes;
}
template <>
std::span<const Channel> allValues<Channel>() {
  return kChannels;
}
template <>
std::span<const CancelReason> allValues<CancelReason>() {
  return kReasons;
}
template <>
std::span<const CancelStage> allValues<CancelStage>() {
  return kStages;
}
template <>
std::span<const TargetLevel> allValues<TargetLevel>() {
  return kLevels;
}
template <>
std::span<const FileKind> allValues<FileKind>() {
  return kKinds;
}

}  // namespace salesops
