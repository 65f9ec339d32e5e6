// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/store/StoreWriter.h"

#include <optional>

#include "CodeTable.h"
#include "InstallRollup.h"
#include "KeyedUpsert.h"
#include "RowChanges.h"
#include "Sqlite.h"
#include "TableTraits.h"
#include "VisitRollup.h"

namespace salesops::store {

struct StoreWriter::Impl {
  explicit Impl(Db& d) : db(d), repCodes(d, "rep_code"), areaCodes(d, "area_code") {}

  Db& db;
  CodeTable repCodes;
  CodeTable areaCodes;
  VisitRollup rollup;
  std::optional<KeyedUpsert<VisitTraits>> visits;
  std::optional<KeyedUpsert<OrderTraits>> orders;
  std::optional<KeyedUpsert<CancellationTraits>> cancellations;
  std::optional<KeyedUpsert<RepTraits>> reps;
  std::optional<KeyedUpsert<AreaTraits>> areas;
  std::optional<KeyedUpsert<TargetTraits>> targets;
  std::vector<VisitRecord> visitRecords;
  std::vector<OrderRecord> orderRecords;
  std::vector<CancellationRecord> cancellationRecords;
  std::vector<RepRecord> repRecords;
  std::vector<AreaRecord> areaRecords;
  std::vector<TargetRecord> targetRecords;
  bool open = true;
  bool changed = false;
  bool installsChanged = false;  ///< orders or cancellations changed: install_rollup is rebuilt
  size_t maxChanges = 0;
  std::vector<RowChange> changes;

  template <class Traits>
  Result<KeyedUpsert<Traits>*> table(std::optional<KeyedUpsert<Traits>>& slot) {
    if (!slot) slot.emplace(db);
    if (!slot->valid()) return makeError("the store's tables do not match this program: " + db.error());
    return &*slot;
  }

  template <class Traits, class OnChange>
  Result<WriteCounts> upsert(std::optional<KeyedUpsert<Traits>>& slot, std::vector<typename Traits::Row>& rows,
                             OnChange&& onChange) {
    auto t = table(slot);
    if (!t) return t.error();
    if (changes.size() >= maxChanges) return (*t)->upsert(rows, onChange);
    const CodeName rep = [this](int64_t id) { return repCodes.codeOf(id); };
    const CodeName area = [this](int64_t id) { return areaCodes.codeOf(id); };
    return (*t)->upsert(rows, [&](const typename Traits::Row* old, const typename Traits::Row& now) {
      onChange(old, now);
      if (old && changes.size() < maxChanges) changes.push_back(rowChange(*old, now, rep, area));
    });
  }

