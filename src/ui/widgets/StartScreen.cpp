// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/StartScreen.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace salesops::ui {

StartScreen::StartScreen(QWidget* parent) : QWidget(parent) {
  setObjectName("startScreen");
  auto* layout = new QVBoxLayout(this);
  layout->addStretch();
  auto* title = new QLabel(tr("<h2>No visits in this store yet</h2>"), this);
  auto* text = new QLabel(tr("Import the exports of the CRM, the field app and the order desk (visits, orders, "
                             "cancellations, reps, areas, targets) to see the daily start. Or look around in demo "
                             "data first: it opens in a window of its own and leaves this store as it is."),
                          this);
  text->setWordWrap(true);
  text->setMaximumWidth(560);
  auto* import = new QPushButton(tr("Import exports\u2026"), this);
  import->setObjectName("startImport");
  import->setDefault(true);
  auto* demo = new QPushButton(tr("Open demo data"), this);
  demo->setObjectName("startDemo");
  connect(import, &QPushButton::clicked, this, &StartScreen::importRequested);
  connect(demo, &QPushButton::clicked, this, &StartScreen::demoRequested);
  auto* buttons = new QHBoxLayout;
  buttons->addStretch();
  buttons->addWidget(import);
  buttons->addWidget(demo);
  buttons->addStretch();
  for (QLabel* l : {title, text}) layout->addWidget(l, 0, Qt::AlignHCenter);
  layout->addLayout(buttons);
  layout->addStretch(2);
}

}  // namespace salesops::ui
