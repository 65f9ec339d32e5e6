// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ImportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "dialogs/import_files.h"
#include "dialogs/import_preview.h"
#include "models/ColumnMappingModel.h"
#include "models/FilePreviewModel.h"
#include "models/ImportLogModel.h"
#include "models/ImportOutcomeModel.h"
#include "models/RowErrorModel.h"
#include "window/Settings.h"
#include "window/guarded.h"

namespace salesops::ui {
namespace {

QString encodingName(ingest::Encoding e) {
  switch (e) {
    case ingest::Encoding::Utf8:
      return QStringLiteral("UTF-8");
    case ingest::Encoding::Utf8Bom:
      return QObject::tr("UTF-8 with BOM");
    case ingest::Encoding::Windows1252:
      return QStringLiteral("Windows-1252");
  }
  return {};
}

QString delimiterName(char d) {
  switch (d) {
    case ',':
      return QObject::tr("comma");
    case ';':
      return QObject::tr("semicolon");
    case '\t':
      return QObject::tr("tab");
    case '|':
      return QObject::tr("bar (|)");
  }
  return QString(QChar(d));
}

QTableView* tableOn(QAbstractItemModel* model, QWidget* parent) {
  auto* view = new QTableView(parent);
  view->setModel(model);
  view->setEditTriggers(QAbstractItemView::NoEditTriggers);
  view->horizontalHeader()->setStretchLastSection(true);
  return view;
}

}  // namespace

ImportDialog::ImportDialog(QString storePath, QWidget* parent)
    : QDialog(parent),
      storePath_(std::move(storePath)),
      list_(new QListWidget(this)),
      kind_(new QComboBox(this)),
      readAs_(new QLabel(this)),
      mappingModel_(new ColumnMappingModel(this)),
      previewModel_(new FilePreviewModel(this)),
      outcomes_(new ImportOutcomeModel(this)),
      rowErrors_(new RowErrorModel(this)),
      mapping_(tableOn(mappingModel_, this)),
      preview_(tableOn(previewModel_, this)),
      strict_(new QCheckBox(tr("&Strict: refuse a file when any row is bad"), this)),
      progress_(new QProgressBar(this)),
      status_(new QLabel(this)),
      results_(tableOn(outcomes_, this)),
      errors_(tableOn(rowErrors_, this)),
      importButton_(new QPushButton(tr("&Import"), this)),
      cancelButton_(new QPushButton(tr("Cancel import"), this)),
      openRejects_(new QPushButton(tr("Open &reject file"), this)) {
  setWindowTitle(tr("Import exports"));
  setAcceptDrops(true);
  resize(1100, 760);

  auto* addButton = new QPushButton(tr("&Add files…"), this);
  auto* removeButton = new QPushButton(tr("Re&move"), this);
  connect(addButton, &QPushButton::clicked, this, [this] { addFiles(askImportFiles(this)); });
  connect(removeButton, &QPushButton::clicked, this, [this] {
    const int row = list_->currentRow();
    if (row < 0 || importing()) return;
    files_.erase(files_.begin() + row);
    delete list_->takeItem(row);
  });
  auto* left = new QWidget(this);
  auto* leftLayout = new QVBoxLayout(left);
  leftLayout->setContentsMargins(0, 0, 0, 0);
  leftLayout->addWidget(new QLabel(tr("Files (drop CSV files here):"), this));
  leftLayout->addWidget(list_);
  auto* fileButtons = new QHBoxLayout;
  fileButtons->addWidget(addButton);
  fileButtons->addWidget(removeButton);
  leftLayout->addLayout(fileButtons);

  kind_->addItem(tr("Detect from header"));
  for (FileKind k : allValues<FileKind>()) kind_->addItem(ImportLogModel::kindName(k), static_cast<int>(k));
  connect(kind_, &QComboBox::activated, this, [this](int index) {
    const int row = list_->currentRow();
    if (row < 0) return;
    FileState& f = files_[static_cast<size_t>(row)];
    f.kind = index == 0 ? std::nullopt : std::optional<FileKind>(static_cast<FileKind>(kind_->itemData(index).toInt()));
    f.overrides.clear();
    loadPreview(row);
  });
  mapping_->verticalHeader()->hide();

  auto* right = new QWidget(this);
  auto* rightLayout = new QVBoxLayout(right);
  rightLayout->setContentsMargins(0, 0, 0, 0);
  auto* kindRow = new QHBoxLayout;
  auto* kindLabel = new QLabel(tr("&Kind:"), this);
  kindLabel->setBuddy(kind_);
  kindRow->addWidget(kindLabel);
  kindRow->addWidget(kind_);
  kindRow->addWidget(readAs_, 1);
  rightLayout->addLayout(kindRow);
  auto* split = new QSplitter(Qt::Vertical, this);
  split->addWidget(mapping_);
  split->addWidget(preview_);
  rightLayout->addWidget(split, 1);

  auto* top = new QSplitter(Qt::Horizontal, this);
  top->addWidget(left);
  top->addWidget(right);
  top->setStretchFactor(1, 3);

  results_->verticalHeader()->hide();
  results_->setObjectName("importResults");
  errors_->verticalHeader()->hide();

  progress_->setRange(0, 1000);
  progress_->setValue(0);
  cancelButton_->setEnabled(false);
  openRejects_->setEnabled(false);
  connect(importButton_, &QPushButton::clicked, this, &ImportDialog::startImport);
  connect(cancelButton_, &QPushButton::clicked, this, &ImportDialog::cancelImport);
  connect(openRejects_, &QPushButton::clicked, this,
          [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(lastRejectFile_)); });
  auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(close, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

  auto* bottom = new QHBoxLayout;
  bottom->addWidget(strict_);
  bottom->addStretch();
  bottom->addWidget(importButton_);
  bottom->addWidget(cancelButton_);
  bottom->addWidget(openRejects_);
  bottom->addWidget(close);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(top, 3);
  layout->addWidget(progress_);
  layout->addWidget(status_);
  auto* resultSplit = new QSplitter(Qt::Horizontal, this);
  resultSplit->addWidget(results_);
  resultSplit->addWidget(errors_);
  layout->addWidget(resultSplit, 2);
  layout->addLayout(bottom);

  connect(list_, &QListWidget::currentRowChanged, this, &ImportDialog::showFile);
  connect(mappingModel_, &ColumnMappingModel::mappingEdited, this, &ImportDialog::mappingChanged);
}

ImportDialog::~ImportDialog() {
  if (thread_) {
    worker_->cancel();
    thread_->quit();
    thread_->wait();
    delete worker_;
  }
}

void ImportDialog::addFiles(const QStringList& paths) {
  for (const QString& p : paths) {
    if (p.isEmpty()) continue;
    files_.push_back({p, std::nullopt, {}, std::nullopt, {}});
    list_->addItem(QFileInfo(p).fileName());
    loadPreview(static_cast<int>(files_.size()) - 1);
  }
  if (list_->currentRow() < 0 && list_->count() > 0) list_->setCurrentRow(0);
}

void ImportDialog::loadPreview(int row) {
  const FileState& f = files_[static_cast<size_t>(row)];
  ingest::ParseOptions options;
  options.kind = f.kind;
  options.columnOverrides = f.overrides;
  const std::string path = f.path.toStdString();
  auto* watcher = new QFutureWatcher<Result<ingest::FilePreview>>(this);
  connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path = f.path] {
    watcher->deleteLater();
    auto result = watcher->result();
    for (size_t i = 0; i < files_.size(); ++i) {
      FileState& f = files_[i];
      if (f.path != path) continue;
      f.preview.reset();
      f.error.clear();
      if (result) {
        f.preview = std::move(result.value());
        // A mapping chosen before for this header is applied once, when the file is first read.
        if (f.overrides.empty()) {
          const QString saved = settings::importMapping(f.preview->info.header).get();
          if (!saved.isEmpty()) {
            for (const QString& pair : saved.split(';', Qt::SkipEmptyParts)) {
              const QStringList kv = pair.split('=');
              if (kv.size() == 2) f.overrides[kv[0].toStdString()] = kv[1].toStdString();
            }
            if (!f.overrides.empty()) {
              loadPreview(static_cast<int>(i));
              return;
            }
          }
        }
      } else {
        f.error = QString::fromStdString(result.error().message);
      }
      if (static_cast<int>(i) == list_->currentRow()) showPreview(f);
    }
  });
  watcher->setFuture(
      QtConcurrent::run([path, options] { return guarded([&] { return ingest::previewFile(path, options); }); }));
}

