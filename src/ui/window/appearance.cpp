// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/appearance.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>

#include <memory>
#include <optional>

#include "window/Settings.h"

#include "salesops/charts/Translation.h"

namespace salesops::ui {
namespace {

std::unique_ptr<QTranslator>& appTranslator() {
  static std::unique_ptr<QTranslator> t;
  return t;
}

std::unique_ptr<QTranslator>& qtTranslator() {
  static std::unique_ptr<QTranslator> t;
  return t;
}

// The platform's own look, kept before the first switch so "System" can give it back.
struct PlatformLook {
  QString style;
  QPalette palette;
};

const PlatformLook& platformLook() {
  static const PlatformLook look{QApplication::style() ? QApplication::style()->name() : QString(),
                                 QApplication::palette()};
  return look;
}

QPalette darkPalette() {
  const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8);
  // Greyed-out values (small denominators) must still be readable: not darker than this on #2b2b2b.
  const QColor disabled(0x9a, 0x9a, 0x9a);
  const QColor accent(0x3d, 0x8e, 0xe0);
  QPalette p;
  p.setColor(QPalette::Window, window);
  p.setColor(QPalette::WindowText, text);
  p.setColor(QPalette::Base, base);
  p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
  p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
  p.setColor(QPalette::ToolTipText, text);
  p.setColor(QPalette::PlaceholderText, disabled);
  p.setColor(QPalette::Text, text);
  p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
  p.setColor(QPalette::ButtonText, text);
  p.setColor(QPalette::BrightText, QColor(0xff, 0x7b, 0x72));
  p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
  p.setColor(QPalette::Midlight, QColor(0x3e, 0x3e, 0x3e));
  p.setColor(QPalette::Mid, QColor(0x24, 0x24, 0x24));
  p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
  p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
  p.setColor(QPalette::Highlight, accent);
  p.setColor(QPalette::HighlightedText, Qt::white);
  p.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
  p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x92, 0xf0));
  for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
    p.setColor(QPalette::Disabled, role, disabled);
  p.setColor(QPalette::Disabled, QPalette::Base, window);
  p.setColor(QPalette::Disabled, QPalette::Button, window);
  p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
  return p;
}

}  // namespace

Language languageFromCode(const QString& code) {
  if (code == QLatin1String("en")) return Language::English;
  if (code == QLatin1String("nl")) return Language::Dutch;
  return Language::System;
}

QString languageCode(Language language) {
  switch (language) {
    case Language::English:
      return QStringLiteral("en");
    case Language::Dutch:
      return QStringLiteral("nl");
    case Language::System:
      break;
  }
  return QStringLiteral("system");
}

Language storedLanguage() { return languageFromCode(settings::language.get()); }

void storeLanguage(Language language) { settings::language.set(languageCode(language)); }

QLocale localeFor(Language language, const QLocale& system) {
  if (language == Language::System) return charts::writingLocale(std::nullopt, system);
  return charts::writingLocale(language == Language::Dutch ? QLocale::Dutch : QLocale::English, system);
}

void applyLanguage(Language language) {
  const QLocale locale = localeFor(language);
  QLocale::setDefault(locale);
  for (auto* slot : {&appTranslator(), &qtTranslator()})
    if (*slot) {
      QCoreApplication::removeTranslator(slot->get());
      slot->reset();
    }
  // English is the source language; its file only holds the plural forms.
  auto app = std::make_unique<QTranslator>();
  if (app->load(locale, charts::kTranslationsName, "_", charts::kTranslationsDir)) {
    QCoreApplication::installTranslator(app.get());
    appTranslator() = std::move(app);
  }
  if (locale.language() != QLocale::English) {
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, "qtbase", "_", QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
      QCoreApplication::installTranslator(qt.get());
      qtTranslator() = std::move(qt);
    }
  }
}

ingest::CsvDialect csvDialectFor(const QLocale& locale) {
  return locale.language() == QLocale::Dutch ? ingest::CsvDialect::ExcelNl : ingest::CsvDialect::Rfc4180;
}

PaletteChoice paletteFromCode(const QString& code) {
  if (code == QLatin1String("light")) return PaletteChoice::Light;
  if (code == QLatin1String("dark")) return PaletteChoice::Dark;
  return PaletteChoice::System;
}

QString paletteCode(PaletteChoice palette) {
  switch (palette) {
    case PaletteChoice::Light:
      return QStringLiteral("light");
    case PaletteChoice::Dark:
      return QStringLiteral("dark");
    case PaletteChoice::System:
      break;
  }
  return QStringLiteral("system");
}

PaletteChoice storedPalette() { return paletteFromCode(settings::palette.get()); }

void storePalette(PaletteChoice palette) { settings::palette.set(paletteCode(palette)); }

void applyPalette(PaletteChoice palette) {
  const PlatformLook& platform = platformLook();
  if (palette == PaletteChoice::System) {
    if (!platform.style.isEmpty() && QApplication::style()->name() != platform.style)
      QApplication::setStyle(QStyleFactory::create(platform.style));
    QApplication::setPalette(platform.palette);
    return;
  }
  // Fusion draws every role of the palette; native styles may ignore a dark one.
  if (QApplication::style()->name().compare("fusion", Qt::CaseInsensitive) != 0)
    QApplication::setStyle(QStyleFactory::create("Fusion"));
  QApplication::setPalette(palette == PaletteChoice::Dark ? darkPalette() : QApplication::style()->standardPalette());
}

bool isDark(const QPalette& palette) {
  return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QColor goodColour(const QPalette& palette) { return isDark(palette) ? QColor("#56d364") : QColor("#1a7f37"); }
QColor badColour(const QPalette& palette) { return isDark(palette) ? QColor("#ff7b72") : QColor("#cf222e"); }
QColor warningColour(const QPalette& palette) { return isDark(palette) ? QColor("#e3b341") : QColor("#9a6700"); }

}  // namespace salesops::ui
