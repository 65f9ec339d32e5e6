// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace salesops::ui {

/// Export on a page (Ctrl+E): the chart or table that has the focus, else a choice of the page's
/// charts (the first preselected), else its first table. False when the page has neither.
bool exportFromPage(QWidget* page, QWidget* focus);

}  // namespace salesops::ui
