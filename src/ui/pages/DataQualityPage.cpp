// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/DataQualityPage.h"

#include <QCoreApplication>
#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "window/appearance.h"

#include "salesops/charts/KpiText.h"
#include "salesops/core/QtDate.h"

namespace salesops::ui {
namespace {

QString severityText(kpi::Severity s) {
  switch (s) {
    case kpi::Severity::Error:
      return QObject::tr("error");
    case kpi::Severity::Warning:
      return QObject::tr("warning");
    case kpi::Severity::Info:
      return QObject::tr("info");
  }
  return {};
}

// The checks' titles come from the kpi layer in English; they are translated by their text, so a
// check added there must be added here too (TranslationFiles.EveryQualityCheckHasADutchTitle fails
// until it is).
[[maybe_unused]] constexpr const char* kCheckTitles[] = {
    QT_TRANSLATE_NOOP("DataQuality", "Unknown reps"),
    QT_TRANSLATE_NOOP("DataQuality", "Unknown areas"),
    QT_TRANSLATE_NOOP("DataQuality", "Orders of unknown visits"),
    QT_TRANSLATE_NOOP("DataQuality", "Orders on a visit whose outcome is not sale"),
    QT_TRANSLATE_NOOP("DataQuality", "Cancellations of unknown orders"),
    QT_TRANSLATE_NOOP("DataQuality", "Visits in the future"),
    QT_TRANSLATE_NOOP("DataQuality", "Orders in the future"),
    QT_TRANSLATE_NOOP("DataQuality", "Cancellations in the future"),
    QT_TRANSLATE_NOOP("DataQuality", "Installs before orders"),
    QT_TRANSLATE_NOOP("DataQuality", "Cancellations before orders"),
    QT_TRANSLATE_NOOP("DataQuality", "Likely double orders"),
    QT_TRANSLATE_NOOP("DataQuality", "Visits outside the rep's active period"),
    QT_TRANSLATE_NOOP("DataQuality", "Orders without a visit"),
    QT_TRANSLATE_NOOP("DataQuality", "No visits on working days"),
    QT_TRANSLATE_NOOP("DataQuality", "Exports that did not arrive"),
};

}  // namespace

DataQualityPage::DataQualityPage(StoreSession& session, QWidget* parent)
    : Page(session, nullptr, parent), summary_(new QLabel(this)), tree_(new QTreeWidget(this)) {
  auto* content = new QWidget(this);
  auto* layout = new QVBoxLayout(content);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(new QLabel(tr("<h2>Data quality</h2>"), this));
  summary_->setWordWrap(true);
  layout->addWidget(summary_);
  tree_->setObjectName("findings");
  tree_->setColumnCount(4);
  tree_->setHeaderLabels({tr("Check"), tr("Count"), tr("Severity"), tr("Reps concerned")});
  tree_->setAlternatingRowColors(true);
  tree_->header()->setStretchLastSection(true);
  layout->addWidget(tree_);
  setContent(content, false);
  // The checks read the whole store, seconds on a large one: not at window start beside the daily
  // start (which runs them once for its strip), only when the page is first shown.
  reloadWhenShown();
}

void DataQualityPage::startLoad() {
  const QDate today = QDate::currentDate();
  const Date asOf = fromQDate(today);
  read<kpi::DataQualityReport>(
      [asOf](kpi::ReadSession& s) {
        return s.dataQuality({asOf, 5});
      },
      [this](const kpi::DataQualityReport& r) { display(r); });
}

void DataQualityPage::display(const kpi::DataQualityReport& report) {
  const QLocale locale;
  tree_->clear();
  int problems = 0;
  for (const kpi::Finding& f : report.findings) {
    auto* item = new QTreeWidgetItem(tree_);
    item->setText(0, QCoreApplication::translate("DataQuality", f.title.c_str()));
    item->setText(1, locale.toString(static_cast<qlonglong>(f.count)));
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    item->setText(2, severityText(f.severity));
    QStringList reps;
    for (const kpi::RepCount& r : f.reps)
      reps << QStringLiteral("%1: %2").arg(charts::memberText(r.name, r.rep)).arg(r.count);
    item->setText(3, reps.join(", "));
    item->setData(0, Qt::UserRole, QString::fromStdString(f.id));
    if (f.count > 0 && f.severity != kpi::Severity::Info) {
      ++problems;
      const QPalette& palette = tree_->palette();
      const QColor c = f.severity == kpi::Severity::Error ? badColour(palette) : warningColour(palette);
      for (int col = 0; col < 3; ++col) item->setForeground(col, c);
    }
    for (const kpi::FindingExample& e : f.examples) {
      auto* ex = new QTreeWidgetItem(item);
      ex->setText(0, QString::fromStdString(e.id) + QStringLiteral(": ") + QString::fromStdString(e.value));
      ex->setText(3, QString::fromStdString(e.rep));
    }
  }
  tree_->resizeColumnToContents(0);
  summary_->setText(problems == 0 ? tr("All %n checks passed: the data is consistent.", nullptr,
                                       static_cast<int>(report.findings.size()))
                                  : tr("%n check(s) found problems. Expand a row for examples; every KPI that "
                                       "uses the affected rows is off until they are fixed.",
                                       nullptr, problems));
}

}  // namespace salesops::ui
