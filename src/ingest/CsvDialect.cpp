// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/ingest/CsvDialect.h"

#include <algorithm>

namespace salesops::ingest {

std::optional<CsvDialect> csvDialectFromName(std::string_view name) {
  if (name == "rfc4180") return CsvDialect::Rfc4180;
  if (name == "excel-nl") return CsvDialect::ExcelNl;
  return std::nullopt;
}

std::string_view toString(CsvDialect dialect) { return dialect == CsvDialect::ExcelNl ? "excel-nl" : "rfc4180"; }

char csvDelimiter(CsvDialect dialect) { return dialect == CsvDialect::ExcelNl ? ';' : ','; }

std::string_view csvPreamble(CsvDialect dialect) { return dialect == CsvDialect::ExcelNl ? kUtf8Bom : ""; }

std::string csvNumber(std::string number, CsvDialect dialect) {
  if (dialect == CsvDialect::ExcelNl) std::replace(number.begin(), number.end(), '.', ',');
  return number;
}

}  // namespace salesops::ingest
