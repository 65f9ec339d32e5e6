// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "salesops/core/Enums.h"

namespace salesops::charts {

/// A cancellation reason for people (`Wrong expectation`), translated.
QString cancelReasonTitle(CancelReason reason);

}  // namespace salesops::charts
