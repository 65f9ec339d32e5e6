// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The import dialog previews every added file at once, each on its own thread.
#include <atomic>
#include <gtest/gtest.h>
#include <spdlog/spdlog.h>
#include <thread>
#include <vector>

#include "TestFiles.h"

#include "salesops/ingest/FilePreview.h"
#include "salesops/ingest/LibraryLogger.h"

using namespace salesops::ingest;

// Every preview logs through the `ingest` logger; 16 threads that are first to ask for it at the same
// moment once threw "logger with name 'ingest' already exists". spdlog::drop before each round makes
// every round such a first time for a get-then-register lookup.
TEST(ParallelPreview, SixteenThreadsPreviewAtOnceManyTimesWithoutAnError) {
  constexpr int kThreads = 16;
  constexpr int kRounds = 20;
  const std::string path = test::dataPath("visits-duplicates.csv");
  auto single = previewFile(path);
  ASSERT_TRUE(single) << single.error().message;
  const size_t rows = single->rows.size();
  ASSERT_GT(rows, 0u);
  for (int round = 0; round < kRounds; ++round) {
    spdlog::drop("ingest");
    std::atomic<int> ready{0};
    std::atomic<int> previewed{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
      threads.emplace_back([&] {
        ++ready;
        while (ready.load() < kThreads) std::this_thread::yield();  // all start together
        try {
          auto preview = previewFile(path);
          if (preview && preview->rows.size() == rows) ++previewed;
        } catch (...) {
        }
      });
    for (auto& t : threads) t.join();
    ASSERT_EQ(previewed.load(), kThreads) << "round " << round;
  }
}

// The race itself, without the files' reading in between: 16 threads ask for a logger no one has made
// yet at the same moment, in each of many rounds. All get the one logger, and nothing throws.
TEST(ParallelPreview, SixteenThreadsAskingForANewLoggerAtOnceAllGetTheSameOne) {
  constexpr int kThreads = 16;
  for (int round = 0; round < 300; ++round) {
    const std::string name = "race-" + std::to_string(round);
    std::atomic<int> ready{0};
    std::vector<spdlog::logger*> got(kThreads, nullptr);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
      threads.emplace_back([&, t] {
        ++ready;
        while (ready.load() < kThreads) std::this_thread::yield();
        try {
          got[static_cast<size_t>(t)] = &salesops::libraryLogger(name.c_str());
        } catch (...) {
        }
      });
    for (auto& t : threads) t.join();
    ASSERT_NE(got[0], nullptr) << "round " << round;
    for (spdlog::logger* logger : got) ASSERT_EQ(logger, got[0]) << "round " << round;
    EXPECT_EQ(spdlog::get(name).get(), got[0]);
  }
}
