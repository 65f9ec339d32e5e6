// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/ImportsPage.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include "models/ImportLogModel.h"

namespace salesops::ui {

ImportsPage::ImportsPage(StoreSession& session, QWidget* parent)
    : Page(session, nullptr, parent),
      model_(new ImportLogModel(this)),
      table_(new QTableView(this)),
      summary_(new QLabel(this)) {
  auto* content = new QWidget(this);
  auto* layout = new QVBoxLayout(content);
  layout->setContentsMargins(0, 0, 0, 0);
  auto* title = new QLabel(tr("<h2>Imports</h2>"), this);
  layout->addWidget(title);
  layout->addWidget(summary_);
  table_->setModel(model_);
  table_->setAlternatingRowColors(true);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->verticalHeader()->hide();
  table_->horizontalHeader()->setStretchLastSection(true);
  table_->setObjectName("importsTable");
  layout->addWidget(table_);
  setContent(content, false);
  reload();
}

void ImportsPage::startLoad() {
  read<std::vector<kpi::ImportLogRow>>(
      [](kpi::ReadSession& s) { return s.importLog(); },
      [this](std::vector<kpi::ImportLogRow>& log) {
        summary_->setText(tr("%n import(s) recorded in this store.", nullptr, static_cast<int>(log.size())));
        model_->setEntries(std::move(log));
        table_->resizeColumnsToContents();
      });
}

}  // namespace salesops::ui
