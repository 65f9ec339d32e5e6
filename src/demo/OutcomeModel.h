// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoCatalogue.h"
#include "Random.h"

#include "salesops/core/Enums.h"

namespace salesops::demo {

/// How a visit ends. At the door, whether it opens depends on the hour and the area; a conversation
/// (at the door, a stand or the bus) ends in a sale more often with a skilled rep in a good area.
/// `conversionDrop` is story 1: the sale chance falls to a quarter, the lost sales become
/// `no_interest`, and the door opens as often as before.
Outcome drawOutcome(Channel channel, int hour, const AreaSpec& area, const RepSpec& rep, bool conversionDrop,
                    Random& rng);

}  // namespace salesops::demo
