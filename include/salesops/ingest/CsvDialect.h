// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace salesops::ingest {

/// The UTF-8 byte order mark.
inline constexpr char kUtf8Bom[] = "\xEF\xBB\xBF";

/// How a CSV export for people is written (spec cli.md, `--csv-dialect`). Rfc4180: `,` between
/// fields, UTF-8 without BOM, a decimal point: for scripts. ExcelNl: `;`, UTF-8 with BOM, a decimal
/// comma: what Dutch Excel reads with a double click (it takes `,` for the decimal separator and
/// reads a file without BOM in Windows-1252). Both end lines with CRLF and guard text cells against
/// formulas. The window writes its language's dialect; the command line rfc4180 unless told.
enum class CsvDialect { Rfc4180, ExcelNl };

/// "rfc4180" or "excel-nl"; nullopt for anything else.
std::optional<CsvDialect> csvDialectFromName(std::string_view name);
std::string_view toString(CsvDialect dialect);

char csvDelimiter(CsvDialect dialect);
/// What the file starts with: the BOM for ExcelNl, nothing for Rfc4180.
std::string_view csvPreamble(CsvDialect dialect);
/// A number written with a decimal point (`0.1273`, `42.50`), in the dialect: `0,1273` for ExcelNl.
std::string csvNumber(std::string number, CsvDialect dialect);

}  // namespace salesops::ingest
