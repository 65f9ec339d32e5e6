// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowValidator.h"

#include "salesops/core/KpiCatalogue.h"
#include "salesops/core/KpiNames.h"

namespace salesops::ingest {
namespace {

constexpr std::string_view kEmpty = "required value is empty";
constexpr std::string_view kRequiredD2d = "required for d2d visits";
constexpr std::string_view kNegative = "must be 0 or more";
constexpr std::string_view kNotFraction = "must be between 0 and 1 (or 0% and 100%)";
constexpr std::string_view kDuplicate = "duplicate: this id appeared earlier in the file";
constexpr std::string_view kKeyForAll = "must be empty for level all";
constexpr std::string_view kKeyRequired = "required for level team or rep (the team name or rep id)";
constexpr std::string_view kNotKpi = "not a KPI name (see the KPI definitions)";
constexpr std::string_view kNoPercent = "a percentage is only accepted for a rate";
constexpr std::string_view kBeforeFrom = "is before active_from";

}  // namespace

RowValidator::RowValidator(ColumnMapping mapping, size_t headerSize)
    : mapping_(std::move(mapping)), headerSize_(headerSize) {}

std::string_view RowValidator::raw(Column c) const {
  const int i = mapping_[c];
  return i >= 0 && static_cast<size_t>(i) < record_->size() ? (*record_)[static_cast<size_t>(i)] : std::string_view{};
}

bool RowValidator::fail(Column c, std::string_view reason) {
  failure_ = {columnName(c), raw(c), reason};
  return false;
}

bool RowValidator::requiredText(Column c, std::string& out) {
  const std::string_view v = value(c);
  if (v.empty()) return fail(c, kEmpty);
  out.assign(v);
  return true;
}

void RowValidator::optionalText(Column c, std::string& out) { out.assign(value(c)); }

template <class T, class Parse>
bool RowValidator::required(Column c, Parse parse, T& out) {
  const std::string_view v = value(c);
  if (v.empty()) return fail(c, kEmpty);
  const auto parsed = parse(v);
  if (!parsed) return fail(c, parsed.error);
  out = parsed.value;
  return true;
}

template <class T, class Parse>
bool RowValidator::optional(Column c, Parse parse, T& out) {
  const std::string_view v = value(c);
  if (v.empty()) return true;
  const auto parsed = parse(v);
  if (!parsed) return fail(c, parsed.error);
  out = parsed.value;
  return true;
}

bool RowValidator::address(bool required, std::string& postcode, int32_t& number, std::string& addition) {
  if (const std::string_view pc = value(Column::Postcode); pc.empty()) {
    if (required) return fail(Column::Postcode, kRequiredD2d);
  } else if (const auto parsed = parsePostcode(pc)) {
    postcode.assign(parsed.value.view());
  } else if (required) {
    return fail(Column::Postcode, parsed.error);
  } else {
    postcode.assign(pc);  // not required here, so not an error: kept as written rather than lost
  }
  if (const std::string_view hn = value(Column::HouseNumber); hn.empty()) {
    if (required) return fail(Column::HouseNumber, kRequiredD2d);
  } else {
    const auto parsed = parseHouseNumber(hn);
    if (!parsed) return fail(Column::HouseNumber, parsed.error);
    number = parsed.value.number;
    addition.assign(parsed.value.addition);
  }
  if (const std::string_view add = value(Column::HouseNumberAddition); !add.empty()) addition.assign(add);
  return true;
}

void RowValidator::expectId(std::string_view id) {
  idHash_ = SeenIdSet::hash(id);
  seen_.prefetch(idHash_);
}

bool RowValidator::isDuplicate(Column column) {
  if (seen_.insertHash(idHash_)) return false;
  failure_ = {columnName(column), column == Column::Week ? std::string_view(key_) : raw(column), kDuplicate};
  return true;
}

bool RowValidator::visit(VisitRow& row) {
  if (!requiredText(Column::VisitId, row.visitId)) return false;
  expectId(row.visitId);
  if (!required(Column::VisitedAt, parseDateTime, row.visitedAt) || !requiredText(Column::RepId, row.repId) ||
      !requiredText(Column::Area, row.area) || !required(Column::Outcome, parseOutcome, row.outcome) ||
      !optional(Column::Channel, parseChannel, row.channel))
    return false;
  if (!address(row.channel == Channel::D2d, row.postcode, row.houseNumber, row.addition)) return false;
  return !isDuplicate(Column::VisitId);
}

bool RowValidator::order(OrderRow& row) {
  if (!requiredText(Column::OrderId, row.orderId)) return false;
  expectId(row.orderId);
  if (!required(Column::OrderedAt, parseDateTime, row.orderedAt) || !requiredText(Column::RepId, row.repId) ||
      !optional(Column::Channel, parseChannel, row.channel) || !requiredText(Column::Area, row.area))
    return false;
  optionalText(Column::VisitId, row.visitId);
  if (!address(false, row.postcode, row.houseNumber, row.addition)) return false;
  optionalText(Column::Product, row.product);
  if (!optional(Column::MonthlyFee, parseMoney, row.monthlyFee)) return false;
  if (row.monthlyFee && row.monthlyFee->cents() < 0) return fail(Column::MonthlyFee, kNegative);
  if (!optional(Column::InstalledAt, parseDateTime, row.installedAt) ||
      !optional(Column::FirstTimeRight, parseBool, row.firstTimeRight))
    return false;
  return !isDuplicate(Column::OrderId);
}

bool RowValidator::cancellation(CancellationRow& row) {
  if (!requiredText(Column::OrderId, row.orderId) || !required(Column::CancelledAt, parseDateTime, row.cancelledAt))
    return false;
  if (const std::string_view reason = value(Column::Reason); !reason.empty()) {
    const ReasonParse parsed = parseCancelReason(reason);
    row.reason = parsed.reason;
    if (!parsed.known) row.reasonText.assign(reason);
  }
  // An order is cancelled at most once.
  expectId(row.orderId);
  return !isDuplicate(Column::OrderId);
}

bool RowValidator::rep(RepRow& row) {
  if (!requiredText(Column::RepId, row.repId) || !requiredText(Column::Name, row.name) ||
      !requiredText(Column::Team, row.team) || !optional(Column::ActiveFrom, parseDate, row.activeFrom) ||
      !optional(Column::ActiveTo, parseDate, row.activeTo))
    return false;
  if (row.activeFrom && row.activeTo && *row.activeTo < *row.activeFrom) return fail(Column::ActiveTo, kBeforeFrom);
  expectId(row.repId);
  return !isDuplicate(Column::RepId);
}

bool RowValidator::area(AreaRow& row) {
  if (!requiredText(Column::Area, row.area)) return false;
  optionalText(Column::Name, row.name);
  if (!requiredText(Column::City, row.city) || !required(Column::HomesPassed, parseInteger, row.homesPassed))
    return false;
  if (row.homesPassed < 0) return fail(Column::HomesPassed, kNegative);
  Rate threshold;
  if (const std::string_view v = value(Column::BundlingThreshold); !v.empty()) {
    if (!required(Column::BundlingThreshold, parseRate, threshold)) return false;
    if (threshold.fraction < 0 || threshold.fraction > 1) return fail(Column::BundlingThreshold, kNotFraction);
    row.bundlingThreshold = threshold.fraction;
  }
  expectId(row.area);
  return !isDuplicate(Column::Area);
}

bool RowValidator::target(TargetRow& row) {
  if (!required(Column::Week, parseIsoWeek, row.week) || !required(Column::Level, parseTargetLevel, row.level))
    return false;
  optionalText(Column::Key, row.key);
  if (row.level == TargetLevel::All && !row.key.empty()) return fail(Column::Key, kKeyForAll);
  if (row.level != TargetLevel::All && row.key.empty()) return fail(Column::Key, kKeyRequired);
  if (!requiredText(Column::Metric, row.metric)) return false;
  row.metric = normalizeColumnName(row.metric);  // KPI names are spelled like column names
  if (!isKpiName(row.metric)) return fail(Column::Metric, kNotKpi);

  // Only a share is held to 0..1: a target of 6 visits per hour (a pace, not a fraction) is fine.
  const KpiDefinition* def = findKpi(row.metric);
  const bool share = def->kind == KpiKind::Rate && def->fraction;
  const std::string_view text = value(Column::Target);
  if (text.empty()) return fail(Column::Target, kEmpty);
  const auto parsed = parseRate(text);
  if (!parsed)
    return fail(Column::Target, share || parsed.error == reason::kThousands ? parsed.error : reason::kNotNumber);
  const Rate target = parsed.value;
  if (target.wasPercentage && !share) return fail(Column::Target, kNoPercent);
  if (target.fraction < 0) return fail(Column::Target, kNegative);
  if (share && target.fraction > 1) return fail(Column::Target, kNotFraction);
  row.target = target.fraction;

  key_ = row.week.toString();
  key_.append(" ").append(toString(row.level)).append(" ").append(row.key).append(" ").append(row.metric);
  expectId(key_);
  return !isDuplicate(Column::Week);
}

bool RowValidator::extraFields() {
  for (size_t i = headerSize_; i < record_->size(); ++i) {
    if (trimmed((*record_)[i]).empty()) continue;  // trailing delimiters, as spreadsheets write them
    reasonText_ = "this row has " + std::to_string(record_->size()) + " fields, the header " +
                  std::to_string(headerSize_) + " (a delimiter inside a value that is not quoted?)";
    failure_ = {"", (*record_)[i], reasonText_};
    return true;
  }
  return false;
}

template <class Row>
bool RowValidator::fill(std::vector<Row>& rows, bool (RowValidator::*validateRow)(Row&)) {
  Row& row = rows.emplace_back();
  if ((this->*validateRow)(row)) return true;
  rows.pop_back();
  return false;
}

void RowValidator::validate(const CsvRecord& record, RowBatch& batch) {
  record_ = &record;
  bool ok = false;
  if (!extraFields()) {
    switch (mapping_.kind) {
      case FileKind::Visits:
        ok = fill(batch.visits, &RowValidator::visit);
        break;
      case FileKind::Orders:
        ok = fill(batch.orders, &RowValidator::order);
        break;
      case FileKind::Cancellations:
        ok = fill(batch.cancellations, &RowValidator::cancellation);
        break;
      case FileKind::Reps:
        ok = fill(batch.reps, &RowValidator::rep);
        break;
      case FileKind::Areas:
        ok = fill(batch.areas, &RowValidator::area);
        break;
      case FileKind::Targets:
        ok = fill(batch.targets, &RowValidator::target);
        break;
    }
  }
  if (!ok) reject(batch);
  record_ = nullptr;
}

void RowValidator::reject(RowBatch& batch) {
  reject(*record_, batch, std::string(failure_.column), std::string(failure_.value), failure_.reason);
}

void RowValidator::reject(const CsvRecord& record, RowBatch& batch, std::string column, std::string value,
                          std::string_view reason) {
  RejectedRow& rejected = batch.rejected.emplace_back();
  rejected.error = {record.line, std::move(column), std::move(value), std::string(reason)};
  rejected.fields.assign(record.fields.begin(), record.fields.end());
}

}  // namespace salesops::ingest
