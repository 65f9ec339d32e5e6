// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "salesops/core/JsonText.h"

namespace salesops::cli {

// The commands write JSON strings and numbers through the one writer in core.
using salesops::jsonNumber;
using salesops::jsonString;

}  // namespace salesops::cli
