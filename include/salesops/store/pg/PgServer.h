// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "salesops/core/Result.h"
#include "salesops/store/pg/PgStore.h"

namespace salesops::store {

/// The roles `server grant` gives: ops import and read everything; a lead reads their teams' rows.
enum class GrantRole { Ops, Lead };

struct GrantReport {
  bool roleCreated = false;               ///< the user did not exist and was created (LOGIN, no password)
  std::vector<std::string> unknownTeams;  ///< teams granted that no rep of the store is in (yet)
};

/// Gives `user` the role, replacing what they had: a lead sees exactly `teams` (at least one), an
/// ops user every team (`teams` must be empty). Only the owner of the SalesOps schema may grant; a
/// missing user is created as a login role without a password (set one with ALTER ROLE ... PASSWORD).
/// One transaction: on an error nothing changed.
Result<GrantReport> grantAccess(PgStore& store, const std::string& user, GrantRole role,
                                const std::vector<std::string>& teams);

/// Takes both SalesOps roles and every team from `user` (the login role itself stays).
Result<void> revokeAccess(PgStore& store, const std::string& user);

}  // namespace salesops::store
