// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "PgTestServer.h"
#include "pg/PgSchema.h"

#include "salesops/store/pg/PgServer.h"

using namespace salesops;
using namespace salesops::pgtest;
using store::GrantRole;
using store::OpenMode;
using store::PgStore;

namespace {

// Two teams: Zuid (rep R1) and Noord (R2, R3). Each row's id says whose it is, so a test reads who
// sees what straight from the ids. Each cancellation carries its order's rep, as an import leaves it.
constexpr const char* kData = R"sql(
INSERT INTO salesops.rep_code(id, code) VALUES (1, 'R1'), (2, 'R2'), (3, 'R3');
INSERT INTO salesops.area_code(id, code) VALUES (1, 'UTR-01');
INSERT INTO salesops.rep VALUES (1, 'Anna', 'Team Zuid', NULL, NULL), (2, 'Bas', 'Team Noord', NULL, NULL),
                                (3, 'Cor', 'Team Noord', NULL, NULL);
INSERT INTO salesops.area VALUES (1, 'Utrecht Oost', 'Utrecht', 1000, NULL);
INSERT INTO salesops.visit VALUES ('V-zuid-1', 1000, 1, 1, 0, 6, '3581AB', 1, ''),
                                  ('V-noord-2', 1000, 2, 1, 0, 0, '3581AB', 2, ''),
                                  ('V-noord-3', 1000, 3, 1, 0, 0, '3581AB', 3, '');
INSERT INTO salesops.orders VALUES ('O-zuid-1', 1000, 1, 1, 0, 'V-zuid-1', '3581AB', 1, '', 'fiber', 4500, NULL, NULL),
                                   ('O-noord-2', 1000, 2, 1, 0, '', '3581AB', 2, '', 'fiber', 4500, NULL, NULL);
INSERT INTO salesops.cancellation VALUES ('O-zuid-1', 2000, 0, '', 1), ('O-noord-2', 2000, 0, '', 2),
                                         ('O-unknown', 2000, 0, '', NULL);
INSERT INTO salesops.target VALUES ('2026-W48', 0, '', 'visits', 100), ('2026-W48', 1, 'Team Zuid', 'visits', 40),
                                   ('2026-W48', 1, 'Team Noord', 'visits', 60), ('2026-W48', 2, 'R1', 'sales', 3),
                                   ('2026-W48', 2, 'R2', 'sales', 4);
INSERT INTO salesops.visit_rollup VALUES (0, 0, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1), (0, 0, 2, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0),
                                         (0, 0, 3, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO salesops.rep_day VALUES (0, 1, 1000, 1000), (0, 2, 1000, 1000), (0, 3, 1000, 1000);
INSERT INTO salesops.install_rollup VALUES (1, 1, 0, 1, 1), (1, 2, 0, 1, 1);
)sql";

class PgAccess : public PgTest {
 protected:
  void SetUp() override {
    PgTest::SetUp();
    auto s = PgStore::open(db(), OpenMode::Create);
    ASSERT_TRUE(s) << s.error().message;
    owner_ = std::move(*s);
    admin(kData);
  }

  // What `user` sees of `column` in `table`, over a plain libpq connection with a password (TCP).
  std::vector<std::string> seen(const std::string& user, const std::string& table, const std::string& column) {
    Conn c = connect(uri(dbName_, user, "Lead-Pass-1"));
    EXPECT_EQ(PQstatus(c.get()), CONNECTION_OK) << PQerrorMessage(c.get());
    const SqlResult r = sql(c.get(), "SELECT " + column + " FROM salesops." + table + " ORDER BY 1");
    EXPECT_TRUE(r.ok) << r.error;
    std::vector<std::string> out;
    for (const auto& row : r.rows) out.push_back(row[0]);
    return out;
  }

