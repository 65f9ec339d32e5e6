// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KpiTestStore.h"

#include <random>
#include <stdexcept>

#include "salesops/store/StoreWriter.h"

namespace salesops::kpi::testing {

DateTime at(const std::string& text) {
  const auto d = Date::parseIso(text.substr(0, 10));
  if (!d || text.size() < 16) throw std::invalid_argument("bad time " + text);
  return DateTime::from(*d, std::stoi(text.substr(11, 2)), std::stoi(text.substr(14, 2)));
}

Date day(const std::string& text) {
  const auto d = Date::parseIso(text);
  if (!d) throw std::invalid_argument("bad date " + text);
  return *d;
}

KpiTestStore::KpiTestStore() {
  std::random_device rd;
  dir_ = std::filesystem::temp_directory_path() / ("salesops-kpi-" + std::to_string(rd()) + std::to_string(rd()));
  std::filesystem::create_directories(dir_);
  auto s = store::Store::open((dir_ / "s.sqlite").string());
  if (!s) throw std::runtime_error(s.error().message);
  store_ = std::move(s.value());
}

KpiTestStore::~KpiTestStore() {
  store_.reset();
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

void KpiTestStore::rep(const std::string& id, const std::string& team) {
  batch_.reps.push_back({id, "Rep " + id, team, std::nullopt, std::nullopt});
}

void KpiTestStore::area(const std::string& code, const std::string& city, int64_t homes,
                        std::optional<double> threshold) {
  batch_.areas.push_back({code, "Area " + code, city, homes, threshold});
}

void KpiTestStore::visit(const std::string& id, const std::string& when, const std::string& rep,
                         const std::string& area, Outcome outcome, Channel channel, const std::string& postcode,
                         int house, const std::string& addition) {
  batch_.visits.push_back({id, at(when), rep, area, outcome, channel, postcode, house, addition});
}

void KpiTestStore::order(const std::string& id, const std::string& when, const std::string& rep,
                         const std::string& area, Channel channel, const std::string& product,
                         std::optional<int64_t> feeCents, const std::string& installedAt,
                         std::optional<bool> firstTimeRight, const std::string& postcode) {
  ingest::OrderRow o;
  o.orderId = id;
  o.orderedAt = at(when);
  o.repId = rep;
  o.channel = channel;
  o.area = area;
  o.visitId = "V-" + id;
  o.postcode = postcode;
  o.houseNumber = 1;
  o.product = product;
  if (feeCents) o.monthlyFee = Money::fromCents(*feeCents);
  if (!installedAt.empty()) o.installedAt = at(installedAt);
  o.firstTimeRight = firstTimeRight;
  batch_.orders.push_back(std::move(o));
}

void KpiTestStore::target(const std::string& week, TargetLevel level, const std::string& key, const std::string& metric,
                          double value) {
  const auto w = IsoWeek::parse(week);
  if (!w) throw std::invalid_argument("bad week " + week);
  batch_.targets.push_back({*w, level, key, metric, value});
}

void KpiTestStore::cancel(const std::string& orderId, const std::string& when, CancelReason reason) {
  batch_.cancellations.push_back({orderId, at(when), reason, {}});
}

void KpiTestStore::commit() {
  auto w = store::StoreWriter::begin(*store_);
  if (!w) throw std::runtime_error(w.error().message);
  for (FileKind k : {FileKind::Reps, FileKind::Areas, FileKind::Visits, FileKind::Orders, FileKind::Cancellations,
                     FileKind::Targets}) {
    if (auto r = (*w)->write(k, batch_); !r) throw std::runtime_error(r.error().message);
  }
  if (auto r = (*w)->commit(); !r) throw std::runtime_error(r.error().message);
  batch_.clear();
}

Result<std::vector<KpiRow>> KpiTestStore::run(const KpiQuery& q, store::FactPath path) {
  return KpiEngine(*store_, path).run(q);
}

}  // namespace salesops::kpi::testing
