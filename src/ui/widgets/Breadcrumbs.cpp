// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/Breadcrumbs.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>

namespace salesops::ui {
namespace {
const QString kSeparator = QStringLiteral(" \u203A ");
}

Breadcrumbs::Breadcrumbs(DrillStack& stack, DrillStack::Level level, QWidget* parent)
    : QWidget(parent), stack_(stack), level_(level), trail_(new QLabel(this)), hint_(new QLabel(this)) {
  setObjectName("breadcrumbs");
  trail_->setTextFormat(Qt::RichText);
  trail_->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
  hint_->setText(tr("Alt+Left: back"));
  hint_->setEnabled(false);  // a quiet hint, in the disabled text colour
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(trail_, 1);
  layout->addWidget(hint_);
  connect(trail_, &QLabel::linkActivated, this, [this](const QString& link) { stack_.popTo(link.toInt()); });

  auto* back = new QAction(tr("Back"), this);
  back->setShortcut(QKeySequence::Back);
  // Window-wide, but only while this page is shown: hidden widgets' shortcuts do not fire, so each
  // drill page can hold its own without ambiguity.
  back->setShortcutContext(Qt::WindowShortcut);
  connect(back, &QAction::triggered, this, [this] { stack_.back(); });
  addAction(back);
  connect(&stack_, &DrillStack::changed, this, &Breadcrumbs::refresh);
  connect(&stack_, &DrillStack::renamed, this, &Breadcrumbs::refresh);
  refresh();
}

void Breadcrumbs::refresh() {
  const auto& entries = stack_.entries();
  shown_ = 0;
  for (int i = 0; i < entries.size(); ++i)
    if (entries[i].level == level_) shown_ = i + 1;
  QStringList parts;
  for (int i = 0; i < shown_; ++i) {
    const QString text = DrillStack::label(entries[i]).toHtmlEscaped();
    parts << (i + 1 < shown_ ? QStringLiteral("<a href='%1'>%2</a>").arg(i).arg(text)
                             : QStringLiteral("<b>%1</b>").arg(text));
  }
  trail_->setText(parts.join(kSeparator.toHtmlEscaped()));
  hint_->setVisible(shown_ > 1);
}

QString Breadcrumbs::plainText() const {
  QStringList parts;
  for (int i = 0; i < shown_; ++i) parts << DrillStack::label(stack_.entries()[i]);
  return parts.join(kSeparator);
}

}  // namespace salesops::ui