  Result<WriteCounts> writeVisits(std::vector<ingest::VisitRow>& in);
  Result<WriteCounts> writeOrders(std::vector<ingest::OrderRow>& in);
  Result<WriteCounts> writeCancellations(std::vector<ingest::CancellationRow>& in);
  Result<WriteCounts> writeReps(std::vector<ingest::RepRow>& in);
  Result<WriteCounts> writeAreas(std::vector<ingest::AreaRow>& in);
  Result<WriteCounts> writeTargets(std::vector<ingest::TargetRow>& in);
};

namespace {
constexpr auto kNoHook = [](const auto*, const auto&) {};

std::optional<int64_t> days(const std::optional<Date>& d) {
  return d ? std::optional<int64_t>(d->days()) : std::nullopt;
}
}  // namespace

Result<WriteCounts> StoreWriter::Impl::writeVisits(std::vector<ingest::VisitRow>& in) {
  visitRecords.resize(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    ingest::VisitRow& v = in[i];
    auto rep = repCodes.idOf(v.repId);
    if (!rep) return rep.error();
    auto area = areaCodes.idOf(v.area);
    if (!area) return area.error();
    VisitRecord& r = visitRecords[i];
    r.id = std::move(v.visitId);
    r.at = v.visitedAt.seconds();
    r.rep = *rep;
    r.area = *area;
    r.channel = static_cast<int>(v.channel);
    r.outcome = static_cast<int>(v.outcome);
    r.postcode = std::move(v.postcode);
    r.houseNumber = v.houseNumber;
    r.addition = std::move(v.addition);
  }
  auto counts = upsert(visits, visitRecords, [this](const VisitRecord* old, const VisitRecord& now) {
    if (old) rollup.removed(*old);
    rollup.added(now);
  });
  if (!counts) return counts;
  if (auto r = rollup.flushIfLarge(db); !r) return r.error();
  return counts;
}

Result<WriteCounts> StoreWriter::Impl::writeOrders(std::vector<ingest::OrderRow>& in) {
  orderRecords.resize(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    ingest::OrderRow& o = in[i];
    auto rep = repCodes.idOf(o.repId);
    if (!rep) return rep.error();
    auto area = areaCodes.idOf(o.area);
    if (!area) return area.error();
    OrderRecord& r = orderRecords[i];
    r.id = std::move(o.orderId);
    r.at = o.orderedAt.seconds();
    r.rep = *rep;
    r.area = *area;
    r.channel = static_cast<int>(o.channel);
    r.visitId = std::move(o.visitId);
    r.postcode = std::move(o.postcode);
    r.houseNumber = o.houseNumber;
    r.addition = std::move(o.addition);
    r.product = std::move(o.product);
    r.feeCents = o.monthlyFee ? std::optional<int64_t>(o.monthlyFee->cents()) : std::nullopt;
    r.installedAt = o.installedAt ? std::optional<int64_t>(o.installedAt->seconds()) : std::nullopt;
    r.firstTimeRight = o.firstTimeRight ? std::optional<int>(*o.firstTimeRight ? 1 : 0) : std::nullopt;
  }
  return upsert(orders, orderRecords, kNoHook);
}

Result<WriteCounts> StoreWriter::Impl::writeCancellations(std::vector<ingest::CancellationRow>& in) {
  cancellationRecords.resize(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    ingest::CancellationRow& c = in[i];
    cancellationRecords[i] = CancellationRecord{std::move(c.orderId), c.cancelledAt.seconds(),
                                                static_cast<int>(c.reason), std::move(c.reasonText)};
  }
  return upsert(cancellations, cancellationRecords, kNoHook);
}

Result<WriteCounts> StoreWriter::Impl::writeReps(std::vector<ingest::RepRow>& in) {
  repRecords.resize(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    auto rep = repCodes.idOf(in[i].repId);
    if (!rep) return rep.error();
    repRecords[i] =
        RepRecord{*rep, std::move(in[i].name), std::move(in[i].team), days(in[i].activeFrom), days(in[i].activeTo)};
  }
  return upsert(reps, repRecords, kNoHook);
}

Result<WriteCounts> StoreWriter::Impl::writeAreas(std::vector<ingest::AreaRow>& in) {
  areaRecords.resize(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    auto area = areaCodes.idOf(in[i].area);
    if (!area) return area.error();
    areaRecords[i] =
        AreaRecord{*area, std::move(in[i].name), std::move(in[i].city), in[i].homesPassed, in[i].bundlingThreshold};
  }
  return upsert(areas, areaRecords, kNoHook);
}

Result<WriteCounts> StoreWriter::Impl::writeTargets(std::vector<ingest::TargetRow>& in) {
  targetRecords.resize(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    ingest::TargetRow& t = in[i];
    targetRecords[i] =
        TargetRecord{t.week.toString(), static_cast<int>(t.level), std::move(t.key), std::move(t.metric), t.target};
  }
  return upsert(targets, targetRecords, kNoHook);
}

StoreWriter::StoreWriter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

StoreWriter::~StoreWriter() { rollback(); }

Result<std::unique_ptr<StoreWriter>> StoreWriter::begin(Store& store) {
  if (store.readOnly()) return makeError(store.path() + " is open read-only");
  Db& db = store.db();
  if (auto r = db.exec("BEGIN IMMEDIATE"); !r) {
    const int code = sqlite3_extended_errcode(db.handle());
    if ((code & 0xff) == SQLITE_BUSY)
      return makeError("the store " + store.path() +
                       " is busy: another import is writing to it; try again when it is done");
    return makeError("cannot write to " + store.path() + ": " + r.error().message);
  }
  return std::unique_ptr<StoreWriter>(new StoreWriter(std::make_unique<Impl>(db)));
}

Result<WriteCounts> StoreWriter::write(FileKind kind, ingest::RowBatch& batch) {
  auto counts = [&]() -> Result<WriteCounts> {
    switch (kind) {
      case FileKind::Visits:
        return impl_->writeVisits(batch.visits);
      case FileKind::Orders:
        return impl_->writeOrders(batch.orders);
      case FileKind::Cancellations:
        return impl_->writeCancellations(batch.cancellations);
      case FileKind::Reps:
        return impl_->writeReps(batch.reps);
      case FileKind::Areas:
        return impl_->writeAreas(batch.areas);
      case FileKind::Targets:
        return impl_->writeTargets(batch.targets);
    }
    return makeError("unknown kind of rows");
  }();
  if (counts && (counts->inserted || counts->updated)) {
    impl_->changed = true;
    if (kind == FileKind::Orders || kind == FileKind::Cancellations) impl_->installsChanged = true;
  }
  return counts;
}

Result<WriteCounts> StoreWriter::finish() { return WriteCounts{}; }

void StoreWriter::keepChanges(size_t max) { impl_->maxChanges = max; }

const std::vector<RowChange>& StoreWriter::changes() const { return impl_->changes; }

Result<void> StoreWriter::commit(const ImportLogEntry* e) {
  if (!impl_->open) return makeError("the import was already ended");
  Db& db = impl_->db;
  if (auto r = impl_->rollup.flush(db); !r) return r;
  if (impl_->installsChanged) {
    if (auto r = syncOrderCancellations(db); !r) return r;
    if (auto r = rebuildInstallRollup(db); !r) return r;
  }
  if (impl_->changed) {
    if (auto r = db.exec("UPDATE meta SET value = value + 1 WHERE key = 'generation'"); !r)
      return makeError("cannot commit the import: " + r.error().message);
  }
  if (e) {
    Stmt s = db.prepare(
        "INSERT INTO import_log(file_name, file_size, content_hash, kind, imported_at, inserted, updated, unchanged, "
        "rejected, strict, options, source, generation) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
        "(SELECT value FROM meta WHERE key = 'generation'))");
    s.bind(1, std::string_view(e->fileName))
        .bind(2, e->fileSize)
        .bind(3, std::string_view(e->contentHash))
        .bind(4, toString(e->kind))
        .bind(5, e->importedAt)
        .bind(6, e->inserted)
        .bind(7, e->updated)
        .bind(8, e->unchanged)
        .bind(9, e->rejected)
        .bind(10, e->strict ? 1 : 0)
        .bind(11, std::string_view(e->options))
        .bind(12, std::string_view(e->source));
    if (!s.run()) return makeError("cannot write the import log: " + db.error());
  }
  if (auto r = impl_->db.exec("COMMIT"); !r) return makeError("cannot commit the import: " + r.error().message);
  impl_->open = false;
  return {};
}

void StoreWriter::rollback() {
  if (!impl_ || !impl_->open) return;
  (void)impl_->db.exec("ROLLBACK");
  impl_->open = false;
}

}  // namespace salesops::store
