// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

#include "salesops/charts/ChartExport.h"

class QComboBox;
class QSpinBox;

namespace salesops::ui {

class ChartView;

/// Asks how to export a chart: which chart (when the page has several), the format and the size
/// (slide 1920 x 1080, A4 landscape, or custom, which starts at the size shown).
class ChartExportDialog : public QDialog {
  Q_OBJECT
 public:
  ChartExportDialog(const QList<ChartView*>& charts, ChartView* selected, charts::ImageFormat format,
                    QWidget* parent = nullptr);

  ChartView* chart() const;
  charts::ImageFormat format() const;
  QSize pixelSize() const;

  /// Picks a size preset by index: 0 slide, 1 A4 landscape, 2 custom.
  void setPreset(int index);

 private:
  QList<ChartView*> charts_;
  QComboBox* chartBox_ = nullptr;
  QComboBox* formatBox_;
  QComboBox* presetBox_;
  QSpinBox* width_;
  QSpinBox* height_;
  QSize shown_;
};

}  // namespace salesops::ui
