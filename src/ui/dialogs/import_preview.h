// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <string_view>

namespace salesops::ui {

/// A field of the import preview as the import will read it, in the window's language, so a person
/// checks the reading rather than the spelling: a date-time "8 Oct 2026 17:45" (or "8 okt. 2026
/// 17:45"), a date "15 Jan 2027", an amount "€ 42,50", yes or no, a percentage "40,0%", a postcode
/// as stored ("3512AB"). `column` is the canonical column the field is mapped to (`ordered_at`,
/// `monthly_fee`, ...). Any other column, and a field that does not read (the import will reject
/// its row), is shown as written.
QString previewValue(std::string_view column, std::string_view field, const QLocale& locale = QLocale());

}  // namespace salesops::ui
