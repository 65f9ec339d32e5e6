// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Compiles: the twin of KpiIdMisspelt.cpp with the right spelling, so that the misspelt test fails
// for the misspelling only and not for a broken include path or flag.
#include "salesops/core/KpiId.h"

static_assert(salesops::kpiName(salesops::KpiId::conversion) == "conversion");
