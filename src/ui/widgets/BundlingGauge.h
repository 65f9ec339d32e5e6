// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <optional>

namespace salesops::ui {

/// One fraction as a bar, with an optional marker: coverage of the walking area, or penetration
/// against the client's bundling threshold. The caption under the bar says it in words, so the
/// picture is never the only place a number is.
class BundlingGauge : public QWidget {
  Q_OBJECT
 public:
  explicit BundlingGauge(QWidget* parent = nullptr);

  /// `value` and `marker` as fractions 0..1; no value draws an empty bar.
  void setValues(const QString& title, std::optional<double> value, std::optional<double> marker,
                 const QString& markerLabel, const QString& caption);
  const QString& caption() const { return caption_; }

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  QString title_, markerLabel_, caption_;
  std::optional<double> value_, marker_;
};

}  // namespace salesops::ui
