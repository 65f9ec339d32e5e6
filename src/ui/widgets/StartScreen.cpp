// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/StartScreen.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace salesops::ui {

StartScreen::StartScreen(QWidget* parent) : QWidget(parent) {
  setObjectName("startScreen");
  auto* title = new QLabel(tr("<h2>No visits in this store yet</h2>"), this);
  title->setAlignment(Qt::AlignHCenter);
  auto* text = new QLabel(tr("Import the exports of the CRM, the field app and the order desk (visits, orders, "
                             "cancellations, reps, areas, targets) to see the daily start. Or look around in demo "
                             "data first: it opens in a window of its own and leaves this store as it is."),
                          this);
  text->setWordWrap(true);
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
  // A column of at most 560 pixels, centred by stretches rather than by an alignment flag: a layout
  // item with an alignment gets its size hint's height, and the wrapped text was cut to two lines.
  auto* column = new QWidget(this);
  column->setMaximumWidth(560);
  auto* columnLayout = new QVBoxLayout(column);
  columnLayout->addWidget(title);
  columnLayout->addWidget(text);
  columnLayout->addLayout(buttons);
  auto* row = new QHBoxLayout;
  row->addStretch();
  row->addWidget(column, 1);
  row->addStretch();
  auto* layout = new QVBoxLayout(this);
  layout->addStretch();
  layout->addLayout(row);
  layout->addStretch(2);
}

}  // namespace salesops::ui
