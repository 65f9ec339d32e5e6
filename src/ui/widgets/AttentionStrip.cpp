// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/AttentionStrip.h"

#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QTextDocument>

#include "window/appearance.h"

#include "salesops/charts/AlertText.h"
#include "salesops/charts/KpiText.h"
#include "salesops/core/QtDate.h"

namespace salesops::ui {
namespace {

QString plain(const QLabel* label) {
  QTextDocument doc;
  doc.setHtml(label->text());
  return doc.toPlainText();
}

}  // namespace

QString freshnessLine(const kpi::DashboardData& data, const QLocale& locale) {
  const kpi::DashboardFreshness& f = data.attention.freshness;
  // Today's moments by the time alone; the day is what a stale export shows in.
  const auto moment = [&](const DateTime& t) {
    return locale.toString(toQDateTime(t), t.date() == data.clock.today ? "HH:mm" : "ddd d MMM HH:mm");
  };
  const QString visits = f.visitsUpTo ? AttentionStrip::tr("visits up to %1").arg(moment(*f.visitsUpTo))
                                      : AttentionStrip::tr("no visits yet");
  const QString orders = f.ordersUpTo ? AttentionStrip::tr("orders up to %1").arg(moment(*f.ordersUpTo))
                                      : AttentionStrip::tr("no orders yet");
  const QString cancellations = f.cancellationsUpTo
                                    ? AttentionStrip::tr("cancellations up to %1").arg(moment(*f.cancellationsUpTo))
                                    : AttentionStrip::tr("no cancellations yet");
  const QString imported = f.importedAt ? AttentionStrip::tr("imported %1").arg(moment(*f.importedAt))
                                        : AttentionStrip::tr("no import logged");
  return AttentionStrip::tr("%1, %2, %3;\n%4").arg(visits, orders, cancellations, imported);
}

AttentionStrip::AttentionStrip(QWidget* parent)
    : QFrame(parent), title_(new QLabel(this)), freshness_(new QLabel(this)), quality_(new QLabel(this)) {
  setObjectName("attentionStrip");
  setFrameShape(QFrame::StyledPanel);
  auto* layout = new QGridLayout(this);
  layout->setContentsMargins(10, 6, 10, 6);
  layout->setVerticalSpacing(2);
  title_->setText(tr("<b>Needs attention</b> (most orders at stake first; a click opens it for its period)"));
  title_->setWordWrap(true);
  layout->addWidget(title_, 0, 0);
  for (int i = 0; i < static_cast<int>(kpi::kAttentionAlerts); ++i) {
    auto* label = new QLabel(this);
    label->setObjectName(QStringLiteral("attentionAlert%1").arg(i));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(label, &QLabel::linkActivated, this, [this, i] {
      if (static_cast<size_t>(i) < shown_.size()) emit alertActivated(shown_[static_cast<size_t>(i)]);
    });
    alerts_.push_back(label);
    layout->addWidget(label, i + 1, 0);
  }
  freshness_->setObjectName("attentionFreshness");
  quality_->setObjectName("attentionQuality");
  quality_->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
  connect(quality_, &QLabel::linkActivated, this, &AttentionStrip::qualityRequested);
  for (QLabel* l : {freshness_, quality_}) l->setAlignment(Qt::AlignRight | Qt::AlignTop);
  layout->addWidget(freshness_, 0, 1);
  layout->addWidget(quality_, 1, 1);
  layout->setColumnStretch(0, 1);
}

void AttentionStrip::setData(const kpi::DashboardData& data) {
  const QLocale locale;
  const std::span<const kpi::Alert> top = data.topAlerts();
  shown_.assign(top.begin(), top.end());
  for (size_t i = 0; i < alerts_.size(); ++i) {
    QLabel* label = alerts_[i];
    label->setVisible(i < shown_.size() || i == 0);
    if (i >= shown_.size()) {
      label->setText(i == 0 ? tr("No significant changes or outliers.") : QString());
      label->setToolTip({});
      continue;
    }
    const kpi::Alert& a = shown_[i];
    const QColor colour = a.worse ? badColour(palette()) : goodColour(palette());
    // Data goes into rich text escaped: an area or rep name may hold "<" or "&".
    label->setText(QStringLiteral("<a href='%1' style='color:%2; text-decoration:none'>%3 %4</a>")
                       .arg(i)
                       .arg(colour.name(), a.worse ? QStringLiteral("\u25BC") : QStringLiteral("\u25B2"),
                            charts::alertSummary(a, locale).toHtmlEscaped()));
    // A tooltip is rich text only when it looks like it: the <p> makes sure the escapes are read.
    label->setToolTip("<p>" + charts::alertDetail(a, locale).toHtmlEscaped() + "</p>");
  }
  QString fresh = freshnessLine(data, locale);
  fresh[0] = fresh[0].toUpper();
  if (data.inProgress()) fresh += tr("; the period is still in progress");
  // Two lines (the data's moments, then the import) keep the strip narrow enough for 1366 pixels.
  freshness_->setText(fresh.toHtmlEscaped().replace('\n', "<br>"));
  setFailingChecks(data.attention.failingChecks);
}

void AttentionStrip::setFailingChecks(const std::optional<std::vector<std::string>>& failing) {
  if (!failing) {
    quality_->setText(tr("Checking data quality\u2026"));
    quality_->setToolTip(tr("The checks read the whole store; their result follows"));
    return;
  }
  const QString checks = failing->empty()       ? tr("Data quality: every check passes")
                         : failing->size() == 1 ? tr("1 data-quality check fails")
                                                : tr("%1 data-quality checks fail").arg(failing->size());
  quality_->setText(
      QStringLiteral("<a href='quality'%1>%2</a>")
          .arg(failing->empty() ? QString() : QStringLiteral(" style='color:%1'").arg(badColour(palette()).name()),
               checks.toHtmlEscaped()));
  QStringList titles;
  for (const std::string& t : *failing) titles << QString::fromStdString(t).toHtmlEscaped();
  quality_->setToolTip(titles.isEmpty() ? tr("Open the Data quality page") : "<p>" + titles.join("<br>") + "</p>");
}

QStringList AttentionStrip::alertTexts() const {
  QStringList out;
  for (size_t i = 0; i < shown_.size(); ++i) out << plain(alerts_[i]);
  return out;
}

QString AttentionStrip::freshnessText() const { return plain(freshness_); }
QString AttentionStrip::qualityText() const { return plain(quality_); }

}  // namespace salesops::ui
