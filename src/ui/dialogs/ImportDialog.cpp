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
#include <QTableWidget>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "dialogs/import_files.h"
#include "dialogs/import_preview.h"
#include "window/guarded.h"
#include "models/ImportLogModel.h"
#include "window/Settings.h"

namespace salesops::ui {
namespace {

QString encodingName(ingest::Encoding e) {
  switch (e) {
    case ingest::Encoding::Utf8: return QStringLiteral("UTF-8");
    case ingest::Encoding::Utf8Bom: return QObject::tr("UTF-8 with BOM");
    case ingest::Encoding::Windows1252: return QStringLiteral("Windows-1252");
  }
  return {};
}

QString delimiterName(char d) {
  switch (d) {
    case ',': return QObject::tr("comma");
    case ';': return QObject::tr("semicolon");
    case '\t': return QObject::tr("tab");
    case '|': return QObject::tr("bar (|)");
  }
  return QString(QChar(d));
}

QTableWidgetItem* cell(const QString& text, bool number = false) {
  auto* item = new QTableWidgetItem(text);
  item->setFlags(item->flags() & ~Qt::ItemIsEditable);
  item->setToolTip(text);  // cut short in a narrow column, whole here
  if (number) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
  return item;
}

}  // namespace

ImportDialog::ImportDialog(QString storePath, QWidget* parent)
    : QDialog(parent), storePath_(std::move(storePath)), list_(new QListWidget(this)), kind_(new QComboBox(this)),
      readAs_(new QLabel(this)), mapping_(new QTableWidget(this)), preview_(new QTableWidget(this)),
      strict_(new QCheckBox(tr("&Strict: refuse a file when any row is bad"), this)),
      progress_(new QProgressBar(this)), status_(new QLabel(this)), results_(new QTableWidget(this)),
      errors_(new QTableWidget(this)), importButton_(new QPushButton(tr("&Import"), this)),
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
  mapping_->setColumnCount(3);
  mapping_->setHorizontalHeaderLabels({tr("Column"), tr("Required"), tr("Read from file column")});
  mapping_->verticalHeader()->hide();
  mapping_->horizontalHeader()->setStretchLastSection(true);
  preview_->setEditTriggers(QAbstractItemView::NoEditTriggers);

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

  results_->setColumnCount(7);
  results_->setHorizontalHeaderLabels(
      {tr("File"), tr("Kind"), tr("Inserted"), tr("Updated"), tr("Unchanged"), tr("Rejected"), tr("Result")});
  results_->verticalHeader()->hide();
  results_->horizontalHeader()->setStretchLastSection(true);
  results_->setObjectName("importResults");
  errors_->setColumnCount(5);
  errors_->setHorizontalHeaderLabels({tr("File"), tr("Line"), tr("Column"), tr("Value"), tr("Reason")});
  errors_->verticalHeader()->hide();
  errors_->horizontalHeader()->setStretchLastSection(true);

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
  connect(mapping_, &QTableWidget::cellChanged, this, [this] { mappingChanged(); });
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
  updatingMapping_ = true;
  mapping_->setRowCount(0);
  preview_->clear();
  preview_->setRowCount(0);
  preview_->setColumnCount(0);
  kind_->setCurrentIndex(f.kind ? kind_->findData(static_cast<int>(*f.kind)) : 0);
  if (!f.preview) {
    readAs_->setText(f.error.isEmpty() ? tr("Reading…") : tr("<b>Cannot import:</b> %1").arg(f.error.toHtmlEscaped()));
    readAs_->setWordWrap(true);
    updatingMapping_ = false;
    return;
  }
  const ingest::FileInfo& info = f.preview->info;
  QString text = tr("Read as <b>%1</b> · %2 · separator %3 · %4")
                     .arg(ImportLogModel::kindName(info.kind), encodingName(info.encoding),
                          delimiterName(info.delimiter),
                          QLocale().formattedDataSize(static_cast<qint64>(info.size)));
  if (!info.ignoredColumns.empty()) {
    QStringList ignored;
    for (const auto& c : info.ignoredColumns) ignored << QString::fromStdString(c);
    text += "<br>" + tr("Ignored columns: %1").arg(ignored.join(", ").toHtmlEscaped());
  }
  readAs_->setText(text);

  QStringList header;
  for (const auto& h : info.header) header << QString::fromStdString(h);
  mapping_->setRowCount(static_cast<int>(f.preview->kindColumns.size()));
  int r = 0;
  for (const auto& [name, required] : f.preview->kindColumns) {
    mapping_->setItem(r, 0, cell(QString::fromStdString(name)));
    mapping_->setItem(r, 1, cell(required ? tr("yes") : QString()));
    auto* combo = new QComboBox(mapping_);
    combo->addItem(tr("(not in file)"));
    combo->addItems(header);
    auto it = info.columns.find(name);
    combo->setCurrentIndex(it == info.columns.end() ? 0 : it->second + 1);
    connect(combo, &QComboBox::activated, this, [this] { mappingChanged(); });
    mapping_->setCellWidget(r, 2, combo);
    ++r;
  }
  mapping_->resizeColumnsToContents();

