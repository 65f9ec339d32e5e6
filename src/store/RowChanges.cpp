// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowChanges.h"

#include <charconv>

#include "salesops/core/Date.h"
#include "salesops/core/Enums.h"
#include "salesops/core/Money.h"

namespace salesops::store {
namespace {

using Text = std::optional<std::string>;

// Stored times are local wall-clock seconds (Europe/Amsterdam), as the files write them.
Text dateTime(int64_t seconds) { return DateTime::fromSeconds(seconds).toString(); }
Text dateTime(const std::optional<int64_t>& seconds) { return seconds ? dateTime(*seconds) : std::nullopt; }
Text day(const std::optional<int64_t>& days) {
  return days ? Text(Date::fromDays(static_cast<int32_t>(*days)).toString()) : std::nullopt;
}
Text number(double v) {
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}
Text text(const std::string& s) { return s.empty() ? std::nullopt : Text(s); }
template <class Enum>
Text name(int v) {
  return std::string(toString(static_cast<Enum>(v)));
}

}  // namespace

RowFields fieldsOf(const VisitRecord& r, const CodeName& rep, const CodeName& area) {
  return {r.id,
          {{"visited_at", dateTime(r.at)},
           {"rep_id", rep(r.rep)},
           {"area", area(r.area)},
           {"outcome", name<Outcome>(r.outcome)},
           {"channel", name<Channel>(r.channel)},
           {"postcode", text(r.postcode)},
           {"house_number", r.houseNumber ? Text(std::to_string(r.houseNumber)) : std::nullopt},
           {"house_number_addition", text(r.addition)}}};
}

RowFields fieldsOf(const OrderRecord& r, const CodeName& rep, const CodeName& area) {
  return {r.id,
          {{"ordered_at", dateTime(r.at)},
           {"rep_id", rep(r.rep)},
           {"channel", name<Channel>(r.channel)},
           {"area", area(r.area)},
           {"visit_id", text(r.visitId)},
           {"postcode", text(r.postcode)},
           {"house_number", r.houseNumber ? Text(std::to_string(r.houseNumber)) : std::nullopt},
           {"house_number_addition", text(r.addition)},
           {"product", text(r.product)},
           {"monthly_fee", r.feeCents ? Text(Money::fromCents(*r.feeCents).toString()) : std::nullopt},
           {"installed_at", dateTime(r.installedAt)},
           {"first_time_right", r.firstTimeRight ? Text(*r.firstTimeRight ? "true" : "false") : std::nullopt}}};
}

RowFields fieldsOf(const CancellationRecord& r, const CodeName&, const CodeName&) {
  return {r.orderId,
          {{"cancelled_at", dateTime(r.at)},
           {"reason", name<CancelReason>(r.reason)},
           {"reason_text", text(r.reasonText)}}};
}

RowFields fieldsOf(const RepRecord& r, const CodeName& rep, const CodeName&) {
  return {rep(r.rep),
          {{"name", text(r.name)},
           {"team", text(r.team)},
           {"active_from", day(r.activeFrom)},
           {"active_to", day(r.activeTo)}}};
}

RowFields fieldsOf(const AreaRecord& r, const CodeName&, const CodeName& area) {
  return {area(r.area),
          {{"name", text(r.name)},
           {"city", text(r.city)},
           {"homes_passed", std::to_string(r.homesPassed)},
           {"bundling_threshold", r.bundlingThreshold ? number(*r.bundlingThreshold) : std::nullopt}}};
}

RowFields fieldsOf(const TargetRecord& r, const CodeName&, const CodeName&) {
  const std::string level(toString(static_cast<TargetLevel>(r.level)));
  return {r.week + " " + level + (r.key.empty() ? "" : " " + r.key) + " " + r.metric, {{"target", number(r.target)}}};
}

}  // namespace salesops::store
