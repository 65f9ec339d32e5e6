// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "TestFiles.h"

namespace salesops::ingest {
namespace {

constexpr const char* kVisits =
    "visit_id,visited_at,rep_id,area,outcome,channel,postcode,house_number,house_number_addition\n";
constexpr const char* kOrders =
    "order_id,ordered_at,rep_id,channel,area,visit_id,postcode,house_number,product,monthly_fee,installed_at,"
    "first_time_right\n";
constexpr const char* kCancellations = "order_id,cancelled_at,reason\n";
constexpr const char* kReps = "rep_id,name,team,active_from,active_to\n";
constexpr const char* kAreas = "area,name,city,homes_passed,bundling_threshold\n";
constexpr const char* kTargets = "week,level,key,metric,target\n";

struct RejectCase {
  const char* header;
  std::string row;
  std::string column;
  std::string value;
  std::string reason;
};

class RowRejection : public ::testing::TestWithParam<RejectCase> {};

TEST_P(RowRejection, RejectsTheRowWithColumnValueAndReason) {
  const RejectCase& c = GetParam();
  const auto file = test::parseText(std::string(c.header) + c.row + "\n");
  ASSERT_TRUE(file.ok()) << file.error().message;
  EXPECT_EQ(file->rows.rowCount(), 0u);
  ASSERT_EQ(file->rows.rejected.size(), 1u);
  const RowError& e = file->rows.rejected[0].error;
  EXPECT_EQ(e.line, 2);
  EXPECT_EQ(e.column, c.column);
  EXPECT_EQ(e.value, c.value);
  EXPECT_EQ(e.reason, c.reason);
}

const std::string kEmpty = "required value is empty";
const std::string kNegative = "must be 0 or more";
const std::string kFraction = "must be between 0 and 1 (or 0% and 100%)";

INSTANTIATE_TEST_SUITE_P(
    Visits, RowRejection,
    ::testing::Values(
        RejectCase{kVisits, ",2026-11-03 17:45,R1,A1,sale,d2d,3512AB,104,", "visit_id", "", kEmpty},
        RejectCase{kVisits, "  ,2026-11-03 17:45,R1,A1,sale,d2d,3512AB,104,", "visit_id", "  ", kEmpty},
        RejectCase{kVisits, "V1,,R1,A1,sale,d2d,3512AB,104,", "visited_at", "", kEmpty},
        RejectCase{kVisits, "V1,3 nov,R1,A1,sale,d2d,3512AB,104,", "visited_at", "3 nov",
                   "not a date-time (expected a date, optionally followed by HH:MM or HH:MM:SS)"},
        RejectCase{kVisits, "V1,30-02-2026 10:00,R1,A1,sale,d2d,3512AB,104,", "visited_at", "30-02-2026 10:00",
                   "impossible date"},
        RejectCase{kVisits, "V1,2026-11-03 25:00,R1,A1,sale,d2d,3512AB,104,", "visited_at", "2026-11-03 25:00",
                   "impossible time of day"},
        RejectCase{kVisits, "V1,2026-11-03,,A1,sale,d2d,3512AB,104,", "rep_id", "", kEmpty},
        RejectCase{kVisits, "V1,2026-11-03,R1,,sale,d2d,3512AB,104,", "area", "", kEmpty},
        RejectCase{kVisits, "V1,2026-11-03,R1,A1,,d2d,3512AB,104,", "outcome", "", kEmpty},
        RejectCase{kVisits, "V1,2026-11-03,R1,A1,misschien,d2d,3512AB,104,", "outcome", "misschien",
                   "unknown outcome (expected not_home, no_interest, already_customer, contract_lock_in, callback, "
                   "quote or sale)"},
        RejectCase{kVisits, "V1,2026-11-03,R1,A1,sale,telefoon,3512AB,104,", "channel", "telefoon",
                   "unknown channel (expected d2d, htl or promo_bus)"},
        RejectCase{kVisits, "V1,2026-11-03,R1,A1,sale,d2d,,104,", "postcode", "", "required for d2d visits"},
        RejectCase{kVisits, "V1,2026-11-03,R1,A1,sale,,,104,", "postcode", "",
                   "required for d2d visits"},  // d2d by default
        RejectCase{kVisits, "V1,2026-11-03,R1,A1,sale,d2d,B-1000,104,", "postcode", "B-1000",
                   "not a Dutch postcode (1234 AB)"},
        RejectCase{kVisits, "V1,2026-11-03,R1,A1,sale,d2d,3512AB,,", "house_number", "", "required for d2d visits"},
        RejectCase{kVisits, "V1,2026-11-03,R1,A1,sale,d2d,3512AB,0,", "house_number", "0",
                   "not a house number (expected e.g. 104, 104A, 104-3 or 104-bis)"},
        RejectCase{kVisits, "V1,2026-11-03,R1,A1,sale,htl,,zes,", "house_number", "zes",
                   "not a house number (expected e.g. 104, 104A, 104-3 or 104-bis)"},
        RejectCase{kVisits, "V1,2026-11-03,R1,A1,sale,d2d,3512AB,104,,extra", "", "extra",
                   "this row has 10 fields, the header 9 (a delimiter inside a value that is not quoted?)"}));

INSTANTIATE_TEST_SUITE_P(
    Orders, RowRejection,
    ::testing::Values(RejectCase{kOrders, ",2026-11-03,R1,d2d,A1,,,,,,,", "order_id", "", kEmpty},
                      RejectCase{kOrders, "O1,,R1,d2d,A1,,,,,,,", "ordered_at", "", kEmpty},
                      RejectCase{kOrders, "O1,2026-11-03,,d2d,A1,,,,,,,", "rep_id", "", kEmpty},
                      RejectCase{kOrders, "O1,2026-11-03,R1,bus,A1,,,,,,,", "channel", "bus",
                                 "unknown channel (expected d2d, htl or promo_bus)"},
                      RejectCase{kOrders, "O1,2026-11-03,R1,d2d,,,,,,,,", "area", "", kEmpty},
                      RejectCase{kOrders, "O1,2026-11-03,R1,d2d,A1,,,-4,,,,", "house_number", "-4",
                                 "not a house number (expected e.g. 104, 104A, 104-3 or 104-bis)"},
                      RejectCase{kOrders, "O1,2026-11-03,R1,d2d,A1,,,,,-5,,", "monthly_fee", "-5", kNegative},
                      RejectCase{kOrders, "O1,2026-11-03,R1,d2d,A1,,,,,\"1.042,50\",,", "monthly_fee", "1.042,50",
                                 "thousands separators are not accepted (write 1234,50)"},
                      RejectCase{kOrders, "O1,2026-11-03,R1,d2d,A1,,,,,\"42,505\",,", "monthly_fee", "42,505",
                                 "more than 2 decimals for an amount"},
                      RejectCase{kOrders, "O1,2026-11-03,R1,d2d,A1,,,,,gratis,,", "monthly_fee", "gratis",
                                 "not a number (expected e.g. 42.50 or 42,50)"},
                      RejectCase{kOrders, "O1,2026-11-03,R1,d2d,A1,,,,,,next week,", "installed_at", "next week",
                                 "not a date-time (expected a date, optionally followed by HH:MM or HH:MM:SS)"},
                      RejectCase{kOrders, "O1,2026-11-03,R1,d2d,A1,,,,,,,misschien", "first_time_right", "misschien",
                                 "not a yes/no value (expected 1/0, true/false, yes/no, ja/nee, y/n or j/n)"}));

INSTANTIATE_TEST_SUITE_P(Cancellations, RowRejection,
                         ::testing::Values(RejectCase{kCancellations, ",2026-11-03,price", "order_id", "", kEmpty},
                                           RejectCase{kCancellations, "O1,,price", "cancelled_at", "", kEmpty},
                                           RejectCase{kCancellations, "O1,2026-13-01,price", "cancelled_at",
                                                      "2026-13-01", "impossible date"}));

INSTANTIATE_TEST_SUITE_P(Reps, RowRejection,
                         ::testing::Values(RejectCase{kReps, ",Anne,Noord,,", "rep_id", "", kEmpty},
                                           RejectCase{kReps, "R1,,Noord,,", "name", "", kEmpty},
                                           RejectCase{kReps, "R1,Anne,,,", "team", "", kEmpty},
                                           RejectCase{kReps, "R1,Anne,Noord,1 jan,", "active_from", "1 jan",
                                                      "not a date (expected YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY)"},
                                           RejectCase{kReps, "R1,Anne,Noord,,2026-11-03 10:00", "active_to",
                                                      "2026-11-03 10:00",
                                                      "not a date (expected YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY)"},
                                           RejectCase{kReps, "R1,Anne,Noord,2026-03-01,2026-02-28", "active_to",
                                                      "2026-02-28", "is before active_from"}));

INSTANTIATE_TEST_SUITE_P(
    Areas, RowRejection,
    ::testing::Values(RejectCase{kAreas, ",Lombok,Utrecht,100,", "area", "", kEmpty},
                      RejectCase{kAreas, "A1,Lombok,,100,", "city", "", kEmpty},
                      RejectCase{kAreas, "A1,Lombok,Utrecht,,", "homes_passed", "", kEmpty},
                      RejectCase{kAreas, "A1,Lombok,Utrecht,-1,", "homes_passed", "-1", kNegative},
                      RejectCase{kAreas, "A1,Lombok,Utrecht,\"12,5\",", "homes_passed", "12,5", "not a whole number"},
                      RejectCase{kAreas, "A1,Lombok,Utrecht,100,140%", "bundling_threshold", "140%", kFraction},
                      RejectCase{kAreas, "A1,Lombok,Utrecht,100,\"1,5\"", "bundling_threshold", "1,5", kFraction},
                      RejectCase{kAreas, "A1,Lombok,Utrecht,100,-0.1", "bundling_threshold", "-0.1", kFraction},
                      RejectCase{kAreas, "A1,Lombok,Utrecht,100,veel", "bundling_threshold", "veel",
                                 "not a fraction or percentage (expected e.g. 0.4, 0,4 or 40%)"}));

INSTANTIATE_TEST_SUITE_P(
    Targets, RowRejection,
    ::testing::Values(
        RejectCase{kTargets, "2026-48,all,,orders,10", "week", "2026-48", "not an ISO week (expected e.g. 2026-W48)"},
        RejectCase{kTargets, ",all,,orders,10", "week", "", kEmpty},
        RejectCase{kTargets, "2026-W48,area,A1,orders,10", "level", "area",
                   "unknown level (expected all, team or rep)"},
        RejectCase{kTargets, "2026-W48,all,Noord,orders,10", "key", "Noord", "must be empty for level all"},
        RejectCase{kTargets, "2026-W48,team,,orders,10", "key", "",
                   "required for level team or rep (the team name or rep id)"},
        RejectCase{kTargets, "2026-W48,rep,R1,sales,10", "metric", "sales", "not a KPI name (see the KPI definitions)"},
        RejectCase{kTargets, "2026-W48,rep,R1,,10", "metric", "", kEmpty},
        RejectCase{kTargets, "2026-W48,rep,R1,orders,", "target", "", kEmpty},
        RejectCase{kTargets, "2026-W48,rep,R1,conversion,120%", "target", "120%", kFraction},
        RejectCase{kTargets, "2026-W48,rep,R1,conversion,\"1,2\"", "target", "1,2", kFraction},
        RejectCase{kTargets, "2026-W48,rep,R1,conversion,hoog", "target", "hoog",
                   "not a fraction or percentage (expected e.g. 0.4, 0,4 or 40%)"},
        RejectCase{kTargets, "2026-W48,rep,R1,orders,50%", "target", "50%", "a percentage is only accepted for a rate"},
        RejectCase{kTargets, "2026-W48,rep,R1,orders,-3", "target", "-3", kNegative},
        RejectCase{kTargets, "2026-W48,rep,R1,orders,veel", "target", "veel",
                   "not a number (expected e.g. 42.50 or 42,50)"},
        RejectCase{kTargets, "2026-W48,rep,R1,visits_per_hour,-1", "target", "-1", kNegative}));

TEST(RowValidation, AcceptsNonD2dVisitsWithoutAnAddress) {
  const auto file = test::parseText(std::string(kVisits) + "V1,2026-11-03,R1,A1,quote,promo bus,,,\n");
  ASSERT_TRUE(file.ok());
  ASSERT_EQ(file->rows.visits.size(), 1u);
  EXPECT_EQ(file->rows.visits[0].channel, Channel::PromoBus);
  EXPECT_EQ(file->rows.visits[0].houseNumber, 0);
}

TEST(RowValidation, SeparateAdditionColumnWinsWhenNotEmpty) {
  const auto file = test::parseText(std::string(kVisits) +
                                    "V1,2026-11-03,R1,A1,sale,d2d,3512AB,104A,\n"
                                    "V2,2026-11-03,R1,A1,sale,d2d,3512AB,104A,bis\n"
                                    "V3,2026-11-03,R1,A1,sale,d2d,3512AB,104, 2 \n");
  ASSERT_TRUE(file.ok());
  ASSERT_EQ(file->rows.visits.size(), 3u);
  EXPECT_EQ(file->rows.visits[0].addition, "A");
  EXPECT_EQ(file->rows.visits[1].addition, "bis");
  EXPECT_EQ(file->rows.visits[2].addition, "2");
}

TEST(RowValidation, KeepsAnOrdersPostcodeThatIsNotRequiredAsWritten) {
  const auto file = test::parseText(std::string(kOrders) +
                                    "O1,2026-11-03,R1,htl,A1,,B-1000,,,,,\n"
                                    "O2,2026-11-03,R1,htl,A1,,1011 ab,,,,,\n");
  ASSERT_TRUE(file.ok());
  ASSERT_EQ(file->rows.orders.size(), 2u);
  EXPECT_EQ(file->rows.orders[0].postcode, "B-1000");
  EXPECT_EQ(file->rows.orders[1].postcode, "1011AB");
}

TEST(RowValidation, TrimsValuesAndAcceptsPercentagesForRates) {
  const auto file = test::parseText(std::string(kTargets) + " 2026-W48 , Team , Noord , Cancel Rate , 4 % \n");
  ASSERT_TRUE(file.ok());
  ASSERT_EQ(file->rows.targets.size(), 1u);
  EXPECT_EQ(file->rows.targets[0], (TargetRow{{2026, 48}, TargetLevel::Team, "Noord", "cancel_rate", 0.04}));
}

}  // namespace
}  // namespace salesops::ingest
