// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/HelpDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

#include "salesops/charts/KpiText.h"
#include "salesops/core/KpiCatalogue.h"

namespace salesops::ui {
namespace {

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

QTableWidget* table(QWidget* parent, const QString& name, const QStringList& headers) {
  auto* t = new QTableWidget(parent);
  t->setObjectName(name);
  t->setColumnCount(static_cast<int>(headers.size()));
  t->setHorizontalHeaderLabels(headers);
  t->setEditTriggers(QAbstractItemView::NoEditTriggers);
  t->setSelectionBehavior(QAbstractItemView::SelectRows);
  t->setWordWrap(true);
  t->verticalHeader()->hide();
  t->horizontalHeader()->setStretchLastSection(true);
  return t;
}

void put(QTableWidget* t, int row, int column, const QString& text) {
  auto* item = new QTableWidgetItem(text);
  item->setToolTip(text);
  t->setItem(row, column, item);
}

}  // namespace

HelpDialog::HelpDialog(QWidget* window, Tab tab, QWidget* parent)
    : QDialog(parent),
      tabs_(new QTabWidget(this)),
      glossary_(table(this, "kpiGlossary", {tr("KPI"), tr("Name"), tr("Formula"), tr("Definition")})),
      shortcuts_(table(this, "shortcutList", {tr("Shortcut"), tr("Action")})) {
  setWindowTitle(tr("Help"));
  resize(1000, 640);

  const QLocale locale;
  const bool dutch = locale.language() == QLocale::Dutch;
  const auto catalogue = kpiCatalogue();
  glossary_->setRowCount(static_cast<int>(catalogue.size()));
  for (int r = 0; r < static_cast<int>(catalogue.size()); ++r) {
    const KpiDefinition& d = catalogue[static_cast<size_t>(r)];
    put(glossary_, r, 0, charts::kpiTitle(d.name, locale));
    put(glossary_, r, 1, qs(d.name));
    put(glossary_, r, 2, qs(d.formula));
    put(glossary_, r, 3, qs(dutch ? d.definitionNl : d.definitionEn));
  }
  glossary_->resizeColumnsToContents();
  glossary_->setColumnWidth(2, std::min(glossary_->columnWidth(2), 260));
  glossary_->resizeRowsToContents();

  // Every action of the window with a shortcut, by shortcut text (Ctrl+1 ... before Ctrl+E).
  std::map<QString, QString> byKey;
  for (const QAction* a : window ? window->findChildren<QAction*>() : QList<QAction*>()) {
    if (a->shortcut().isEmpty()) continue;
    QString what = a->text();
    what.remove(QLatin1Char('&'));
    if (what.endsWith(QChar(0x2026))) what.chop(1);
    byKey.emplace(a->shortcut().toString(QKeySequence::NativeText), what);
  }
  shortcuts_->setRowCount(static_cast<int>(byKey.size()));
  int row = 0;
  for (const auto& [key, what] : byKey) {
    put(shortcuts_, row, 0, key);
    put(shortcuts_, row++, 1, what);
  }
  shortcuts_->resizeColumnsToContents();

  tabs_->addTab(glossary_, tr("KPI glossary"));
  tabs_->addTab(shortcuts_, tr("Keyboard shortcuts"));
  tabs_->setCurrentIndex(tab == Tab::Glossary ? 0 : 1);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(tabs_);
  layout->addWidget(buttons);
}

}  // namespace salesops::ui
