// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "salesops/ingest/ColumnMapping.h"

namespace salesops::ingest {
namespace {

using Header = std::vector<std::string>;

const Header kVisits = {"visit_id",     "visited_at",           "rep_id", "area", "outcome", "channel", "postcode",
                        "house_number", "house_number_addition"};
const Header kOrders = {"order_id",        "ordered_at",   "rep_id",
                        "channel",         "area",         "visit_id",
                        "postcode",        "house_number", "house_number_addition",
                        "product",         "monthly_fee",  "installed_at",
                        "first_time_right"};
const Header kCancellations = {"order_id", "cancelled_at", "reason"};
const Header kReps = {"rep_id", "name", "team", "active_from", "active_to"};
const Header kAreas = {"area", "name", "city", "homes_passed", "bundling_threshold"};
const Header kTargets = {"week", "level", "key", "metric", "target"};

const Header& headerOf(FileKind kind) {
  static const Header* const all[] = {&kVisits, &kOrders, &kCancellations, &kReps, &kAreas, &kTargets};
  return *all[static_cast<size_t>(kind)];
}

TEST(ColumnMapping, DetectsEachKindFromItsCanonicalHeader) {
  for (FileKind kind : allValues<FileKind>()) {
    SCOPED_TRACE(toString(kind));
    const auto m = mapColumns(headerOf(kind));
    ASSERT_TRUE(m.ok()) << m.error().message;
    EXPECT_EQ(m->kind, kind);
    EXPECT_TRUE(m->ignoredColumns.empty());
    for (size_t i = 0; i < headerOf(kind).size(); ++i)
      EXPECT_EQ((*m)[*columnFromName(headerOf(kind)[i])], static_cast<int>(i));
  }
}

TEST(ColumnMapping, PrefersTheMostSpecificKind) {
  EXPECT_EQ(mapColumns({"order_id", "cancelled_at"})->kind, FileKind::Cancellations);
  EXPECT_EQ(mapColumns({"order_id", "ordered_at", "rep_id", "area"})->kind, FileKind::Orders);
  // An orders export that also carries a cancellation date is still orders: more columns match.
  EXPECT_EQ(mapColumns({"order_id", "ordered_at", "rep_id", "area", "cancelled_at", "product"})->kind,
            FileKind::Orders);
  // A visits export with rep names is visits, not reps (reps needs team).
  EXPECT_EQ(
      mapColumns({"visit_id", "visited_at", "rep_id", "name", "area", "outcome", "postcode", "house_number"})->kind,
      FileKind::Visits);
  EXPECT_EQ(mapColumns({"area", "city", "homes_passed", "rep_id"})->kind, FileKind::Areas);
}

// Every alias of data-formats.md, typed from the spec, in a header of its kind.
TEST(ColumnMapping, AcceptsEveryDutchAliasOfEveryColumn) {
  const std::tuple<std::string, std::string, FileKind> aliases[] = {
      {"bezoek_id", "visit_id", FileKind::Visits},
      {"bezocht_op", "visited_at", FileKind::Visits},
      {"datum", "visited_at", FileKind::Visits},
      {"verkoper_id", "rep_id", FileKind::Visits},
      {"verkoper", "rep_id", FileKind::Visits},
      {"gebied", "area", FileKind::Visits},
      {"loopgebied", "area", FileKind::Visits},
      {"uitkomst", "outcome", FileKind::Visits},
      {"resultaat", "outcome", FileKind::Visits},
      {"kanaal", "channel", FileKind::Visits},
      {"huisnummer", "house_number", FileKind::Visits},
      {"toevoeging", "house_number_addition", FileKind::Visits},
      {"order_nummer", "order_id", FileKind::Orders},
      {"ordernummer", "order_id", FileKind::Orders},
      {"besteld_op", "ordered_at", FileKind::Orders},
      {"orderdatum", "ordered_at", FileKind::Orders},
      {"pakket", "product", FileKind::Orders},
      {"maandbedrag", "monthly_fee", FileKind::Orders},
      {"aangesloten_op", "installed_at", FileKind::Orders},
      {"installatiedatum", "installed_at", FileKind::Orders},
      {"ftr", "first_time_right", FileKind::Orders},
      {"geannuleerd_op", "cancelled_at", FileKind::Cancellations},
      {"annuleringsdatum", "cancelled_at", FileKind::Cancellations},
      {"reden", "reason", FileKind::Cancellations},
      {"naam", "name", FileKind::Reps},
      {"naam", "name", FileKind::Areas},
      {"plaats", "city", FileKind::Areas},
      {"aansluitingen", "homes_passed", FileKind::Areas},
      {"vraagbundeling", "bundling_threshold", FileKind::Areas},
  };
  for (const auto& [alias, canonical, kind] : aliases) {
    SCOPED_TRACE(alias + " -> " + canonical);
    Header header = headerOf(kind);
    const auto at = std::find(header.begin(), header.end(), canonical);
    ASSERT_NE(at, header.end());
    *at = alias;
    const auto m = mapColumns(header);
    ASSERT_TRUE(m.ok()) << m.error().message;
    EXPECT_EQ(m->kind, kind);
    EXPECT_EQ((*m)[*columnFromName(canonical)], static_cast<int>(at - header.begin()));
  }
}

TEST(ColumnMapping, MatchesNamesCaseInsensitivelyWithSpacesAndHyphensAsUnderscores) {
  EXPECT_EQ(normalizeColumnName("  Visit ID "), "visit_id");
  EXPECT_EQ(normalizeColumnName("House-Number addition"), "house_number_addition");
  const auto m = mapColumns({" Bezoek ID", "BEZOCHT-OP", "Verkoper", "LoopGebied", "Uitkomst", "Kanaal", "POSTCODE",
                             "Huis-nummer", "Huisnummer"});
  ASSERT_TRUE(m.ok()) << m.error().message;
  EXPECT_EQ(m->kind, FileKind::Visits);
  EXPECT_EQ((*m)[Column::Area], 3);
  EXPECT_EQ((*m)[Column::HouseNumber], 8);  // `huis_nummer` is no alias: ignored
  EXPECT_EQ(m->ignoredColumns, (Header{"Huis-nummer"}));
}

TEST(ColumnMapping, PrefersTheCanonicalNameOverAnAliasAndIgnoresTheRest) {
  const auto m = mapColumns({"verkoper", "visit_id", "datum", "visited_at", "rep_id", "area", "outcome", "postcode",
                             "house_number", "notes", "line", "error", ""});
  ASSERT_TRUE(m.ok()) << m.error().message;
  EXPECT_EQ((*m)[Column::RepId], 4);
  EXPECT_EQ((*m)[Column::VisitedAt], 3);
  EXPECT_EQ(m->ignoredColumns, (Header{"verkoper", "datum", "notes", "line", "error"}));
}

TEST(ColumnMapping, MissingRequiredColumnNamesItAndListsTheColumnsFound) {
  const auto forced =
      mapColumns({"visit_id", "visited_at", "rep_id", "area", "postcode", "house_number"}, FileKind::Visits);
  ASSERT_FALSE(forced.ok());
  EXPECT_EQ(forced.error().message,
            "missing required column 'outcome' for a visits file; columns found: 'visit_id', 'visited_at', 'rep_id', "
            "'area', 'postcode', 'house_number'");
  const auto guessed = mapColumns({"rep_id", "naam"});
  ASSERT_FALSE(guessed.ok());
  EXPECT_EQ(guessed.error().message,
            "missing required column 'team' for a reps file (the kind was guessed from the header); columns found: "
            "'rep_id', 'naam'");
}

TEST(ColumnMapping, VisitsWithoutAChannelColumnNeedAnAddress) {
  const auto m = mapColumns({"visit_id", "visited_at", "rep_id", "area", "outcome"});
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().message,
            "missing required columns 'postcode', 'house_number' for a visits file (the kind was guessed from the "
            "header); postcode and house_number are required for d2d visits, the default without a channel column; "
            "columns found: 'visit_id', 'visited_at', 'rep_id', 'area', 'outcome'");
  // With a channel column the address is checked per row (only d2d rows need it).
  EXPECT_TRUE(mapColumns({"visit_id", "visited_at", "rep_id", "area", "outcome", "channel"}).ok());
}

TEST(ColumnMapping, UnknownKindListsTheColumnsFoundAndWhatEachKindNeeds) {
  const auto m = mapColumns({"foo", "bar"});
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().message,
            "cannot tell what kind of file this is from its header; columns found: 'foo', 'bar' (each kind needs these "
            "columns: visits: visit_id, visited_at, rep_id, area, outcome; orders: order_id, ordered_at, rep_id, area; "
            "cancellations: order_id, cancelled_at; reps: rep_id, name, team; areas: area, city, homes_passed; "
            "targets: week, level, metric, target)");
}

