// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>
#include <string>

#include "SeenIdSet.h"

namespace salesops::ingest {
namespace {

TEST(SeenIdSet, TellsNewIdsFromDuplicatesWhileGrowing) {
  SeenIdSet seen;
  const size_t initial = seen.capacity();
  for (int i = 0; i < 100000; ++i) ASSERT_TRUE(seen.insert("V" + std::to_string(i))) << i;
  for (int i = 0; i < 100000; i += 7) ASSERT_FALSE(seen.insert("V" + std::to_string(i))) << i;
  EXPECT_TRUE(seen.insert("V100000"));
  EXPECT_EQ(seen.size(), 100001u);
  EXPECT_GT(seen.capacity(), initial);
  EXPECT_LE(seen.size() * 5, seen.capacity() * 4);  // at most 80 % full
}

TEST(SeenIdSet, ReserveSizesTheTableOnceForTheExpectedIds) {
  SeenIdSet seen;
  seen.reserve(10'000'000);
  EXPECT_EQ(seen.capacity(), size_t{1} << 24);  // 128 MiB for ten million ids
  seen.insert("a");
  seen.reserve(10);  // never shrinks
  EXPECT_EQ(seen.capacity(), size_t{1} << 24);
  EXPECT_FALSE(seen.insert("a"));
}

TEST(SeenIdSet, TreatsTheHashZeroLikeAnyOther) {
  SeenIdSet seen;
  EXPECT_TRUE(seen.insertHash(0));
  EXPECT_FALSE(seen.insertHash(0));
  EXPECT_TRUE(seen.insertHash(4096));  // same home slot as 0 in a 4096-slot table
  EXPECT_FALSE(seen.insertHash(4096));
}

}  // namespace
}  // namespace salesops::ingest