  std::unique_ptr<PgStore> owner_;
};

using Rows = std::vector<std::string>;

TEST_F(PgAccess, ALeadSeesOnlyTheirTeamsRowsWithAPlainClient) {
  const std::string lead = makeUser("lead", "Lead-Pass-1");
  ASSERT_TRUE(store::grantAccess(*owner_, lead, GrantRole::Lead, {"Team Zuid"}));
  EXPECT_EQ(seen(lead, "visit", "visit_id"), Rows{"V-zuid-1"});
  EXPECT_EQ(seen(lead, "orders", "order_id"), Rows{"O-zuid-1"});
  EXPECT_EQ(seen(lead, "cancellation", "order_id"), Rows{"O-zuid-1"});
  EXPECT_EQ(seen(lead, "rep", "name"), Rows{"Anna"});
  EXPECT_EQ(seen(lead, "rep_code", "code"), Rows{"R1"});
  EXPECT_EQ(seen(lead, "visit_rollup", "rep::text"), Rows{"1"});
  EXPECT_EQ(seen(lead, "rep_day", "rep::text"), Rows{"1"});
  EXPECT_EQ(seen(lead, "install_rollup", "rep::text"), Rows{"1"});
  // The organisation target, their team's and their reps'.
  EXPECT_EQ(seen(lead, "target", "level || ':' || key"), (Rows{"0:", "1:Team Zuid", "2:R1"}));
  EXPECT_EQ(seen(lead, "team_access", "team"), Rows{"Team Zuid"});
  // Areas are shared reference data, not a team's.
  EXPECT_EQ(seen(lead, "area", "name"), Rows{"Utrecht Oost"});
  // Aggregates see the same rows: the organisation total of a lead is their teams' total.
  EXPECT_EQ(seen(lead, "visit", "count(*)::text"), Rows{"1"});
}

TEST_F(PgAccess, ALeadOfTwoTeamsSeesBothAndARegrantReplacesTheTeams) {
  const std::string lead = makeUser("lead", "Lead-Pass-1");
  ASSERT_TRUE(store::grantAccess(*owner_, lead, GrantRole::Lead, {"Team Zuid", "Team Noord"}));
  EXPECT_EQ(seen(lead, "visit", "visit_id"), (Rows{"V-noord-2", "V-noord-3", "V-zuid-1"}));
  EXPECT_EQ(seen(lead, "cancellation", "order_id"), (Rows{"O-noord-2", "O-zuid-1"}));
  ASSERT_TRUE(store::grantAccess(*owner_, lead, GrantRole::Lead, {"Team Noord"}));
  EXPECT_EQ(seen(lead, "visit", "visit_id"), (Rows{"V-noord-2", "V-noord-3"}));
  EXPECT_EQ(seen(lead, "rep", "name"), (Rows{"Bas", "Cor"}));
}

TEST_F(PgAccess, EveryWriteOfALeadIsRefused) {
  const std::string lead = makeUser("lead", "Lead-Pass-1");
  ASSERT_TRUE(store::grantAccess(*owner_, lead, GrantRole::Lead, {"Team Zuid"}));
  Conn c = connect(uri(dbName_, lead, "Lead-Pass-1"));
  ASSERT_EQ(PQstatus(c.get()), CONNECTION_OK);
  const char* writes[] = {
      "INSERT INTO salesops.visit VALUES ('V-new', 1, 1, 1, 0, 0, '1234AB', 1, '')",
      "UPDATE salesops.visit SET outcome = 0 WHERE visit_id = 'V-zuid-1'",
      "DELETE FROM salesops.visit",
      "DELETE FROM salesops.orders WHERE order_id = 'O-zuid-1'",
      "UPDATE salesops.rep SET team = 'Team Zuid'",
      "INSERT INTO salesops.rep_code(code) VALUES ('R9')",
      "UPDATE salesops.target SET target = 1",
      "DELETE FROM salesops.cancellation",
      "UPDATE salesops.area SET homes_passed = 1",
      "TRUNCATE salesops.visit_rollup",
      "DELETE FROM salesops.install_rollup",
      "INSERT INTO salesops.team_access VALUES (current_user, 'Team Noord')",
      "UPDATE salesops.schema_version SET version = 1",
      "INSERT INTO salesops.import_log(file_name, file_size, content_hash, kind, imported_at, inserted, updated, "
      "unchanged, rejected, strict, options, generation) VALUES ('x', 0, '', 'visits', 0, 0, 0, 0, 0, false, '', 0)",
      "UPDATE salesops.meta SET value = value + 1",
      "COPY salesops.visit FROM STDIN",
      "CREATE TABLE salesops.mine(x int)",
  };
  for (const char* w : writes) {
    const SqlResult r = sql(c.get(), w);
    EXPECT_FALSE(r.ok) << w;
    EXPECT_NE(r.error.find("permission denied"), std::string::npos) << w << ": " << r.error;
  }
  EXPECT_EQ(admin("SELECT count(*) FROM salesops.visit").rows[0][0], "3");
  EXPECT_EQ(admin("SELECT string_agg(team, ',' ORDER BY team) FROM salesops.team_access").rows[0][0], "Team Zuid");
}

TEST_F(PgAccess, OpsSeeAndWriteEveryTeam) {
  const std::string ops = makeUser("ops", "Lead-Pass-1");
  ASSERT_TRUE(store::grantAccess(*owner_, ops, GrantRole::Ops, {}));
  EXPECT_EQ(seen(ops, "visit", "count(*)::text"), Rows{"3"});
  EXPECT_EQ(seen(ops, "cancellation", "count(*)::text"), Rows{"3"});
  Conn c = connect(uri(dbName_, ops, "Lead-Pass-1"));
  const SqlResult w = sql(c.get(), "INSERT INTO salesops.visit VALUES ('V-ops', 1, 2, 1, 0, 0, '1234AB', 1, '')");
  EXPECT_TRUE(w.ok) << w.error;
  // Ops may not hand out access: that stays with the owner.
  const SqlResult g = sql(c.get(), "INSERT INTO salesops.team_access VALUES (current_user, 'Team Noord')");
  EXPECT_FALSE(g.ok);
}

TEST_F(PgAccess, RevokeTakesEverythingAway) {
  const std::string lead = makeUser("lead", "Lead-Pass-1");
  ASSERT_TRUE(store::grantAccess(*owner_, lead, GrantRole::Lead, {"Team Zuid"}));
  ASSERT_TRUE(store::revokeAccess(*owner_, lead));
  Conn c = connect(uri(dbName_, lead, "Lead-Pass-1"));
  ASSERT_EQ(PQstatus(c.get()), CONNECTION_OK);
  const SqlResult r = sql(c.get(), "SELECT count(*) FROM salesops.visit");
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.error.find("permission denied"), std::string::npos) << r.error;
  EXPECT_EQ(admin("SELECT count(*) FROM salesops.team_access").rows[0][0], "0");
  auto s = PgStore::open(uri(dbName_, lead, "Lead-Pass-1"), OpenMode::ReadOnly);
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message.find("has no SalesOps role"), std::string::npos) << s.error().message;
}

