// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KpiTestStore.h"

#include <random>
#include <stdexcept>

#ifdef SALESOPS_TEST_POSTGRESQL
#include "PgTestServer.h"

#include "salesops/store/pg/PgStore.h"
#endif

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

KpiTestStore::KpiTestStore(Backend backend) : backend_(backend) {
  if (backend == Backend::Postgresql) {
#ifdef SALESOPS_TEST_POSTGRESQL
    database_ = pgtest::createDatabase();
    if (database_.empty()) throw std::runtime_error("no database on the test server");
    // Create sets the empty database up as `server init` does; the program then reads it through
    // store::Store on a connection of its own, as `kpi --db` does.
    auto w = store::PgStore::open(pgtest::conninfo(database_), store::OpenMode::Create);
    if (!w) throw std::runtime_error(w.error().message);
    writer_ = std::move(*w);
    auto s = store::Store::open(pgtest::conninfo(database_), store::OpenMode::ReadOnly);
    if (!s) throw std::runtime_error(s.error().message);
    store_ = std::move(*s);
    return;
#else
    throw std::logic_error("built without the PostgreSQL team store");
#endif
  }
  std::random_device rd;
  dir_ = std::filesystem::temp_directory_path() / ("salesops-kpi-" + std::to_string(rd()) + std::to_string(rd()));
  std::filesystem::create_directories(dir_);
  auto s = store::Store::open((dir_ / "s.sqlite").string());
  if (!s) throw std::runtime_error(s.error().message);
  store_ = std::move(s.value());
}

KpiTestStore::~KpiTestStore() {
  store_.reset();
  writer_.reset();
#ifdef SALESOPS_TEST_POSTGRESQL
  pgtest::dropDatabase(database_);
#endif
  std::error_code ec;
  if (!dir_.empty()) std::filesystem::remove_all(dir_, ec);
}

std::vector<store::FactPath> KpiTestStore::paths() const {
  if (onServer()) return {store::FactPath::Rollup};
  return {store::FactPath::Rollup, store::FactPath::Raw};
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

namespace {

void orThrow(const Result<void>& r) {
  if (!r) throw std::runtime_error(r.error().message);
}

template <typename T>
T orThrow(Result<T> r) {
  if (!r) throw std::runtime_error(r.error().message);
  return std::move(*r);
}

bool has(const ingest::RowBatch& b, FileKind k) {
  switch (k) {
    case FileKind::Visits:
      return !b.visits.empty();
    case FileKind::Orders:
      return !b.orders.empty();
    case FileKind::Cancellations:
      return !b.cancellations.empty();
    case FileKind::Reps:
      return !b.reps.empty();
    case FileKind::Areas:
      return !b.areas.empty();
    case FileKind::Targets:
      return !b.targets.empty();
  }
  return false;
}

}  // namespace

void KpiTestStore::commit() {
  constexpr FileKind kOrder[] = {FileKind::Reps,   FileKind::Areas,         FileKind::Visits,
                                 FileKind::Orders, FileKind::Cancellations, FileKind::Targets};
  if (!onServer()) {
    auto w = orThrow(importTarget().beginImport({}));
    for (FileKind k : kOrder) orThrow(w->write(k, batch_));
    orThrow(w->finish());
    orThrow(w->commit());
  } else {
    for (FileKind k : kOrder) {
      if (!has(batch_, k)) continue;
      auto w = orThrow(importTarget().beginImport({}));
      orThrow(w->write(k, batch_));
      orThrow(w->finish());
      orThrow(w->commit());
    }
  }
  batch_.clear();
}

void KpiTestStore::write(ingest::RowBatch batch) {
  batch_ = std::move(batch);
  commit();
}

void KpiTestStore::logImport(const store::ImportLogEntry& entry) {
  auto w = orThrow(importTarget().beginImport({}));
  orThrow(w->finish());
  orThrow(w->commit(&entry));
}

Result<std::vector<KpiRow>> KpiTestStore::run(const KpiQuery& q, store::FactPath path) {
  return KpiEngine(*store_, path).run(q);
}

}  // namespace salesops::kpi::testing
