// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace salesops::ui {

enum class MissingStoreChoice { Create, OpenAnother, Quit };

/// Asks what to do about a path with no store: create one there, open another, or quit. The window
/// never creates a store unasked (a mistyped --db would show an empty dashboard). Keyboard: each
/// button has a mnemonic, Escape quits.
MissingStoreChoice askAboutMissingStore(const QString& path, QWidget* parent = nullptr);

}  // namespace salesops::ui
