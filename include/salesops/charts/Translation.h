// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace salesops::charts {

/// Where the compiled translations are embedded: `:/i18n/salesops_nl.qm`, ... (docs/translating.md).
inline constexpr const char* kTranslationsDir = ":/i18n";
inline constexpr const char* kTranslationsName = "salesops";

/// `source` (a message of `context`) in the language of `locale`, from the embedded translations,
/// whatever translator the application installed: an export asked for in Dutch names its KPIs in
/// Dutch even from an English window. English, and a language without a translation, give the
/// source text. `n` is the count of a plural message ("%n import(s)").
QString translate(const char* context, const char* source, const QLocale& locale, int n = -1);

/// The locale the program writes numbers, dates and money in, the window and the pack alike: the
/// language `asked` (Dutch or English), or with none asked Dutch on a Dutch system and English on any
/// other; the system's own variant of that language where it has one (nl_BE, en_US), else nl_NL or
/// en_GB. A C or German system gets en_GB: "€6,044.10", never the C locale's "6,044.10€".
QLocale writingLocale(std::optional<QLocale::Language> asked, const QLocale& system = QLocale::system());

}  // namespace salesops::charts
