// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QLocale>
#include <QPalette>
#include <QString>

#include "salesops/ingest/CsvDialect.h"

namespace salesops::ui {

/// The language the user chose in View > Language, remembered as `ui/language`.
enum class Language { System, English, Dutch };
/// The palette chosen with --palette or View > Palette, remembered as `ui/palette`.
enum class PaletteChoice { System, Light, Dark };

Language storedLanguage();
void storeLanguage(Language language);
/// "system", "en", "nl"; nullopt-like System for anything else.
Language languageFromCode(const QString& code);
QString languageCode(Language language);

/// The locale for `language` on a system whose locale is `system`: System means Dutch for any nl_*
/// locale and English otherwise. Dutch keeps a Dutch system's country (nl_BE), else nl_NL; English
/// keeps an English system's country (en_US dates), else en_GB.
QLocale localeFor(Language language, const QLocale& system = QLocale::system());

/// Makes `language` the application's: the default QLocale (numbers, percentages, dates) and the
/// translators (ours, embedded, and Qt's own from qtbase_<lang>.qm when installed). Widgets made
/// afterwards speak it; the window host remakes the window for a live switch.
void applyLanguage(Language language);
/// The CSV dialect of the language's spreadsheets (the default QLocale's, as applyLanguage set it):
/// excel-nl in Dutch, so an export opens in Dutch Excel with a double click; rfc4180 otherwise.
ingest::CsvDialect csvDialectFor(const QLocale& locale = QLocale());

PaletteChoice storedPalette();
void storePalette(PaletteChoice palette);
PaletteChoice paletteFromCode(const QString& code);
QString paletteCode(PaletteChoice palette);
/// Light and Dark switch to the Fusion style with that palette; System gives back the platform's
/// style and palette (as they were at the first call).
void applyPalette(PaletteChoice palette);
/// Whether `palette` is a dark one (light text on a dark window): charts then use their dark theme.
bool isDark(const QPalette& palette);

/// Colours for good, bad and warning text that read well on the palette's base and window colours.
QColor goodColour(const QPalette& palette);
QColor badColour(const QPalette& palette);
QColor warningColour(const QPalette& palette);

}  // namespace salesops::ui
