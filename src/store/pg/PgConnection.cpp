// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgConnection.h"

#include <charconv>
#include <cstdlib>

#include "../Log.h"

#include "salesops/store/ConnectionString.h"

namespace salesops::store::pg {
namespace {

// libpq's messages end in a newline and may run over several lines; the first says what failed.
std::string firstLines(const char* message) {
  std::string s = message ? message : "";
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  std::string out;
  for (char c : s) {
    if (c == '\n' || c == '\t') c = ' ';
    if (c == ' ' && !out.empty() && out.back() == ' ') continue;
    out += c;
  }
  return out;
}

// The server's notices (such as "role is not a member" on a REVOKE that had nothing to take) go to the
// log, not to the terminal: libpq's default prints them on stderr.
void logNotice(void* /*arg*/, const char* message) { log().debug("server notice: {}", firstLines(message)); }

}  // namespace

int64_t PgResult::int64(int row, int col) const {
  const std::string_view t = text(row, col);
  int64_t v = 0;
  std::from_chars(t.data(), t.data() + t.size(), v);
  return v;
}

double PgResult::real(int row, int col) const { return std::strtod(PQgetvalue(r_.get(), row, col), nullptr); }

int64_t PgResult::affected() const {
  const char* n = PQcmdTuples(r_.get());
  return n && *n ? std::strtoll(n, nullptr, 10) : 0;
}

Result<std::unique_ptr<PgConnection>> PgConnection::connect(const std::string& conninfo) {
  const std::string name = redactConnection(conninfo);
  PGconn* conn = PQconnectdb(conninfo.c_str());
  if (conn == nullptr) return makeError("cannot connect to " + name + ": out of memory");
  if (PQstatus(conn) != CONNECTION_OK) {
    const std::string detail = firstLines(PQerrorMessage(conn));
    std::string why;
    if (PQconnectionNeedsPassword(conn))
      why =
          "the server wants a password: give it in ~/.pgpass, PGPASSFILE or a pg_service.conf service "
          "(libpq's conventions; it is never stored by SalesOps)";
    else if (PQconnectionUsedPassword(conn) && detail.find("password authentication failed") != std::string::npos)
      why = "wrong password or user name";
    else if (detail.find("could not connect") != std::string::npos ||
             detail.find("Connection refused") != std::string::npos ||
             detail.find("No such file") != std::string::npos ||
             detail.find("could not translate") != std::string::npos || detail.find("timeout") != std::string::npos)
      why = "the server is unreachable";
    PQfinish(conn);
    return makeError("cannot connect to the team server " + name + ": " +
                     (why.empty() ? detail : why + " (" + detail + ")"));
  }
  // Times are local seconds computed by the program; the server's time zone must not shift them,
  // and text values go over the wire as UTF-8 whatever the server's default.
  PQsetNoticeProcessor(conn, logNotice, nullptr);
  auto c = std::unique_ptr<PgConnection>(new PgConnection(conn, name));
  if (auto r = c->run("SET client_encoding = 'UTF8'; SET TIME ZONE 'UTC'"); !r) return r.error();
  return c;
}

PgConnection::~PgConnection() { PQfinish(conn_); }

Error PgConnection::failure(std::string_view what, const PGresult* r) const {
  std::string message = r ? PQresultErrorMessage(r) : PQerrorMessage(conn_);
  if (message.empty()) message = PQerrorMessage(conn_);
  std::string out = "team server " + name_ + ": ";
  if (!what.empty()) out += std::string(what) + " failed: ";
  if (PQstatus(conn_) == CONNECTION_BAD) out += "the connection to the server was lost: ";
  return makeError(out + firstLines(message.c_str()));
}

Result<PgResult> PgConnection::exec(std::string_view sql, const std::vector<PgParam>& params, std::string_view what) {
  const std::string text(sql);
  PGresult* raw = nullptr;
  if (params.empty()) {
    raw = PQexec(conn_, text.c_str());
  } else {
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const PgParam& p : params) values.push_back(p ? p->c_str() : nullptr);
    raw =
        PQexecParams(conn_, text.c_str(), static_cast<int>(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
  }
  PgResult result(raw);
  const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) return failure(what, raw);
  return result;
}

Result<void> PgConnection::run(std::string_view sql, const std::vector<PgParam>& params, std::string_view what) {
  auto r = exec(sql, params, what);
  if (!r) return r.error();
  return {};
}

Result<void> PgConnection::beginCopy(std::string_view copySql) {
  PGresult* raw = PQexec(conn_, std::string(copySql).c_str());
  PgResult r(raw);
  if (PQresultStatus(raw) != PGRES_COPY_IN) return failure("starting COPY", raw);
  return {};
}

Result<void> PgConnection::putCopyData(std::string_view data) {
  if (PQputCopyData(conn_, data.data(), static_cast<int>(data.size())) != 1)
    return failure("sending rows (COPY)", nullptr);
  return {};
}

Result<int64_t> PgConnection::endCopy() {
  if (PQputCopyEnd(conn_, nullptr) != 1) return failure("ending COPY", nullptr);
  int64_t rows = 0;
  std::optional<Error> error;
  while (PGresult* raw = PQgetResult(conn_)) {
    PgResult r(raw);
    if (PQresultStatus(raw) != PGRES_COMMAND_OK) {
      if (!error) error = failure("COPY", raw);
    } else {
      rows += r.affected();
    }
  }
  if (error) return *error;
  return rows;
}

Result<void> PgConnection::copyOut(std::string_view copySql,
                                   const std::function<Result<void>(std::string_view line)>& line) {
  PGresult* raw = PQexec(conn_, std::string(copySql).c_str());
  {
    PgResult r(raw);
    if (PQresultStatus(raw) != PGRES_COPY_OUT) return failure("starting COPY", raw);
  }
  std::optional<Error> error;
  char* buffer = nullptr;
  int n = 0;
  // Every row is read, also after an error of `line`: the connection is usable again only then.
  while ((n = PQgetCopyData(conn_, &buffer, 0)) > 0) {
    if (!error) {
      std::string_view row(buffer, static_cast<size_t>(n));
      if (!row.empty() && row.back() == '\n') row.remove_suffix(1);
      if (auto r = line(row); !r) error = r.error();
    }
    PQfreemem(buffer);
  }
  if (n == -2 && !error) error = failure("reading rows (COPY)", nullptr);
  while (PGresult* end = PQgetResult(conn_)) {
    PgResult r(end);
    if (PQresultStatus(end) != PGRES_COMMAND_OK && !error) error = failure("COPY", end);
  }
  if (error) return *error;
  return {};
}

Result<std::string> quoteIdentifier(PgConnection& conn, std::string_view name) {
  char* quoted = PQescapeIdentifier(conn.handle(), name.data(), name.size());
  if (quoted == nullptr) return makeError("not a valid name: " + std::string(name));
  std::string out = quoted;
  PQfreemem(quoted);
  return out;
}

}  // namespace salesops::store::pg
