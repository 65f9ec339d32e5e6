// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "DemoCatalogue.h"
#include "Random.h"

namespace salesops::demo {

/// The doors of every walking area and where each rep is in them. Reps walk an area door by door
/// (a cursor per area) and come back on a later day to doors where nobody was home, so many
/// addresses are rung two or three times. Memory is bounded per area, never by the number of visits.
class AddressBook {
 public:
  struct Door {
    uint32_t index = 0;        ///< 0 .. homesPassed-1 of its area
    uint8_t visitsBefore = 0;  ///< how often it was rung before
  };

  explicit AddressBook(std::span<const AreaSpec> areas);

  /// The next door to ring in `area` on `day`: sometimes one to come back to, else a fresh one.
  Door nextDoor(size_t area, int32_t day, Random& rng);
  /// Remembers `door` (just rung on `day`) for another try on a later day, up to three rings.
  void comeBack(size_t area, Door door, int32_t day);

  /// The postal address of door `index` of `area`: postcode `1234AB`, house number 1..250 and an
  /// addition (`A`, `2`, `bis`) for flats and the odd split house. Distinct doors, distinct addresses.
  void address(size_t area, uint32_t index, std::string& postcode, int32_t& houseNumber, std::string& addition) const;

 private:
  struct Pending {
    uint32_t index;
    int32_t day;
    uint8_t visits;
  };
  struct Doors {
    uint32_t cursor = 0;
    std::vector<Pending> ring;  ///< fixed capacity; the oldest is dropped when full
    size_t head = 0;
    size_t size = 0;
  };
  std::span<const AreaSpec> areas_;
  std::vector<Doors> doors_;
};

}  // namespace salesops::demo
