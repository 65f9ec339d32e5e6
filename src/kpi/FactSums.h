// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "salesops/kpi/KpiRow.h"
#include "salesops/store/KpiSource.h"

namespace salesops::kpi {

// The store's facts added into a row's counts: where contacts, pitches and quotes are made from
// outcomes, for the engine and the postcode breakdown alike.
inline void addVisitFacts(KpiValues& v, const store::VisitFacts& f) {
  v.visits += f.visits;
  v.contacts += f.visits - f.notHome;
  v.pitches += f.noInterest + f.callback + f.quote + f.sale;
  v.quotes += f.quote + f.sale;
  v.noInterest += f.noInterest;
  v.alreadyCustomer += f.alreadyCustomer;
  v.contractLockIn += f.contractLockIn;
  v.callbacks += f.callback;
  v.fieldHours += f.fieldSeconds / 3600.0;
  v.d2dVisits += f.d2dVisits;
  v.d2dContacts += f.d2dVisits - f.d2dNotHome;
}

inline void addOrderFacts(KpiValues& v, const store::OrderFacts& f) {
  v.orders += f.orders;
  v.cancelled += f.cancelled;
  v.preInstallCancelled += f.preInstallCancelled;
  v.installed += f.installed;
  v.revenue += Money::fromCents(f.revenueCents);
  v.ftrTrue += f.ftrTrue;
  v.ftrKnown += f.ftrKnown;
  v.orders14d += f.orders14d;
  v.cancelled14d += f.cancelled14d;
  v.d2dOrders += f.d2dOrders;
}

}  // namespace salesops::kpi