TEST_F(PgAccess, ALeadSignedInThroughTheProgramKnowsTheirTeamsAndCannotGrant) {
  const std::string lead = makeUser("lead", "Lead-Pass-1");
  const std::string other = makeUser("other", "Lead-Pass-1");
  ASSERT_TRUE(store::grantAccess(*owner_, lead, GrantRole::Lead, {"Team Zuid", "Team Noord"}));
  auto s = PgStore::open(uri(dbName_, lead, "Lead-Pass-1"), OpenMode::ReadOnly);
  ASSERT_TRUE(s) << s.error().message;
  EXPECT_EQ((*s)->role(), store::ServerRole::Lead);
  EXPECT_EQ((*s)->teams(), (Rows{"Team Noord", "Team Zuid"}));
  EXPECT_EQ((*s)->signedInAs(), lead + " (lead: Team Noord, Team Zuid)");
  auto g = store::grantAccess(**s, other, GrantRole::Lead, {"Team Zuid"});
  ASSERT_FALSE(g);
  EXPECT_NE(g.error().message.find("may not grant access"), std::string::npos) << g.error().message;
  EXPECT_EQ(admin("SELECT count(*) FROM salesops.team_access WHERE username = '" + other + "'").rows[0][0], "0");
}

TEST_F(PgAccess, GrantNamesTeamsWithoutRepsAndRefusesALeadWithoutTeams) {
  const std::string lead = makeUser("lead", "Lead-Pass-1");
  auto g = store::grantAccess(*owner_, lead, GrantRole::Lead, {"Team Zuid", "Team Oost"});
  ASSERT_TRUE(g) << g.error().message;
  EXPECT_FALSE(g->roleCreated);
  EXPECT_EQ(g->unknownTeams, Rows{"Team Oost"});
  auto none = store::grantAccess(*owner_, lead, GrantRole::Lead, {});
  ASSERT_FALSE(none);
  auto opsWithTeam = store::grantAccess(*owner_, lead, GrantRole::Ops, {"Team Zuid"});
  ASSERT_FALSE(opsWithTeam);
  // Both refusals left the first grant as it was.
  EXPECT_EQ(seen(lead, "rep", "name"), Rows{"Anna"});
}

TEST_F(PgAccess, GrantToAMissingUserCreatesALoginRole) {
  const std::string user = dbName_ + "_new";
  users_.push_back(user);
  auto g = store::grantAccess(*owner_, user, GrantRole::Ops, {});
  ASSERT_TRUE(g) << g.error().message;
  EXPECT_TRUE(g->roleCreated);
  EXPECT_EQ(admin("SELECT rolcanlogin::text FROM pg_roles WHERE rolname = '" + user + "'").rows.at(0).at(0), "true");
}

TEST_F(PgAccess, EveryTeamTableHasRowLevelSecurity) {
  for (const char* table : store::pg::kTeamTables) {
    EXPECT_EQ(
        admin(std::string("SELECT relrowsecurity::text FROM pg_class WHERE oid = 'salesops.") + table + "'::regclass")
            .rows.at(0)
            .at(0),
        "true")
        << table;
  }
}

}  // namespace
