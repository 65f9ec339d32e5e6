// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One default demo store (20,000 visits over 56 days ending kDemoEnd), generated once per test
// binary for the alert, explain and target tests that check the demo's planted stories.

#include <gtest/gtest.h>

#include "DataQualityTestSupport.h"

#include "salesops/demo/StoreDemoSink.h"

namespace salesops::kpi::test {

inline const Date kDemoEnd = *Date::fromYmd(2026, 11, 27);  // a Friday

inline store::Store& analysisDemoStore() {
  static TempStore store;  // removed with its folder when the test binary exits
  static const bool generated = [] {
    demo::DemoOptions o;
    o.endDate = kDemoEnd;
    auto r = demo::generateIntoStore(*store, o);
    if (!r) ADD_FAILURE() << r.error().message;
    return r.ok();
  }();
  EXPECT_TRUE(generated);
  return *store;
}

}  // namespace salesops::kpi::test
