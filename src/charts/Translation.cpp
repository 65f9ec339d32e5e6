// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/charts/Translation.h"

#include <QTranslator>

#include <map>
#include <memory>
#include <mutex>

namespace salesops::charts {
namespace {

// One translator per language, loaded on first use and kept: exports may ask from worker threads,
// and QTranslator::translate only reads.
const QTranslator* translatorFor(const QLocale& locale) {
  static std::mutex mutex;
  static std::map<QLocale::Language, std::unique_ptr<QTranslator>> loaded;
  const std::lock_guard lock(mutex);
  auto [it, inserted] = loaded.try_emplace(locale.language());
  if (inserted) {
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(QLocale(locale.language()), kTranslationsName, "_", kTranslationsDir))
      it->second = std::move(translator);
  }
  return it->second.get();
}

}  // namespace

QString translate(const char* context, const char* source, const QLocale& locale, int n) {
  if (locale.language() != QLocale::English && locale.language() != QLocale::C)
    if (const QTranslator* t = translatorFor(locale)) {
      QString text = t->translate(context, source, nullptr, n);
      if (!text.isEmpty()) return n >= 0 ? text.replace(QStringLiteral("%n"), QString::number(n)) : text;
    }
  QString text = QString::fromUtf8(source);
  return n >= 0 ? text.replace(QStringLiteral("%n"), QString::number(n)) : text;
}

QLocale writingLocale(std::optional<QLocale::Language> asked, const QLocale& system) {
  const QLocale::Language language =
      asked.value_or(system.language() == QLocale::Dutch ? QLocale::Dutch : QLocale::English);
  if (system.language() == language) return system;
  return language == QLocale::Dutch ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                                    : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

}  // namespace salesops::charts
