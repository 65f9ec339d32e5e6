// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace salesops::ui {

class ImportLogModel;
class StoreSession;

/// History of every import from the store's import log.
class ImportsPage : public QWidget {
  Q_OBJECT
 public:
  ImportsPage(StoreSession& session, QWidget* parent = nullptr);
  ImportLogModel* model() const { return model_; }

 public slots:
  void reload();

 private:
  StoreSession& session_;
  ImportLogModel* model_;
  QTableView* table_;
  QLabel* summary_;
};

}  // namespace salesops::ui
