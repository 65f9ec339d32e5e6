// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/kpi/MemberLabel.h"

namespace salesops::kpi {

std::string memberLabel(std::string_view name, std::string_view code) {
  if (name.empty() || name == code) return std::string(code);
  std::string out;
  out.reserve(name.size() + code.size() + 3);
  out.append(name).append(" (").append(code).append(")");
  return out;
}

std::string memberLabel(const DimValue& value) { return memberLabel(value.name, value.text); }

}  // namespace salesops::kpi
