// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/WeeklyReportDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

#include "window/StoreSession.h"

#include "salesops/charts/WeeklyReport.h"
#include "salesops/core/QtDate.h"

namespace salesops::ui {
namespace {}  // namespace

WeeklyReportDialog::WeeklyReportDialog(StoreSession& session, QWidget* parent)
    : QDialog(parent),
      session_(session),
      day_(new QDateEdit(this)),
      weekLabel_(new QLabel(this)),
      team_(new QComboBox(this)),
      path_(new QLineEdit(this)),
      browse_(new QPushButton(tr("Browse…"), this)),
      progress_(new QProgressBar(this)),
      status_(new QLabel(this)),
      open_(new QPushButton(tr("Open PDF"), this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Close, this)) {
  setWindowTitle(tr("Export weekly start"));
  day_->setObjectName("weekDay");
  day_->setCalendarPopup(true);
  day_->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
  weekLabel_->setObjectName("weekLabel");
  team_->setObjectName("team");
  team_->addItem(tr("Everyone"), QString());
  path_->setObjectName("outputPath");
  path_->setMinimumWidth(360);
  status_->setObjectName("status");
  status_->setWordWrap(true);
  status_->setTextFormat(Qt::PlainText);  // it names paths and store errors, shown as written
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  open_->setObjectName("openPdf");
  open_->hide();
  progress_->hide();

  auto* intro = new QLabel(tr("One PDF for the weekly start: the KPIs against the week before and the same week "
                              "last year, every dashboard chart, the area table, the leaderboard, the alerts with "
                              "their explanation, cancellations by reason and the data quality."),
                           this);
  intro->setWordWrap(true);
  auto* fileRow = new QHBoxLayout;
  fileRow->addWidget(path_, 1);
  fileRow->addWidget(browse_);
  auto* weekRow = new QHBoxLayout;
  weekRow->addWidget(day_);
  weekRow->addWidget(weekLabel_, 1);
  auto* form = new QFormLayout;
  auto* weekCaption = new QLabel(tr("&Week (any day of it):"), this);
  weekCaption->setBuddy(day_);
  auto* fileCaption = new QLabel(tr("&Save as:"), this);
  fileCaption->setBuddy(path_);
  form->addRow(weekCaption, weekRow);
  auto* teamCaption = new QLabel(tr("&Team:"), this);
  teamCaption->setBuddy(team_);
  form->addRow(teamCaption, team_);
  form->addRow(fileCaption, fileRow);
  export_ = buttons_->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
  export_->setObjectName("export");
  export_->setEnabled(false);
  auto* statusRow = new QHBoxLayout;
  statusRow->addWidget(status_, 1);
  statusRow->addWidget(open_);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(intro);
  layout->addLayout(form);
  layout->addWidget(progress_);
  layout->addLayout(statusRow);
  layout->addStretch();
  layout->addWidget(buttons_);

  connect(day_, &QDateEdit::dateChanged, this, &WeeklyReportDialog::showWeek);
  connect(team_, &QComboBox::currentIndexChanged, this, &WeeklyReportDialog::showWeek);
  connect(path_, &QLineEdit::textEdited, this, [this] { pathEdited_ = true; });
  connect(browse_, &QPushButton::clicked, this, [this] {
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Save the weekly start as"), outputPath(), tr("PDF files (*.pdf)"));
    if (!file.isEmpty()) setOutputPath(file.endsWith(".pdf", Qt::CaseInsensitive) ? file : file + ".pdf");
  });
  connect(export_, &QPushButton::clicked, this, &WeeklyReportDialog::startExport);
  connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(open_, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(outputPath())); });

  // Until the store says otherwise: the week before this one.
  day_->setDate(QDate::currentDate().addDays(-7));
  status_->setText(tr("Looking for the last complete week with data…"));
  const Date today = fromQDate(QDate::currentDate());
  using Start = std::pair<std::optional<IsoWeek>, std::vector<std::string>>;
  session_.read<Start>(
      this,
      [today](kpi::ReadSession& s) -> Result<Start> {
        auto week = s.lastCompleteWeekWithData(today);
        if (!week) return week.error();
        auto teams = s.packTeams();
        if (!teams) return teams.error();
        return Start{*week, std::move(*teams)};
      },
      [this](Result<Start> r) {
        status_->clear();
        if (r && r->first) day_->setDate(toQDate(r->first->monday()));
        if (r)
          for (const std::string& t : r->second) team_->addItem(QString::fromStdString(t), QString::fromStdString(t));
        else
          status_->setText(tr("Cannot read the store: %1").arg(QString::fromStdString(r.error().message)));
        export_->setEnabled(true);
        emit weekReady();
      });
  showWeek();
}

