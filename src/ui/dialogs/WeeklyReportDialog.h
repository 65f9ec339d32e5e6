// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>

#include <optional>

#include "salesops/core/Date.h"

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace salesops::ui {

class StoreSession;

/// File > Export weekly start: pick an ISO week (any day of it; the last complete week with data
/// to start with), everyone or one team (a team lead's pack, as `report --team`) and a PDF file,
/// and write the weekly-start pack in the window's language. The
/// data is read on a worker thread; the pages are drawn on the UI thread (charts are widgets),
/// with progress. Afterwards the PDF can be opened from the dialog.
class WeeklyReportDialog : public QDialog {
  Q_OBJECT
 public:
  explicit WeeklyReportDialog(StoreSession& session, QWidget* parent = nullptr);

  IsoWeek week() const;
  /// The team whose pack is made; empty: everyone.
  QString team() const;
  QString outputPath() const;
  void setOutputPath(const QString& path);
  /// Starts writing the pack (what the Export button does).
  void startExport();

 signals:
  /// The default week and the teams are known (read from the store).
  void weekReady();
  /// The pack was written (pages > 0) or failed (pages == 0, the reason shown in the dialog).
  void exportFinished(int pages);

 private:
  void showWeek();
  void setBusy(bool busy);
  void finish(int pages, const QString& message);

  StoreSession& session_;
  QDateEdit* day_;
  QLabel* weekLabel_;
  QComboBox* team_;
  QLineEdit* path_;
  QPushButton* browse_;
  QProgressBar* progress_;
  QLabel* status_;
  QPushButton* open_;
  QDialogButtonBox* buttons_;
  QPushButton* export_;
  bool pathEdited_ = false;
};

}  // namespace salesops::ui
