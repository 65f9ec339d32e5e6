// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Enum values with the Dutch aliases of data-formats.md. The aliases are an input concern, so they
// live here and not in core's canonical names.
#include <span>
#include <utility>

#include "salesops/ingest/FieldParsers.h"

namespace salesops::ingest {
namespace {

constexpr size_t kMaxName = 32;

// Lower-case ASCII with spaces and hyphens read as `_`, as normalizeColumnName does for headers,
// but into a stack buffer: this runs for several fields of every row. False when too long to be
// any name.
bool normalise(std::string_view text, char (&buf)[kMaxName], std::string_view& out) {
  const std::string_view t = trimmed(text);
  if (t.size() > kMaxName) return false;
  for (size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    if (c == ' ' || c == '-') c = '_';
    buf[i] = c;
  }
  out = std::string_view(buf, t.size());
  return true;
}

template <class E>
using Alias = std::pair<std::string_view, E>;

constexpr Alias<Outcome> kOutcomeAliases[] = {
    {"niet_thuis", Outcome::NotHome},
    {"geen_interesse", Outcome::NoInterest},
    {"al_klant", Outcome::AlreadyCustomer},
    {"contractvast", Outcome::ContractLockIn},
    {"terugkomen", Outcome::Callback},
    {"terugbellen", Outcome::Callback},
    {"offerte", Outcome::Quote},
    {"verkoop", Outcome::Sale},
    {"order", Outcome::Sale},
};
constexpr Alias<Channel> kChannelAliases[] = {{"deur", Channel::D2d}, {"promotiebus", Channel::PromoBus}};
constexpr Alias<CancelReason> kReasonAliases[] = {
    {"bedenktijd", CancelReason::CoolingOff}, {"verkeerde_verwachting", CancelReason::WrongExpectation},
    {"prijs", CancelReason::Price},           {"dubbel", CancelReason::Duplicate},
    {"technisch", CancelReason::Technical},   {"verhuisd", CancelReason::Moved},
    {"overig", CancelReason::Other},
};

template <class E>
std::optional<E> lookup(std::string_view text, std::span<const Alias<E>> aliases) {
  char buf[kMaxName];
  std::string_view name;
  if (!normalise(text, buf, name) || name.empty()) return std::nullopt;
  for (E v : allValues<E>())
    if (toString(v) == name) return v;
  for (const auto& [alias, v] : aliases)
    if (alias == name) return v;
  return std::nullopt;
}

template <class E>
Parsed<E> parseEnum(std::string_view text, std::span<const Alias<E>> aliases, std::string_view why) {
  if (const auto v = lookup(text, aliases)) return {*v, {}};
  return Parsed<E>::fail(why);
}

}  // namespace

Parsed<Outcome> parseOutcome(std::string_view t) {
  return parseEnum<Outcome>(t, kOutcomeAliases, reason::kUnknownOutcome);
}
Parsed<Channel> parseChannel(std::string_view t) {
  return parseEnum<Channel>(t, kChannelAliases, reason::kUnknownChannel);
}
// The spec gives no Dutch aliases for levels.
Parsed<TargetLevel> parseTargetLevel(std::string_view t) {
  return parseEnum<TargetLevel>(t, {}, reason::kUnknownLevel);
}

ReasonParse parseCancelReason(std::string_view t) {
  if (const auto v = lookup<CancelReason>(t, kReasonAliases)) return {*v, true};
  return {CancelReason::Other, false};
}

}  // namespace salesops::ingest
