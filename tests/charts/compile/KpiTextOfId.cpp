// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Must compile (charts.kpi_text_of_an_id_compiles): the twin of KpiTextOfLiteral.cpp, so that one
// cannot pass for another reason (a wrong include path or flag).
#include "salesops/charts/KpiText.h"

QString title() { return salesops::charts::kpiTitle(salesops::KpiId::conversion); }
QString named(const std::string& fromUser) { return salesops::charts::kpiTitle(fromUser); }
