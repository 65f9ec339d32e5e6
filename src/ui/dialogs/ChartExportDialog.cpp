// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ChartExportDialog.h"

#include <QChart>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

#include "widgets/ChartView.h"

namespace salesops::ui {

ChartExportDialog::ChartExportDialog(const QList<ChartView*>& charts, ChartView* selected, charts::ImageFormat format,
                                     QWidget* parent)
    : QDialog(parent),
      charts_(charts),
      formatBox_(new QComboBox(this)),
      presetBox_(new QComboBox(this)),
      width_(new QSpinBox(this)),
      height_(new QSpinBox(this)) {
  setWindowTitle(tr("Export chart"));
  auto* form = new QFormLayout(this);
  if (charts_.size() > 1) {
    chartBox_ = new QComboBox(this);
    chartBox_->setObjectName("chartChoice");
    for (ChartView* view : charts_) chartBox_->addItem(view->chart() ? view->title() : view->objectName());
    chartBox_->setCurrentIndex(std::max(0, static_cast<int>(charts_.indexOf(selected))));
    form->addRow(tr("&Chart:"), chartBox_);
  }
  formatBox_->setObjectName("format");
  formatBox_->addItem(tr("PNG image"), static_cast<int>(charts::ImageFormat::Png));
  formatBox_->addItem(tr("SVG drawing (vector)"), static_cast<int>(charts::ImageFormat::Svg));
  formatBox_->addItem(tr("PDF document (vector)"), static_cast<int>(charts::ImageFormat::Pdf));
  formatBox_->setCurrentIndex(formatBox_->findData(static_cast<int>(format)));
  form->addRow(tr("&Format:"), formatBox_);

  presetBox_->setObjectName("sizePreset");
  presetBox_->addItem(tr("Slide (1920 \u00D7 1080)"));
  presetBox_->addItem(tr("A4 landscape"));
  presetBox_->addItem(tr("Custom"));
  form->addRow(tr("&Size:"), presetBox_);
  for (QSpinBox* box : {width_, height_}) {
    box->setRange(16, 20000);
    box->setSuffix(tr(" px"));
  }
  width_->setObjectName("width");
  height_->setObjectName("height");
  auto* custom = new QHBoxLayout;
  custom->addWidget(width_);
  custom->addWidget(new QLabel(QStringLiteral("\u00D7"), this));
  custom->addWidget(height_);
  form->addRow(QString(), custom);
  auto* note = new QLabel(tr("PDF pages are the size at 96 pixels per inch; A4 landscape is an A4 page."), this);
  note->setWordWrap(true);
  form->addRow(note);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export\u2026"));
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  form->addRow(buttons);

  connect(presetBox_, &QComboBox::currentIndexChanged, this, &ChartExportDialog::setPreset);
  shown_ = selected ? selected->size() : charts::kSlideSize;
  setPreset(0);
}

void ChartExportDialog::setPreset(int index) {
  if (presetBox_->currentIndex() != index) presetBox_->setCurrentIndex(index);  // calls back
  const bool custom = index == 2;
  width_->setEnabled(custom);
  height_->setEnabled(custom);
  if (index == 0) {
    width_->setValue(charts::kSlideSize.width());
    height_->setValue(charts::kSlideSize.height());
  } else if (index == 1) {
    width_->setValue(charts::kA4LandscapeSize.width());
    height_->setValue(charts::kA4LandscapeSize.height());
  } else {
    // Custom starts at the size the chart has on screen.
    width_->setValue(shown_.width());
    height_->setValue(shown_.height());
  }
}

ChartView* ChartExportDialog::chart() const {
  if (charts_.isEmpty()) return nullptr;
  return charts_.value(chartBox_ ? chartBox_->currentIndex() : 0);
}

charts::ImageFormat ChartExportDialog::format() const {
  return static_cast<charts::ImageFormat>(formatBox_->currentData().toInt());
}

QSize ChartExportDialog::pixelSize() const { return QSize(width_->value(), height_->value()); }

}  // namespace salesops::ui
