// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace salesops::charts {

/// Where the compiled translations are embedded: `:/i18n/salesops_nl.qm`, ... (docs/translating.md).
inline constexpr const char* kTranslationsDir = ":/i18n";
inline constexpr const char* kTranslationsName = "salesops";

/// `source` (a message of `context`) in the language of `locale`, from the embedded translations,
/// whatever translator the application installed: an export asked for in Dutch names its KPIs in
/// Dutch even from an English window. English, and a language without a translation, give the
/// source text. `n` is the count of a plural message ("%n import(s)").
QString translate(const char* context, const char* source, const QLocale& locale, int n = -1);

}  // namespace salesops::charts
