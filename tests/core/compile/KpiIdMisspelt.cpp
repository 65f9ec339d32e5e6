// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Must NOT compile (core.kpi_id_misspelt_does_not_compile expects the compiler to fail): a
// misspelt KPI in code is an error at build time, not "no value" at run time.
#include "salesops/core/KpiId.h"

static_assert(salesops::kpiName(salesops::KpiId::convrsion) == "conversion");
