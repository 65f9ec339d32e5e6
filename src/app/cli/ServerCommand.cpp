// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerCommand.h"

#include <cstdio>

#include "salesops/store/ConnectionString.h"
#ifdef SALESOPS_WITH_POSTGRESQL
#include "salesops/store/pg/PgServer.h"
#endif

namespace salesops::cli {

int runServer(CliContext& context, const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "The team store on PostgreSQL (--db postgresql://... or service=NAME):\n"
      "  init                 create the SalesOps schema and roles in an empty database, or upgrade an older one\n"
      "  status               who is signed in, their role and teams, and the schema version\n"
      "  grant USER --role lead|ops [--team T]...   give USER a role (a lead sees only the given teams)\n"
      "  revoke USER          take every SalesOps role and team from USER");
  CliContext::addCommonOptions(parser);
  parser.addOption({"team", "A team a lead sees (repeat for several).", "T"});
  parser.addOption({"role", "lead (read only, their teams) or ops (import and everything).", "ROLE"});
  parser.addPositionalArgument("action", "init, status, grant or revoke");
  bool help = false;
  if (!context.parse(parser, args, help)) return kFailed;
  if (help) return kOk;
  const QStringList pos = parser.positionalArguments();
  const QString action = pos.value(0);
  const bool needsUser = action == "grant" || action == "revoke";
  if (!(action == "init" || action == "status" || needsUser) || pos.size() != (needsUser ? 2 : 1)) {
    printError("server: expected init, status, grant USER or revoke USER (see --help)");
    return kFailed;
  }
  if (!store::isServerConnection(context.dbPath)) {
    printError("server: --db must name a PostgreSQL server (postgresql://... or service=NAME)");
    return kFailed;
  }
  const bool grant = action == "grant";
  if (!grant && (parser.isSet("team") || parser.isSet("role"))) {
    printError("server: --team and --role belong to grant");
    return kFailed;
  }
  const QString roleName = parser.value("role");
  if (grant && roleName != "lead" && roleName != "ops") {
    printError("server grant: --role must be lead or ops");
    return kFailed;
  }
#ifdef SALESOPS_WITH_POSTGRESQL
  auto store =
      store::PgStore::open(context.dbPath, action == "init" ? store::OpenMode::Create : store::OpenMode::ReadOnly);
  if (!store) {
    printError(store.error().message);
    return kFailed;
  }
  store::PgStore& s = **store;
  if (action == "init") {
    if (s.foundVersion() == s.schemaVersion())
      std::printf("%s: SalesOps schema version %d, nothing to do\n", s.name().c_str(), s.schemaVersion());
    else if (s.foundVersion() == 0)
      std::printf("%s: created SalesOps schema version %d and the roles salesops_ops and salesops_lead\n",
                  s.name().c_str(), s.schemaVersion());
    else
      std::printf("%s: upgraded the SalesOps schema from version %d to %d\n", s.name().c_str(), s.foundVersion(),
                  s.schemaVersion());
    return kOk;
  }
  if (action == "status") {
    std::printf("server   %s\nschema   version %d\nsigned in %s\n", s.name().c_str(), s.schemaVersion(),
                s.signedInAs().c_str());
    return kOk;
  }
  const std::string user = pos[1].toStdString();
  if (action == "revoke") {
    if (auto r = store::revokeAccess(s, user); !r) {
      printError("server revoke: " + r.error().message);
      return kFailed;
    }
    std::printf("%s: %s has no SalesOps role any more\n", s.name().c_str(), user.c_str());
    return kOk;
  }
  std::vector<std::string> teams;
  for (const QString& t : parser.values("team")) teams.push_back(t.toStdString());
  auto report = store::grantAccess(s, user, roleName == "lead" ? store::GrantRole::Lead : store::GrantRole::Ops, teams);
  if (!report) {
    printError("server grant: " + report.error().message);
    return kFailed;
  }
  if (report->roleCreated)
    printError("created the login role " + user + " without a password: set one with ALTER ROLE ... PASSWORD");
  for (const std::string& t : report->unknownTeams)
    printError("warning: no rep is in team '" + t + "' yet (granted anyway; check the spelling)");
  std::string list;
  for (const std::string& t : teams) list += (list.empty() ? "" : ", ") + t;
  std::printf("%s: %s is %s%s\n", s.name().c_str(), user.c_str(), roleName.toStdString().c_str(),
              teams.empty() ? " (all teams)" : (" of " + list).c_str());
  return kOk;
#else
  printError("server: this salesops-cli was built without PostgreSQL support (SALESOPS_POSTGRESQL=OFF)");
  return kFailed;
#endif
}

}  // namespace salesops::cli
