// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/AttentionStrip.h"

#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QTextDocument>

#include "salesops/charts/AlertText.h"
#include "salesops/charts/KpiText.h"
#include "window/appearance.h"

namespace salesops::ui {
namespace {

QDateTime toQDateTime(const DateTime& t) {
  return QDateTime(QDate(t.date().year(), t.date().month(), t.date().day()), QTime(t.hour(), t.minute()));
}

QString plain(const QLabel* label) {
  QTextDocument doc;
  doc.setHtml(label->text());
  return doc.toPlainText();
}

}  // namespace

QString freshnessLine(const kpi::DashboardData& data, const QLocale& locale) {
  const kpi::DashboardFreshness& f = data.attention.freshness;
  const QString visits =
      f.visitsUpTo
          ? AttentionStrip::tr("visits up to %1").arg(locale.toString(toQDateTime(*f.visitsUpTo), "ddd d MMM HH:mm"))
          : AttentionStrip::tr("no visits yet");
  if (!f.importedAt) return AttentionStrip::tr("%1, no import logged").arg(visits);
  const bool today = f.importedAt->date() == data.clock.today;
  const QString at = locale.toString(toQDateTime(*f.importedAt), today ? "HH:mm" : "ddd d MMM HH:mm");
  return AttentionStrip::tr("%1, imported %2").arg(visits, at);
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
  freshness_->setText(fresh.toHtmlEscaped());
  const auto& failing = data.attention.failingChecks;
  const QString checks = failing.empty()       ? tr("Data quality: every check passes")
                         : failing.size() == 1 ? tr("1 data-quality check fails")
                                               : tr("%1 data-quality checks fail").arg(failing.size());
  quality_->setText(
      QStringLiteral("<a href='quality'%1>%2</a>")
          .arg(failing.empty() ? QString() : QStringLiteral(" style='color:%1'").arg(badColour(palette()).name()),
               checks.toHtmlEscaped()));
  QStringList titles;
  for (const std::string& t : failing) titles << QString::fromStdString(t).toHtmlEscaped();
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
