// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <regex>
#include <sstream>

#include "DemoTestSupport.h"

#include "salesops/demo/CsvDemoSink.h"

namespace salesops::demo::test {
namespace {

namespace fs = std::filesystem;

/// Hands every batch to the CSV sink and keeps a copy, so the files can be checked against the rows.
class TeeSink : public DemoSink {
 public:
  explicit TeeSink(DemoSink& csv) : csv_(csv) {}
  CollectingSink copy;

  Result<void> reps(const std::vector<ingest::RepRow>& r) override { return both(r, &DemoSink::reps); }
  Result<void> areas(const std::vector<ingest::AreaRow>& r) override { return both(r, &DemoSink::areas); }
  Result<void> targets(const std::vector<ingest::TargetRow>& r) override { return both(r, &DemoSink::targets); }
  Result<void> visits(const std::vector<ingest::VisitRow>& r) override { return both(r, &DemoSink::visits); }
  Result<void> orders(const std::vector<ingest::OrderRow>& r) override { return both(r, &DemoSink::orders); }
  Result<void> cancellations(const std::vector<ingest::CancellationRow>& r) override {
    return both(r, &DemoSink::cancellations);
  }
  Result<void> finish() override { return csv_.finish(); }

 private:
  template <class Row>
  Result<void> both(const std::vector<Row>& rows, Result<void> (DemoSink::*call)(const std::vector<Row>&)) {
    if (auto r = (copy.*call)(rows); !r) return r;
    return (csv_.*call)(rows);
  }
  DemoSink& csv_;
};

class CsvDemoSinkTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("salesops-demo-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  /// Generates into `folder` and returns the rows.
  static DemoData writeDemo(const fs::path& folder, const DemoOptions& options) {
    auto csv = CsvDemoSink::open(folder.string());
    if (!csv) throw std::runtime_error(csv.error().message);
    TeeSink tee(**csv);
    if (auto r = generate(options, tee); !r) throw std::runtime_error(r.error().message);
    return std::move(tee.copy.data);
  }

  static std::vector<std::string> lines(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::vector<std::string> out;
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
  }

  static std::string bytes(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  }

  fs::path dir_;
};

TEST_F(CsvDemoSinkTest, WritesSixFilesWithCanonicalHeadersAndOneLinePerRow) {
  const DemoData d = writeDemo(dir_, defaultOptions());
  const std::vector<std::pair<std::string, size_t>> expected = {
      {"rep_id,name,team,active_from,active_to", d.reps.size()},
      {"area,name,city,homes_passed,bundling_threshold", d.areas.size()},
      {"week,level,key,metric,target", d.targets.size()},
      {"visit_id,visited_at,rep_id,area,outcome,channel,postcode,house_number,house_number_addition", d.visits.size()},
      {"order_id,ordered_at,rep_id,channel,area,visit_id,postcode,house_number,house_number_addition,product,"
       "monthly_fee,installed_at,first_time_right",
       d.orders.size()},
      {"order_id,cancelled_at,reason", d.cancellations.size()},
  };
  ASSERT_EQ(CsvDemoSink::kFileNames.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    const auto file = lines(dir_ / CsvDemoSink::kFileNames[i]);
    ASSERT_FALSE(file.empty()) << CsvDemoSink::kFileNames[i];
    EXPECT_EQ(file.front(), expected[i].first);
    EXPECT_EQ(file.size(), expected[i].second + 1) << CsvDemoSink::kFileNames[i];
  }
  EXPECT_EQ(d.visits.size(), 20000u);
}

TEST_F(CsvDemoSinkTest, EveryRowIsWrittenWithIsoDateTimesAndDecimalPoints) {
  DemoOptions o = defaultOptions();
  o.visits = 6000;
  o.days = 21;
  const DemoData d = writeDemo(dir_, o);

  const auto visits = lines(dir_ / "visits.csv");
  ASSERT_EQ(visits.size(), d.visits.size() + 1);
  for (size_t i = 0; i < d.visits.size(); ++i) {
    const ingest::VisitRow& v = d.visits[i];
    const std::string house = v.houseNumber > 0 ? std::to_string(v.houseNumber) : "";
    ASSERT_EQ(visits[i + 1], v.visitId + "," + v.visitedAt.toString() + "," + v.repId + "," + v.area + "," +
                                 std::string(toString(v.outcome)) + "," + std::string(toString(v.channel)) + "," +
                                 v.postcode + "," + house + "," + v.addition);
  }

  const auto orders = lines(dir_ / "orders.csv");
  ASSERT_EQ(orders.size(), d.orders.size() + 1);
  for (size_t i = 0; i < d.orders.size(); ++i) {
    const ingest::OrderRow& o = d.orders[i];
    const std::string ftr = o.firstTimeRight ? (*o.firstTimeRight ? "true" : "false") : "";
    ASSERT_EQ(orders[i + 1], o.orderId + "," + o.orderedAt.toString() + "," + o.repId + "," +
                                 std::string(toString(o.channel)) + "," + o.area + "," + o.visitId + "," + o.postcode +
                                 "," + std::to_string(o.houseNumber) + "," + o.addition + "," + o.product + "," +
                                 o.monthlyFee->toString() + "," + (o.installedAt ? o.installedAt->toString() : "") +
                                 "," + ftr);
  }
  EXPECT_TRUE(std::regex_search(orders[1], std::regex(",Glasvezel [^,]+,[0-9]{2}\\.95,")));

  const auto cancellations = lines(dir_ / "cancellations.csv");
  ASSERT_EQ(cancellations.size(), d.cancellations.size() + 1);
  for (size_t i = 0; i < d.cancellations.size(); ++i) {
    const ingest::CancellationRow& c = d.cancellations[i];
    ASSERT_EQ(cancellations[i + 1], c.orderId + "," + c.cancelledAt.toString() + "," + std::string(toString(c.reason)));
  }

  const auto areas = lines(dir_ / "areas.csv");
  EXPECT_EQ(areas[3], "UTR-03,Overvecht,Utrecht,6000,0.3");
  const auto reps = lines(dir_ / "reps.csv");
  EXPECT_TRUE(std::regex_match(reps[1], std::regex("R001,[A-Za-z ]+,Team [A-Za-z]+,\\d{4}-\\d\\d-\\d\\d,")));
  const auto targets = lines(dir_ / "targets.csv");
  EXPECT_TRUE(std::find(targets.begin(), targets.end(), "2026-W48,all,,conversion,0.12") != targets.end());
}

TEST_F(CsvDemoSinkTest, SameOptionsGiveByteIdenticalFiles) {
  DemoOptions o = defaultOptions();
  o.visits = 5000;
  writeDemo(dir_ / "a", o);
  writeDemo(dir_ / "b", o);
  for (std::string_view name : CsvDemoSink::kFileNames) {
    const std::string a = bytes(dir_ / "a" / name);
    EXPECT_FALSE(a.empty());
    EXPECT_EQ(a, bytes(dir_ / "b" / name)) << name;
  }
}

TEST_F(CsvDemoSinkTest, ReportsAFolderThatCannotBeCreated) {
  fs::create_directories(dir_);
  std::ofstream(dir_ / "plain-file") << "x";
  const auto csv = CsvDemoSink::open((dir_ / "plain-file" / "demo").string());
  ASSERT_FALSE(csv);
  EXPECT_NE(csv.error().message.find("plain-file"), std::string::npos) << csv.error().message;
}

TEST_F(CsvDemoSinkTest, ReportsWhatCouldNotBeWritten) {
  if (!fs::exists("/dev/full")) GTEST_SKIP() << "needs /dev/full";
  fs::create_directories(dir_);
  fs::create_symlink("/dev/full", dir_ / "visits.csv");  // every write fails with "no space left"
  auto csv = CsvDemoSink::open(dir_.string());
  ASSERT_TRUE(csv) << csv.error().message;
  const Result<void> r = generate(defaultOptions(), **csv);
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("visits.csv"), std::string::npos) << r.error().message;
}

}  // namespace
}  // namespace salesops::demo::test
