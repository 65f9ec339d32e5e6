// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace salesops::ui {

/// Makes `content` the whole of `page`, scrolling when the window is smaller than it (a dashboard
/// page at 1366x768), without a frame.
void setScrollingContent(QWidget* page, QWidget* content);

}  // namespace salesops::ui
