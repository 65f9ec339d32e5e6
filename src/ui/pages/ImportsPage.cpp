// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/ImportsPage.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include "models/ImportLogModel.h"
#include "window/StoreSession.h"

namespace salesops::ui {

ImportsPage::ImportsPage(StoreSession& session, QWidget* parent)
    : QWidget(parent), session_(session), model_(new ImportLogModel(this)), table_(new QTableView(this)),
      summary_(new QLabel(this)) {
  auto* layout = new QVBoxLayout(this);
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
  connect(&session_, &StoreSession::dataChanged, this, &ImportsPage::reload);
  reload();
}

void ImportsPage::reload() {
  session_.read<std::vector<store::ImportLogEntry>>(
      this, [](store::Store& s) { return s.importLog(); },
      [this](Result<std::vector<store::ImportLogEntry>> log) {
        if (!log) {
          summary_->setText(QString::fromStdString(log.error().message));
          return;
        }
        summary_->setText(tr("%n import(s) recorded in this store.", nullptr, static_cast<int>(log->size())));
        model_->setEntries(std::move(log.value()));
        table_->resizeColumnsToContents();
      });
}

}  // namespace salesops::ui
