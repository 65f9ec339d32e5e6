// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

#include "salesops/kpi/KpiRow.h"

namespace salesops::kpi {

/// How people see a rep or an area: by its name with its code after it, "Jan de Vries (R001)",
/// "Utrecht Noord (UTR-01)"; the code alone when the name is not known or is the code itself.
/// The one spelling of every chart, table, weekly pack and command-line table; machine outputs
/// (JSON, CSV) keep the code as the key.
std::string memberLabel(std::string_view name, std::string_view code);
/// memberLabel of a dimension value: its name and text; a team, city, day, ... as its text.
std::string memberLabel(const DimValue& value);

}  // namespace salesops::kpi