void ImportDialog::showFile(int row) {
  if (row < 0 || row >= static_cast<int>(files_.size())) return;
  showPreview(files_[static_cast<size_t>(row)]);
}

void ImportDialog::showPreview(const FileState& f) {
  mappingModel_->clear();
  previewModel_->clear();
  kind_->setCurrentIndex(f.kind ? kind_->findData(static_cast<int>(*f.kind)) : 0);
  if (!f.preview) {
    readAs_->setText(f.error.isEmpty() ? tr("Reading…") : tr("<b>Cannot import:</b> %1").arg(f.error.toHtmlEscaped()));
    readAs_->setWordWrap(true);
    return;
  }
  const ingest::FileInfo& info = f.preview->info;
  QString text = tr("Read as <b>%1</b> · %2 · separator %3 · %4")
                     .arg(ImportLogModel::kindName(info.kind), encodingName(info.encoding),
                          delimiterName(info.delimiter), QLocale().formattedDataSize(static_cast<qint64>(info.size)));
  if (!info.ignoredColumns.empty()) {
    QStringList ignored;
    for (const auto& c : info.ignoredColumns) ignored << QString::fromStdString(c);
    text += "<br>" + tr("Ignored columns: %1").arg(ignored.join(", ").toHtmlEscaped());
  }
  readAs_->setText(text);

  mappingModel_->setPreview(*f.preview);
  // The file column of each row is picked in a combo box that stays open, as a form's would.
  for (int r = 0; r < mappingModel_->rowCount(); ++r) {
    const QModelIndex at = mappingModel_->index(r, ColumnMappingModel::ReadFrom);
    auto* combo = new QComboBox(mapping_);
    combo->addItems(mappingModel_->choices());
    combo->setCurrentIndex(at.data(Qt::EditRole).toInt());
    connect(combo, &QComboBox::activated, this, [this, r](int choice) {
      mappingModel_->setData(mappingModel_->index(r, ColumnMappingModel::ReadFrom), choice);
    });
    mapping_->setIndexWidget(at, combo);
  }
  mapping_->resizeColumnsToContents();
  previewModel_->setPreview(*f.preview);
  preview_->resizeColumnsToContents();
}

