// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include "salesops/kpi/Alerts.h"

namespace salesops::charts {

/// Who an alert is about: "Area UTR-03", "Rep R007", and "Team Zuid" (not "Team Team Zuid").
QString alertSubject(const kpi::Alert& a, const QLocale& locale = QLocale());
/// The alert in plain words, impact first in orders: "Area UTR-03: conversion 2.2% against 10.3%
/// usually, about 34 orders fewer". The window, the weekly pack and `salesops-cli alerts` (in
/// English) all say it this way.
QString alertSummary(const kpi::Alert& a, const QLocale& locale = QLocale());
/// How it was found: "two-proportion z-test within channel (d2d): z = -4.9, n = 416 against 447;
/// 26 Nov – 2 Dec against 19 Nov – 25 Nov".
QString alertDetail(const kpi::Alert& a, const QLocale& locale = QLocale());

}  // namespace salesops::charts