IsoWeek WeeklyReportDialog::week() const { return fromQDate(day_->date()).isoWeek(); }

QString WeeklyReportDialog::team() const { return team_->currentData().toString(); }

QString WeeklyReportDialog::outputPath() const { return path_->text(); }

void WeeklyReportDialog::setOutputPath(const QString& path) {
  path_->setText(path);
  pathEdited_ = true;
}

void WeeklyReportDialog::showWeek() {
  const IsoWeek w = week();
  const QLocale locale;
  weekLabel_->setText(tr("Week %1 (%2): %3 – %4")
                          .arg(w.week)
                          .arg(QString::fromStdString(w.toString()),
                               locale.toString(toQDate(w.monday()), QLocale::ShortFormat),
                               locale.toString(toQDate(w.sunday()), QLocale::ShortFormat)));
  if (!pathEdited_) {
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty()) dir = QDir::homePath();
    // The name `report --every-team` gives a team's pack, so the two kinds of packs sort together.
    const QString name = team().isEmpty() ? tr("weekly-start-%1.pdf").arg(QString::fromStdString(w.toString()))
                                          : tr("weekly-start-%1-%2.pdf")
                                                .arg(QString::fromStdString(w.toString()),
                                                     QString(team()).replace(QLatin1Char('/'), QLatin1Char('-')));
    path_->setText(QDir(dir).filePath(name));
  }
}

void WeeklyReportDialog::setBusy(bool busy) {
  for (QWidget* w : std::initializer_list<QWidget*>{day_, team_, path_, browse_, export_}) w->setEnabled(!busy);
  progress_->setVisible(busy);
}

void WeeklyReportDialog::startExport() {
  const QString path = outputPath();
  if (path.isEmpty()) {
    status_->setText(tr("Choose where to save the PDF."));
    return;
  }
  open_->hide();
  setBusy(true);
  progress_->setRange(0, 0);  // reading: no page count yet
  status_->setText(tr("Reading the week's data…"));
  const IsoWeek w = week();
  // The one as-of rule: the day the pack is made (docs/kpis.md).
  const Date today = fromQDate(QDate::currentDate());
  const kpi::WeeklyPackRequest request{w, today, today, team().toStdString()};
  session_.read<charts::WeeklyReportData>(
      this, [request](kpi::ReadSession& s) { return s.weeklyPack(request); },
      [this, path](Result<charts::WeeklyReportData> data) {
        if (!data) {
          finish(0, tr("Cannot read the store: %1").arg(QString::fromStdString(data.error().message)));
          return;
        }
        // Charts are widgets: the pages are drawn here, on the UI thread; the bar moves per page.
        status_->setText(tr("Drawing the pages…"));
        auto pages = charts::writeWeeklyReport(*data, {QLocale(), QDateTime::currentDateTime()}, path,
                                               [this](int done, int total) {
                                                 progress_->setRange(0, total);
                                                 progress_->setValue(done);
                                                 QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
                                               });
        if (!pages) {
          finish(0, tr("Cannot write the PDF: %1").arg(QString::fromStdString(pages.error().message)));
          return;
        }
        finish(*pages, tr("Saved %1 pages to %2.").arg(*pages).arg(QDir::toNativeSeparators(path)));
      });
}

void WeeklyReportDialog::finish(int pages, const QString& message) {
  setBusy(false);
  status_->setText(message);
  open_->setVisible(pages > 0);
  if (pages > 0) open_->setFocus();
  emit exportFinished(pages);
}

}  // namespace salesops::ui