void ImportDialog::mappingChanged() {
  const int row = list_->currentRow();
  if (row < 0) return;
  FileState& f = files_[static_cast<size_t>(row)];
  if (!f.preview) return;
  f.overrides = mappingModel_->overrides();
  QStringList saved;
  for (const auto& [column, header] : f.overrides)
    saved << QString::fromStdString(column) + '=' + QString::fromStdString(header);
  settings::importMapping(f.preview->info.header).set(saved.join(';'));
  loadPreview(row);
}

void ImportDialog::startImport() {
  if (importing() || files_.empty()) return;
  std::vector<ImportJob> jobs;
  for (const FileState& f : files_) jobs.push_back({f.path, f.kind, f.overrides});
  outcomes_->setOutcomes({});
  rowErrors_->setOutcomes({});
  lastRejectFile_.clear();
  openRejects_->setEnabled(false);
  status_->setText(tr("Importing…"));
  setBusy(true);

  thread_ = new QThread(this);
  worker_ = new ImportWorker(storePath_, std::move(jobs), strict_->isChecked());
  worker_->moveToThread(thread_);
  connect(thread_, &QThread::started, worker_, &ImportWorker::run);
  connect(worker_, &ImportWorker::progress, this, [this](int file, int files, qint64 done, qint64 total) {
    const double fraction = (file + (total > 0 ? static_cast<double>(done) / static_cast<double>(total) : 1.0)) / files;
    progress_->setValue(static_cast<int>(fraction * 1000));
    status_->setText(tr("Importing file %1 of %2…").arg(file + 1).arg(files));
  });
  connect(worker_, &ImportWorker::finished, this, [this](const QList<ImportOutcome>& outcomes) {
    thread_->quit();
    thread_->wait();
    // Not deleteLater: the worker lives in the thread that just ended, whose event loop would never
    // run the deletion (found leaking by the asan preset).
    delete worker_;
    thread_->deleteLater();
    worker_ = nullptr;
    thread_ = nullptr;
    setBusy(false);
    showOutcomes(outcomes);
    emit importFinished();
  });
  thread_->start();
}

void ImportDialog::cancelImport() {
  if (worker_) {
    worker_->cancel();
    status_->setText(tr("Cancelling: the current file is rolled back…"));
  }
}

void ImportDialog::showOutcomes(const QList<ImportOutcome>& outcomes) {
  outcomes_->setOutcomes(outcomes);
  rowErrors_->setOutcomes(outcomes);
  lastRejectFile_ = outcomes_->lastRejectFile();
  const bool cancelled = outcomes_->cancelled();
  results_->resizeColumnsToContents();
  errors_->resizeColumnsToContents();
  // The reason is what a person reads: the columns before it stay narrow (a long value or file
  // name in full in its tooltip) and the reason wraps, readable in a dialog at 1366x768.
  for (int c = 0; c < 4; ++c) errors_->setColumnWidth(c, std::min(errors_->columnWidth(c), 160));
  errors_->setWordWrap(true);
  errors_->resizeRowsToContents();
  openRejects_->setEnabled(!lastRejectFile_.isEmpty());
  progress_->setValue(cancelled ? 0 : 1000);
  status_->setText(cancelled ? tr("Cancelled.") : tr("Done."));
  if (outcomes_->changedStore()) emit imported();
}

void ImportDialog::setBusy(bool busy) {
  importButton_->setEnabled(!busy);
  cancelButton_->setEnabled(busy);
  list_->setEnabled(!busy);
  kind_->setEnabled(!busy);
  mapping_->setEnabled(!busy);
  strict_->setEnabled(!busy);
}

void ImportDialog::dragEnterEvent(QDragEnterEvent* event) {
  if (event->mimeData()->hasUrls() && !importing()) event->acceptProposedAction();
}

void ImportDialog::dropEvent(QDropEvent* event) {
  QStringList paths;
  for (const QUrl& url : event->mimeData()->urls())
    if (url.isLocalFile()) paths << url.toLocalFile();
  addFiles(paths);
}

void ImportDialog::reject() {
  if (importing()) {
    cancelImport();
    return;
  }
  QDialog::reject();
}

}  // namespace salesops::ui
