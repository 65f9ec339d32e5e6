// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

#include <map>
#include <optional>

#include "dialogs/ImportWorker.h"

#include "salesops/ingest/FilePreview.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;

namespace salesops::ui {

class ColumnMappingModel;
class FilePreviewModel;
class ImportOutcomeModel;
class RowErrorModel;

/// Pick or drop CSV files, see how each will be read (kind, encoding, delimiter, column mapping,
/// first rows), adjust the mapping, import on a worker thread with progress and Cancel, and see
/// the four counts and the rejected rows. The mapping a user chose is remembered per header.
class ImportDialog : public QDialog {
  Q_OBJECT
 public:
  explicit ImportDialog(QString storePath, QWidget* parent = nullptr);
  ~ImportDialog() override;

  void addFiles(const QStringList& paths);
  /// Starts importing every listed file (what the Import button does).
  void startImport();
  void cancelImport();
  bool importing() const { return thread_ != nullptr; }
  /// One row per file of the last import (ImportOutcomeModel).
  QTableView* resultsTable() const { return results_; }
  /// The first rows of the file shown, as the import will read them (FilePreviewModel).
  QTableView* previewTable() const { return preview_; }

 signals:
  /// After an import that changed the store (the window refreshes).
  void imported();
  /// After the worker has finished, whatever the result.
  void importFinished();

 protected:
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;
  void reject() override;

 private:
  struct FileState {
    QString path;
    std::optional<FileKind> kind;
    std::map<std::string, std::string> overrides;
    std::optional<ingest::FilePreview> preview;
    QString error;
  };

  void showFile(int row);
  void loadPreview(int row);
  void showPreview(const FileState& file);
  void mappingChanged();
  void showOutcomes(const QList<ImportOutcome>& outcomes);
  void setBusy(bool busy);

  QString storePath_;
  std::vector<FileState> files_;
  QListWidget* list_;
  QComboBox* kind_;
  QLabel* readAs_;
  ColumnMappingModel* mappingModel_;
  FilePreviewModel* previewModel_;
  ImportOutcomeModel* outcomes_;
  RowErrorModel* rowErrors_;
  QTableView* mapping_;
  QTableView* preview_;
  QCheckBox* strict_;
  QProgressBar* progress_;
  QLabel* status_;
  QTableView* results_;
  QTableView* errors_;
  QPushButton* importButton_;
  QPushButton* cancelButton_;
  QPushButton* openRejects_;
  QString lastRejectFile_;
  QThread* thread_ = nullptr;
  ImportWorker* worker_ = nullptr;
};

}  // namespace salesops::ui
