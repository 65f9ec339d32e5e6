// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

#include "SeenIdSet.h"

#include "salesops/ingest/ColumnMapping.h"
#include "salesops/ingest/CsvReader.h"
#include "salesops/ingest/FieldParsers.h"
#include "salesops/ingest/Rows.h"

namespace salesops::ingest {

/// Turns records of one file into typed rows of its kind, or rejected rows with the first reason
/// found; rejects a row whose id an earlier accepted row of the file had.
class RowValidator {
 public:
  RowValidator(ColumnMapping mapping, size_t headerSize);

  /// Appends one typed row (of the mapping's kind) or one rejected row to `batch`.
  void validate(const CsvRecord& record, RowBatch& batch);

  /// Appends `record` to `batch` as rejected by a check of its bytes, made before the row rules.
  void reject(const CsvRecord& record, RowBatch& batch, std::string column, std::string value, std::string_view reason);

  /// See SeenIdSet::reserve.
  void expectRows(size_t rows) { seen_.reserve(rows); }

 private:
  struct Failure {
    std::string_view column;
    std::string_view value;
    std::string_view reason;
  };

  bool visit(VisitRow& row);
  bool order(OrderRow& row);
  bool cancellation(CancellationRow& row);
  bool rep(RepRow& row);
  bool area(AreaRow& row);
  bool target(TargetRow& row);
  template <class Row>
  bool fill(std::vector<Row>& rows, bool (RowValidator::*validateRow)(Row&));

  std::string_view raw(Column c) const;
  std::string_view value(Column c) const { return trimmed(raw(c)); }
  bool fail(Column c, std::string_view reason);
  bool requiredText(Column c, std::string& out);
  void optionalText(Column c, std::string& out);
  template <class T, class Parse>
  bool required(Column c, Parse parse, T& out);
  template <class T, class Parse>
  bool optional(Column c, Parse parse, T& out);
  bool address(bool required, std::string& postcode, int32_t& number, std::string& addition);
  bool extraFields();
  void expectId(std::string_view id);
  bool isDuplicate(Column column);
  void reject(RowBatch& batch);

  ColumnMapping mapping_;
  size_t headerSize_;
  const CsvRecord* record_ = nullptr;
  Failure failure_{};
  std::string reasonText_;  // backs failure_.reason when it is not a fixed text
  std::string key_;         // a composite key (targets), also shown as the value of a duplicate
  uint64_t idHash_ = 0;     // of the row's id, hashed early so its slot is cached by the time we insert
  SeenIdSet seen_;
};

}  // namespace salesops::ingest
