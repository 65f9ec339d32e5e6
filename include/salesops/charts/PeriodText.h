// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include "salesops/core/Date.h"

namespace salesops::charts {

/// A period as every chart subtitle, page heading, chip and the pack say it: "27 Nov 2026" for one
/// day, "12 Oct – 3 Dec 2026" for more (the first day's year too when the period crosses New Year).
QString periodText(const QLocale& locale, const Period& period);

}  // namespace salesops::charts
