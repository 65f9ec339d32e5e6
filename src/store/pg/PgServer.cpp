// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/store/pg/PgServer.h"

#include "PgConnection.h"

namespace salesops::store {
namespace {

Result<void> requireOwner(PgStore& store, std::string_view action) {
  if (store.role() == ServerRole::Owner) return {};
  return makeError(store.user() + " may not " + std::string(action) + " on " + store.name() +
                   ": only the owner of the SalesOps schema (who ran `server init`) can; nothing was changed");
}

Result<bool> roleExists(pg::PgConnection& c, const std::string& user) {
  auto r = c.exec("SELECT 1 FROM pg_roles WHERE rolname = $1", {user}, "looking up the user");
  if (!r) return r.error();
  return r->rows() > 0;
}

// Runs `body` in a transaction: committed when it succeeds, rolled back otherwise.
template <class F>
auto inTransaction(pg::PgConnection& c, F&& body) -> decltype(body()) {
  if (auto r = c.run("BEGIN"); !r) return r.error();
  auto result = body();
  if (!result) {
    (void)c.run("ROLLBACK");
    return result;
  }
  if (auto r = c.run("COMMIT", {}, "committing"); !r) return r.error();
  return result;
}

}  // namespace

Result<GrantReport> grantAccess(PgStore& store, const std::string& user, GrantRole role,
                                const std::vector<std::string>& teams) {
  if (auto r = requireOwner(store, "grant access"); !r) return r.error();
  if (role == GrantRole::Lead && teams.empty()) return makeError("a lead needs at least one --team");
  if (role == GrantRole::Ops && !teams.empty()) return makeError("--team is for leads: ops users see every team");
  if (user.empty()) return makeError("no user given");
  pg::PgConnection& c = store.connection();
  auto quoted = pg::quoteIdentifier(c, user);
  if (!quoted) return quoted.error();
  return inTransaction(c, [&]() -> Result<GrantReport> {
    GrantReport report;
    auto exists = roleExists(c, user);
    if (!exists) return exists.error();
    if (!*exists) {
      if (auto r = c.run("CREATE ROLE " + *quoted + " LOGIN", {}, "creating the user"); !r) return r.error();
      report.roleCreated = true;
    }
    const char* give = role == GrantRole::Lead ? "salesops_lead" : "salesops_ops";
    const char* take = role == GrantRole::Lead ? "salesops_ops" : "salesops_lead";
    if (auto r = c.run(std::string("REVOKE ") + take + " FROM " + *quoted, {}, "revoking the other role"); !r)
      return r.error();
    if (auto r = c.run(std::string("GRANT ") + give + " TO " + *quoted, {}, "granting the role"); !r) return r.error();
    if (auto r = c.run("DELETE FROM salesops.team_access WHERE username = $1", {user}, "replacing the teams"); !r)
      return r.error();
    for (const std::string& team : teams) {
      if (auto r = c.run("INSERT INTO salesops.team_access VALUES($1, $2) ON CONFLICT DO NOTHING", {user, team},
                         "granting the team");
          !r)
        return r.error();
      auto known = c.exec("SELECT 1 FROM salesops.rep WHERE team = $1 LIMIT 1", {team}, "looking up the team");
      if (!known) return known.error();
      if (known->rows() == 0) report.unknownTeams.push_back(team);
    }
    return report;
  });
}

Result<void> revokeAccess(PgStore& store, const std::string& user) {
  if (auto r = requireOwner(store, "revoke access"); !r) return r;
  pg::PgConnection& c = store.connection();
  auto exists = roleExists(c, user);
  if (!exists) return exists.error();
  if (!*exists) return makeError("no user '" + user + "' on " + store.name());
  auto quoted = pg::quoteIdentifier(c, user);
  if (!quoted) return quoted.error();
  return inTransaction(c, [&]() -> Result<void> {
    if (auto r = c.run("REVOKE salesops_ops, salesops_lead FROM " + *quoted, {}, "revoking the roles"); !r) return r;
    return c.run("DELETE FROM salesops.team_access WHERE username = $1", {user}, "removing the teams");
  });
}

}  // namespace salesops::store
