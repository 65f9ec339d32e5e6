// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/charts/ReasonText.h"

#include <QCoreApplication>

namespace salesops::charts {

// The context and texts of the dashboard's reasons chart, so both share one translation.
QString cancelReasonTitle(CancelReason r) {
  switch (r) {
    case CancelReason::CoolingOff:
      return QCoreApplication::translate("Charts", "Cooling-off period");
    case CancelReason::WrongExpectation:
      return QCoreApplication::translate("Charts", "Wrong expectation");
    case CancelReason::Price:
      return QCoreApplication::translate("Charts", "Price");
    case CancelReason::CreditCheck:
      return QCoreApplication::translate("Charts", "Credit check");
    case CancelReason::Duplicate:
      return QCoreApplication::translate("Charts", "Duplicate");
    case CancelReason::Technical:
      return QCoreApplication::translate("Charts", "Technical");
    case CancelReason::Moved:
      return QCoreApplication::translate("Charts", "Moved");
    case CancelReason::Other:
      return QCoreApplication::translate("Charts", "Other");
  }
  return {};
}

}  // namespace salesops::charts