TEST(ColumnMapping, ForcedKindMapsOnlyThatKindsColumns) {
  const auto m = mapColumns(kOrders, FileKind::Cancellations);
  EXPECT_FALSE(m.ok());  // no cancelled_at
  const auto reps = mapColumns({"rep_id", "name", "team", "area"}, FileKind::Reps);
  ASSERT_TRUE(reps.ok());
  EXPECT_EQ(reps->ignoredColumns, (Header{"area"}));
  EXPECT_FALSE(reps->has(Column::Area));
}

TEST(ColumnMapping, OverridesWinOverNamesAndCanUnmapAColumn) {
  const Header header = {"id", "when", "who", "where", "result", "pc", "nr", "datum"};
  const std::map<std::string, std::string> overrides = {
      {"visit_id", "id"},    {"visited_at", "When"}, {"rep_id", "who"},     {"area", "where"},
      {"outcome", "result"}, {"postcode", "pc"},     {"house_number", "nr"}};
  const auto m = mapColumns(header, {}, overrides);
  ASSERT_TRUE(m.ok()) << m.error().message;
  EXPECT_EQ(m->kind, FileKind::Visits);
  EXPECT_EQ((*m)[Column::VisitedAt], 1);  // not `datum`, the alias
  EXPECT_EQ(m->ignoredColumns, (Header{"datum"}));
  // An empty header name leaves a column unmapped.
  auto withoutNr = overrides;
  withoutNr["house_number_addition"] = "";
  EXPECT_TRUE(mapColumns(header, FileKind::Visits, withoutNr).ok());
}

TEST(ColumnMapping, OverrideErrorsNameTheProblem) {
  EXPECT_EQ(mapColumns(kVisits, {}, {{"visit_idd", "visit_id"}}).error().message,
            "column mapping names an unknown column 'visit_idd'");
  EXPECT_EQ(mapColumns({"a", "b"}, {}, {{"visit_id", "c"}}).error().message,
            "column mapping: 'c' (for visit_id) is not in the header; columns found: 'a', 'b'");
}

}  // namespace
}  // namespace salesops::ingest
