// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "salesops/ingest/FieldParsers.h"

namespace salesops::ingest {
namespace {

TEST(ParseOutcome, AcceptsCanonicalNamesAndDutchAliases) {
  const std::pair<std::string_view, Outcome> cases[] = {
      {"not_home", Outcome::NotHome},
      {"niet_thuis", Outcome::NotHome},
      {"Niet thuis", Outcome::NotHome},
      {"NOT-HOME", Outcome::NotHome},
      {"no_interest", Outcome::NoInterest},
      {"geen_interesse", Outcome::NoInterest},
      {"Geen interesse", Outcome::NoInterest},
      {"already_customer", Outcome::AlreadyCustomer},
      {"al_klant", Outcome::AlreadyCustomer},
      {"Al klant", Outcome::AlreadyCustomer},
      {"contract_lock_in", Outcome::ContractLockIn},
      {"contractvast", Outcome::ContractLockIn},
      {"Contract lock-in", Outcome::ContractLockIn},
      {"callback", Outcome::Callback},
      {"terugkomen", Outcome::Callback},
      {"terugbellen", Outcome::Callback},
      {"quote", Outcome::Quote},
      {"offerte", Outcome::Quote},
      {"sale", Outcome::Sale},
      {"verkoop", Outcome::Sale},
      {"Order", Outcome::Sale},
      {" SALE ", Outcome::Sale},
  };
  for (const auto& [text, value] : cases) {
    SCOPED_TRACE(text);
    const auto o = parseOutcome(text);
    ASSERT_TRUE(o.ok());
    EXPECT_EQ(o.value, value);
  }
  for (std::string_view bad : {"maybe", "nothome", "sales", "", "not__home"}) {
    SCOPED_TRACE(bad);
    EXPECT_EQ(parseOutcome(bad).error, reason::kUnknownOutcome);
  }
}

TEST(ParseChannel, AcceptsCanonicalNamesAndDutchAliases) {
  const std::pair<std::string_view, Channel> cases[] = {
      {"d2d", Channel::D2d},
      {"D2D", Channel::D2d},
      {"deur", Channel::D2d},
      {"htl", Channel::Htl},
      {"HTL", Channel::Htl},
      {"promo_bus", Channel::PromoBus},
      {"Promo bus", Channel::PromoBus},
      {"promo-bus", Channel::PromoBus},
      {"promotiebus", Channel::PromoBus},
  };
  for (const auto& [text, value] : cases) {
    SCOPED_TRACE(text);
    EXPECT_EQ(parseChannel(text).value, value);
  }
  EXPECT_EQ(parseChannel("telefoon").error, reason::kUnknownChannel);
}

TEST(ParseCancelReason, KnowsCanonicalNamesAndAliasesAndKeepsUnknownAsOther) {
  const std::pair<std::string_view, CancelReason> cases[] = {
      {"cooling_off", CancelReason::CoolingOff},
      {"bedenktijd", CancelReason::CoolingOff},
      {"wrong_expectation", CancelReason::WrongExpectation},
      {"verkeerde_verwachting", CancelReason::WrongExpectation},
      {"Verkeerde verwachting", CancelReason::WrongExpectation},
      {"price", CancelReason::Price},
      {"prijs", CancelReason::Price},
      {"credit_check", CancelReason::CreditCheck},
      {"Credit-check", CancelReason::CreditCheck},
      {"duplicate", CancelReason::Duplicate},
      {"dubbel", CancelReason::Duplicate},
      {"technical", CancelReason::Technical},
      {"technisch", CancelReason::Technical},
      {"moved", CancelReason::Moved},
      {"verhuisd", CancelReason::Moved},
      {"other", CancelReason::Other},
      {"overig", CancelReason::Other},
  };
  for (const auto& [text, value] : cases) {
    SCOPED_TRACE(text);
    const ReasonParse r = parseCancelReason(text);
    EXPECT_TRUE(r.known);
    EXPECT_EQ(r.reason, value);
  }
  const ReasonParse unknown = parseCancelReason("klant overleden");
  EXPECT_FALSE(unknown.known);
  EXPECT_EQ(unknown.reason, CancelReason::Other);
}

TEST(ParseTargetLevel, AcceptsTheThreeLevels) {
  EXPECT_EQ(parseTargetLevel("all").value, TargetLevel::All);
  EXPECT_EQ(parseTargetLevel("Team").value, TargetLevel::Team);
  EXPECT_EQ(parseTargetLevel("REP").value, TargetLevel::Rep);
  EXPECT_EQ(parseTargetLevel("area").error, reason::kUnknownLevel);
}

}  // namespace
}  // namespace salesops::ingest
