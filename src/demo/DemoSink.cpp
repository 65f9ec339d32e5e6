// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/demo/DemoSink.h"

namespace salesops::demo {

// Out of line so the vtable has one home.
DemoSink::~DemoSink() = default;

}  // namespace salesops::demo
