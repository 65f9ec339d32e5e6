// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Widgets made from one value (google-explicit-constructor): a path or a store session never turns
// into a dialog or a page by accident, e.g. a QString passed where an ImportDialog is expected.
#include <QString>

#include <gtest/gtest.h>
#include <type_traits>

#include "dialogs/ImportDialog.h"
#include "pages/DataQualityPage.h"
#include "pages/ImportsPage.h"
#include "widgets/FilterBar.h"
#include "window/StoreSession.h"

using namespace salesops;

namespace {

TEST(ExplicitConstructorsTest, AStorePathIsNotImplicitlyAnImportDialog) {
  EXPECT_TRUE((std::is_constructible_v<ui::ImportDialog, QString>));
  EXPECT_FALSE((std::is_convertible_v<QString, ui::ImportDialog>));
}

TEST(ExplicitConstructorsTest, AStoreSessionIsNotImplicitlyAPageOrFilterBar) {
  EXPECT_TRUE((std::is_constructible_v<ui::ImportsPage, ui::StoreSession&>));
  EXPECT_FALSE((std::is_convertible_v<ui::StoreSession&, ui::ImportsPage>));
  EXPECT_FALSE((std::is_convertible_v<ui::StoreSession&, ui::DataQualityPage>));
  EXPECT_FALSE((std::is_convertible_v<ui::StoreSession&, ui::FilterBar>));
}

}  // namespace
