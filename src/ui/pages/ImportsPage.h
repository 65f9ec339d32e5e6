// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/Page.h"

class QLabel;
class QTableView;

namespace salesops::ui {

class ImportLogModel;

/// History of every import from the store's import log.
class ImportsPage : public Page {
  Q_OBJECT
 public:
  explicit ImportsPage(StoreSession& session, QWidget* parent = nullptr);
  ImportLogModel* model() const { return model_; }

 protected:
  void startLoad() override;

 private:
  ImportLogModel* model_;
  QTableView* table_;
  QLabel* summary_;
};

}  // namespace salesops::ui