  preview_->setColumnCount(static_cast<int>(header.size()));
  preview_->setHorizontalHeaderLabels(header);
  preview_->setRowCount(static_cast<int>(f.preview->rows.size()));
  std::vector<std::string> columnOf(header.size());  // the column each header field is read as
  for (const auto& [name, index] : info.columns)
    if (index >= 0 && static_cast<size_t>(index) < columnOf.size()) columnOf[static_cast<size_t>(index)] = name;
  for (int row = 0; row < preview_->rowCount(); ++row) {
    const auto& fields = f.preview->rows[static_cast<size_t>(row)];
    for (int c = 0; c < static_cast<int>(fields.size()) && c < preview_->columnCount(); ++c) {
      const std::string& field = fields[static_cast<size_t>(c)];
      auto* item = cell(previewValue(columnOf[static_cast<size_t>(c)], field));
      item->setToolTip(QString::fromStdString(field));  // as written in the file
      preview_->setItem(row, c, item);
    }
  }
  preview_->resizeColumnsToContents();
  updatingMapping_ = false;
}

void ImportDialog::mappingChanged() {
  const int row = list_->currentRow();
  if (updatingMapping_ || row < 0) return;
  FileState& f = files_[static_cast<size_t>(row)];
  if (!f.preview) return;
  f.overrides.clear();
  QStringList saved;
  for (int r = 0; r < mapping_->rowCount(); ++r) {
    auto* combo = qobject_cast<QComboBox*>(mapping_->cellWidget(r, 2));
    const std::string column = mapping_->item(r, 0)->text().toStdString();
    const std::string chosen = combo->currentIndex() == 0 ? std::string() : combo->currentText().toStdString();
    auto it = f.preview->info.columns.find(column);
    const std::string current = it == f.preview->info.columns.end()
                                    ? std::string()
                                    : f.preview->info.header[static_cast<size_t>(it->second)];
    if (chosen == current) continue;
    f.overrides[column] = chosen;
  }
  for (const auto& [column, header] : f.overrides)
    saved << QString::fromStdString(column) + '=' + QString::fromStdString(header);
  settings::importMapping(f.preview->info.header).set(saved.join(';'));
  loadPreview(row);
}

void ImportDialog::startImport() {
  if (importing() || files_.empty()) return;
  std::vector<ImportJob> jobs;
  for (const FileState& f : files_) jobs.push_back({f.path, f.kind, f.overrides});
  results_->setRowCount(0);
  errors_->setRowCount(0);
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
  const QLocale locale;
  bool changed = false, cancelled = false;
  for (const ImportOutcome& o : outcomes) {
    const int r = results_->rowCount();
    results_->insertRow(r);
    results_->setItem(r, 0, cell(QFileInfo(o.path).fileName()));
    if (!o.report) {
      results_->setItem(r, 6, cell(tr("Not imported: %1").arg(o.error)));
      continue;
    }
    const store::ImportReport& rep = *o.report;
    results_->setItem(r, 1, cell(ImportLogModel::kindName(rep.kind)));
    results_->setItem(r, 2, cell(locale.toString(static_cast<qlonglong>(rep.inserted)), true));
    results_->setItem(r, 3, cell(locale.toString(static_cast<qlonglong>(rep.updated)), true));
    results_->setItem(r, 4, cell(locale.toString(static_cast<qlonglong>(rep.unchanged)), true));
    results_->setItem(r, 5, cell(locale.toString(static_cast<qlonglong>(rep.rejected)), true));
    QString result;
    switch (rep.status) {
      case store::ImportReport::Status::Imported:
        result = rep.rejected ? tr("Imported; rejected rows kept in %1").arg(QString::fromStdString(rep.rejectFile))
                              : tr("Imported");
        changed = changed || rep.inserted > 0 || rep.updated > 0;
        break;
      case store::ImportReport::Status::Refused: result = tr("Refused (strict): nothing imported"); break;
      case store::ImportReport::Status::Cancelled:
        result = tr("Cancelled: nothing imported from this file");
        cancelled = true;
        break;
      case store::ImportReport::Status::AlreadyImported: result = tr("Imported before: not imported again"); break;
    }
    results_->setItem(r, 6, cell(result));
    if (!rep.rejectFile.empty()) lastRejectFile_ = QString::fromStdString(rep.rejectFile);
    for (const ingest::RowError& e : rep.errors) {
      const int er = errors_->rowCount();
      errors_->insertRow(er);
      errors_->setItem(er, 0, cell(QFileInfo(o.path).fileName()));
      errors_->setItem(er, 1, cell(locale.toString(static_cast<qlonglong>(e.line)), true));
      errors_->setItem(er, 2, cell(QString::fromStdString(e.column)));
      errors_->setItem(er, 3, cell(QString::fromStdString(e.value)));
      errors_->setItem(er, 4, cell(QString::fromStdString(e.reason)));
    }
  }
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
  if (changed) emit imported();
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
