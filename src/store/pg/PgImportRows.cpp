// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgImportRows.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <unordered_set>

#include "PgCopyText.h"

namespace salesops::store::pg {
namespace {

// Days since 1970 of an optional date, for the reps' active period.
std::optional<int64_t> days(const std::optional<Date>& d) {
  return d ? std::optional<int64_t>(d->days()) : std::nullopt;
}

// Days and hours of local seconds, floored as PgImportWriter.cpp's SALESOPS_PG_DAY and SALESOPS_PG_HOUR do.
int64_t dayOf(int64_t t) { return (t - ((t % 86400) + 86400) % 86400) / 86400; }
int64_t hourOf(int64_t t) { return (((t % 86400) + 86400) % 86400) / 3600; }

// The interned id of a code, remembering the last one found: a file's rows come in runs of one rep
// and area, and this saves most of the hash look-ups.
class IdOf {
 public:
  explicit IdOf(const CodeIds& ids) : ids_(ids) {}
  int64_t operator()(const std::string& code) {
    if (hit_ == ids_.end() || hit_->first != code) hit_ = ids_.find(code);
    if (hit_ == ids_.end()) return ids_.at(code);  // throws: internNew interns every code first
    return hit_->second;
  }

 private:
  const CodeIds& ids_;
  CodeIds::const_iterator hit_ = ids_.end();
};

}  // namespace

void VisitTally::add(int64_t t, int64_t rep, int64_t area, int channel, int outcome) {
  const int64_t day = dayOf(t);
  auto& c = counts[Group{day, hourOf(t), rep, area, channel}];
  ++c[0];
  ++c[static_cast<size_t>(outcome) + 1];
  auto [d, fresh] = days.try_emplace(Day{day, rep}, t, t);
  if (!fresh) {
    d->second.first = std::min(d->second.first, t);
    d->second.second = std::max(d->second.second, t);
  }
}

void encodeRows(FileKind kind, const ingest::RowBatch& b, const CodeIds& reps, const CodeIds& areas, VisitTally* tally,
                std::string& out) {
  CopyLine l(out);
  IdOf repId(reps), areaId(areas);
  switch (kind) {
    case FileKind::Visits:
      for (const auto& v : b.visits) {
        const int64_t rep = repId(v.repId), area = areaId(v.area);
        l.text(v.visitId)
            .num(v.visitedAt.seconds())
            .num(rep)
            .num(area)
            .num(static_cast<int>(v.channel))
            .num(static_cast<int>(v.outcome))
            .text(v.postcode)
            .num(v.houseNumber)
            .text(v.addition)
            .end();
        if (tally)
          tally->add(v.visitedAt.seconds(), rep, area, static_cast<int>(v.channel), static_cast<int>(v.outcome));
      }
      break;
    case FileKind::Orders:
      for (const auto& o : b.orders) {
        l.text(o.orderId)
            .num(o.orderedAt.seconds())
            .num(repId(o.repId))
            .num(areaId(o.area))
            .num(static_cast<int>(o.channel))
            .text(o.visitId)
            .text(o.postcode)
            .num(o.houseNumber)
            .text(o.addition)
            .text(o.product)
            .opt(o.monthlyFee ? std::optional<int64_t>(o.monthlyFee->cents()) : std::nullopt)
            .opt(o.installedAt ? std::optional<int64_t>(o.installedAt->seconds()) : std::nullopt)
            .opt(o.firstTimeRight ? std::optional<int64_t>(*o.firstTimeRight ? 1 : 0) : std::nullopt)
            .end();
      }
      break;
    case FileKind::Cancellations:
      for (const auto& c : b.cancellations)
        l.text(c.orderId).num(c.cancelledAt.seconds()).num(static_cast<int>(c.reason)).text(c.reasonText).end();
      break;
    case FileKind::Reps:
      for (const auto& r : b.reps)
        l.num(repId(r.repId)).text(r.name).text(r.team).opt(days(r.activeFrom)).opt(days(r.activeTo)).end();
      break;
    case FileKind::Areas:
      for (const auto& a : b.areas)
        l.num(areaId(a.area)).text(a.name).text(a.city).num(a.homesPassed).opt(a.bundlingThreshold).end();
      break;
    case FileKind::Targets:
      for (const auto& t : b.targets)
        l.text(t.week.toString()).num(static_cast<int>(t.level)).text(t.key).text(t.metric).real(t.target).end();
      break;
  }
}

FreshCodes freshCodes(FileKind kind, const ingest::RowBatch& b, const CodeIds& reps, const CodeIds& areas) {
  FreshCodes f;
  std::unordered_set<std::string_view> seenReps, seenAreas;
  const std::string *lastRep = nullptr, *lastArea = nullptr;  // runs of one code are looked up once
  auto note = [](const std::string& code, const CodeIds& known, std::unordered_set<std::string_view>& seen,
                 const std::string*& last, std::vector<std::string>& out) {
    if (last && *last == code) return;
    last = &code;
    if (!known.contains(code) && seen.insert(code).second) out.push_back(code);
  };
  switch (kind) {
    case FileKind::Visits:
      for (const auto& v : b.visits)
        note(v.repId, reps, seenReps, lastRep, f.reps), note(v.area, areas, seenAreas, lastArea, f.areas);
      break;
    case FileKind::Orders:
      for (const auto& o : b.orders)
        note(o.repId, reps, seenReps, lastRep, f.reps), note(o.area, areas, seenAreas, lastArea, f.areas);
      break;
    case FileKind::Reps:
      for (const auto& r : b.reps) note(r.repId, reps, seenReps, lastRep, f.reps);
      break;
    case FileKind::Areas:
      for (const auto& a : b.areas) note(a.area, areas, seenAreas, lastArea, f.areas);
      break;
    case FileKind::Cancellations:
    case FileKind::Targets:
      break;
  }
  return f;
}

std::string textArray(const std::vector<std::string>& values) {
  std::string out = "{";
  for (const std::string& v : values) {
    out += out.size() > 1 ? ",\"" : "\"";
    for (char c : v) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  return out + "}";
}

}  // namespace salesops::store::pg
