// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/core/Money.h"

#include <cstdio>
#include <cstdlib>

namespace salesops {

std::string Money::toString() const {
  const int64_t abs = cents_ < 0 ? -cents_ : cents_;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s%lld.%02lld", cents_ < 0 ? "-" : "", static_cast<long long>(abs / 100),
                static_cast<long long>(abs % 100));
  return buf;
}

}  // namespace salesops
