// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Must NOT compile (charts.kpi_text_of_a_literal_does_not_compile): a KPI named in code is a KpiId,
// so a misspelt name is a build error and not a raw name shown to the user at run time.
#include "salesops/charts/KpiText.h"

QString title() { return salesops::charts::kpiTitle("convrsion"); }
