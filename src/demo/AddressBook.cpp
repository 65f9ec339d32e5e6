// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddressBook.h"

#include <array>
#include <string_view>

namespace salesops::demo {
namespace {

constexpr size_t kRingCapacity = 1024;
constexpr double kComeBackShare = 0.30;   // of a rep's doors that are second or third tries
constexpr int32_t kForgetAfterDays = 28;  // an older not-home is not worth the walk any more
constexpr uint8_t kMaxRings = 3;

// Dutch postcodes leave out F, I, O, Q, U, Y; without S we also avoid the banned SA, SD and SS.
constexpr std::string_view kLetters = "ABCEGHJKLMNPRTVWXZ";
constexpr uint32_t kDoorsPerPostcode = 24;  // one side of a street segment
constexpr std::array<std::string_view, 4> kFlatLetters = {"", "A", "B", "C"};
constexpr std::array<std::string_view, 4> kFlatFloors = {"1", "2", "3", "4"};

}  // namespace

AddressBook::AddressBook(std::span<const AreaSpec> areas) : areas_(areas), doors_(areas.size()) {
  for (Doors& d : doors_) d.ring.resize(kRingCapacity);
}

AddressBook::Door AddressBook::nextDoor(size_t area, int32_t day, Random& rng) {
  Doors& d = doors_[area];
  while (d.size > 0 && d.ring[d.head].day < day - kForgetAfterDays) {
    d.head = (d.head + 1) % kRingCapacity;
    --d.size;
  }
  if (d.size > 0 && d.ring[d.head].day < day && rng.chance(kComeBackShare)) {
    const Pending p = d.ring[d.head];
    d.head = (d.head + 1) % kRingCapacity;
    --d.size;
    return {p.index, p.visits};
  }
  const uint32_t index = d.cursor;
  d.cursor = (d.cursor + 1) % static_cast<uint32_t>(areas_[area].homesPassed);
  return {index, 0};
}

void AddressBook::comeBack(size_t area, Door door, int32_t day) {
  const auto visits = static_cast<uint8_t>(door.visitsBefore + 1);
  if (visits >= kMaxRings) return;
  Doors& d = doors_[area];
  if (d.size == kRingCapacity) {
    d.head = (d.head + 1) % kRingCapacity;
    --d.size;
  }
  d.ring[(d.head + d.size) % kRingCapacity] = Pending{door.index, day, visits};
  ++d.size;
}

void AddressBook::address(size_t area, uint32_t index, std::string& postcode, int32_t& houseNumber,
                          std::string& addition) const {
  const AreaSpec& a = areas_[area];
  const uint32_t block = index / kDoorsPerPostcode;
  const uint32_t pos = index % kDoorsPerPostcode;
  const auto pc4Count = static_cast<uint32_t>(a.pc4Count);
  const int pc4 = a.pc4First + static_cast<int>(block % pc4Count);
  // Distinct blocks of one 4-digit code get distinct letter pairs (18 x 18 of them); the area index
  // shifts the pairs so neighbouring areas do not all start at AA.
  const uint32_t pair = (block / pc4Count) % (18 * 18);
  const auto shift = static_cast<uint32_t>(area);
  char buf[6] = {static_cast<char>('0' + pc4 / 1000),    static_cast<char>('0' + pc4 / 100 % 10),
                 static_cast<char>('0' + pc4 / 10 % 10), static_cast<char>('0' + pc4 % 10),
                 kLetters[(pair / 18 + shift * 5) % 18], kLetters[(pair % 18 * 5 + shift * 7) % 18]};
  postcode.assign(buf, sizeof buf);

  const auto streetStart = static_cast<int32_t>((block % 5) * 50);
  if (block % 7 == 3) {  // a block of flats: four homes per number
    houseNumber = streetStart + 1 + 2 * static_cast<int32_t>(pos / 4);
    addition = (block % 2 == 0 ? kFlatLetters : kFlatFloors)[pos % 4];
    return;
  }
  houseNumber = streetStart + 1 + static_cast<int32_t>(block % 2) + 2 * static_cast<int32_t>(pos);
  addition.clear();
  if (pos == kDoorsPerPostcode - 1 && block % 11 == 6) {  // a split house next to its neighbour
    houseNumber -= 2;
    addition = "bis";
  }
}

}  // namespace salesops::demo
