// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/store/ConnectionString.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace salesops::store {
namespace {

constexpr std::string_view kMask = "***";
constexpr std::array<std::string_view, 2> kSchemes = {"postgresql://", "postgres://"};
// The keywords whose values are secrets (libpq's "password" and the client key's passphrase).
constexpr std::array<std::string_view, 2> kSecretKeys = {"password", "sslpassword"};

bool startsWithNoCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), s.begin(), [](char a, char b) {
           return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
         });
}

bool isUri(std::string_view db) {
  return std::any_of(kSchemes.begin(), kSchemes.end(), [&](std::string_view s) { return startsWithNoCase(db, s); });
}

bool isSecretKey(std::string_view key) {
  return std::find(kSecretKeys.begin(), kSecretKeys.end(), key) != kSecretKeys.end();
}

// A URI: `scheme://[user[:password]@]hosts[/db][?key=value&...]`.
std::string redactUri(std::string_view db) {
  const size_t schemeEnd = db.find("://") + 3;
  std::string out(db.substr(0, schemeEnd));
  const size_t queryAt = db.find('?', schemeEnd);
  std::string_view rest = db.substr(schemeEnd, queryAt == std::string_view::npos ? db.npos : queryAt - schemeEnd);
  // The user info ends at the last '@' before the query: a password may hold '@', ':' or '/' when
  // its writer forgot to percent-encode them, and hiding too much is safer than too little.
  const size_t at = rest.rfind('@');
  if (at != std::string_view::npos) {
    const std::string_view userInfo = rest.substr(0, at);
    const size_t colon = userInfo.find(':');
    out += colon == std::string_view::npos ? userInfo : std::string(userInfo.substr(0, colon + 1)) + std::string(kMask);
    out += rest.substr(at);
  } else {
    out += rest;
  }
  if (queryAt == std::string_view::npos) return out;
  out += '?';
  std::string_view query = db.substr(queryAt + 1);
  bool first = true;
  while (true) {
    const size_t amp = query.find('&');
    const std::string_view param = query.substr(0, amp);
    const size_t eq = param.find('=');
    if (!first) out += '&';
    first = false;
    if (eq != std::string_view::npos && isSecretKey(param.substr(0, eq))) {
      out += param.substr(0, eq + 1);
      out += kMask;
    } else {
      out += param;
    }
    if (amp == std::string_view::npos) break;
    query = query.substr(amp + 1);
  }
  return out;
}

// A keyword/value string: `key = value` pairs separated by spaces; a value may be single-quoted with
// `\'` and `\\` escapes (libpq's rules). Spacing and every value but the secrets are kept as written.
std::string redactKeywords(std::string_view db) {
  std::string out;
  size_t i = 0;
  const auto space = [&](size_t k) { return k < db.size() && std::isspace(static_cast<unsigned char>(db[k])); };
  while (i < db.size()) {
    while (space(i)) out += db[i++];
    const size_t keyStart = i;
    while (i < db.size() && db[i] != '=' && !space(i)) ++i;
    const std::string_view key = db.substr(keyStart, i - keyStart);
    out += key;
    while (space(i)) out += db[i++];
    if (i >= db.size() || db[i] != '=') continue;
    out += db[i++];
    while (space(i)) out += db[i++];
    const size_t valueStart = i;
    if (i < db.size() && db[i] == '\'') {
      for (++i; i < db.size() && db[i] != '\''; ++i)
        if (db[i] == '\\' && i + 1 < db.size()) ++i;
      if (i < db.size()) ++i;  // the closing quote
    } else {
      while (i < db.size() && !space(i)) ++i;
    }
    out += isSecretKey(key) ? kMask : db.substr(valueStart, i - valueStart);
  }
  return out;
}

}  // namespace

bool isServerConnection(std::string_view db) {
  if (isUri(db)) return true;
  // A keyword/value string has `key=` at its start; a file name such as `a=b.sqlite` would too, so
  // only libpq's own keywords count.
  for (std::string_view key : {"service", "host", "hostaddr", "dbname", "port", "user", "password", "passfile",
                               "sslmode", "connect_timeout", "application_name", "options", "sslpassword"}) {
    if (!db.starts_with(key)) continue;
    std::string_view rest = db.substr(key.size());
    while (!rest.empty() && std::isspace(static_cast<unsigned char>(rest.front()))) rest.remove_prefix(1);
    if (!rest.empty() && rest.front() == '=') return true;
  }
  return false;
}

std::string redactConnection(std::string_view db) {
  if (isUri(db)) return redactUri(db);
  if (isServerConnection(db)) return redactKeywords(db);
  return std::string(db);
}

}  // namespace salesops::store
