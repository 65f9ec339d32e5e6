// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/SettingsMenu.h"

#include <QActionGroup>
#include <QFileDialog>

#include "window/Settings.h"
#include "window/appearance.h"

namespace salesops::ui {

SettingsMenu::SettingsMenu(QWidget* parent)
    : QMenu(tr("&Settings"), parent), languages_(new QActionGroup(this)), palettes_(new QActionGroup(this)) {
  setObjectName("settingsMenu");
  QMenu* language = addMenu(tr("&Language"));
  language->setObjectName("languageMenu");
  // Each language is named in itself, so a user who cannot read the current one still finds theirs.
  const std::pair<Language, QString> languages[] = {{Language::System, tr("&System language")},
                                                    {Language::English, QStringLiteral("&English")},
                                                    {Language::Dutch, QStringLiteral("&Nederlands")}};
  const Language currentLanguage = storedLanguage();
  for (const auto& [value, text] : languages) {
    QAction* a = language->addAction(text);
    a->setCheckable(true);
    a->setChecked(value == currentLanguage);
    a->setData(languageCode(value));
    languages_->addAction(a);
    // An init-capture: a structured binding cannot be captured by name before clang 16.
    connect(a, &QAction::triggered, this, [this, value = value] {
      if (value == storedLanguage()) return;
      storeLanguage(value);
      applyLanguage(value);
      emit changed();
    });
  }

  QMenu* palette = addMenu(tr("&Palette"));
  palette->setObjectName("paletteMenu");
  const std::pair<PaletteChoice, QString> palettes[] = {{PaletteChoice::System, tr("&System palette")},
                                                        {PaletteChoice::Light, tr("&Light")},
                                                        {PaletteChoice::Dark, tr("&Dark")}};
  const PaletteChoice currentPalette = storedPalette();
  for (const auto& [value, text] : palettes) {
    QAction* a = palette->addAction(text);
    a->setCheckable(true);
    a->setChecked(value == currentPalette);
    a->setData(paletteCode(value));
    palettes_->addAction(a);
    connect(a, &QAction::triggered, this, [this, value = value] {
      if (value == storedPalette()) return;
      storePalette(value);
      applyPalette(value);
      emit changed();
    });
  }

  addSeparator();
  watch_ = addAction(tr("&Watch folder\u2026"));
  watch_->setObjectName("watchFolderAction");
  stopWatching_ = addAction(tr("S&top watching"));
  stopWatching_->setObjectName("stopWatchingAction");
  const auto showFolder = [this] {
    const QString dir = settings::watchFolder.get();
    watch_->setStatusTip(dir.isEmpty() ? tr("Import each export saved in a folder once it is complete")
                                       : tr("Watching %1").arg(dir));
    stopWatching_->setEnabled(!dir.isEmpty());
  };
  showFolder();
  connect(this, &SettingsMenu::watchFolderChanged, this, showFolder);
  connect(watch_, &QAction::triggered, this, [this] {
    const QString dir =
        QFileDialog::getExistingDirectory(parentWidget(), tr("Watch folder"), settings::watchFolder.get());
    if (!dir.isEmpty()) setWatchFolder(dir);
  });
  connect(stopWatching_, &QAction::triggered, this, [this] { setWatchFolder({}); });
}

void SettingsMenu::setWatchFolder(const QString& dir) {
  if (dir.isEmpty())
    settings::watchFolder.remove();
  else
    settings::watchFolder.set(dir);
  emit watchFolderChanged();
}

}  // namespace salesops::ui
