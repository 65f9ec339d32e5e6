// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/ingest/RejectFile.h"

#include <algorithm>

#include "salesops/ingest/ColumnMapping.h"
#include "salesops/ingest/Windows1252.h"

namespace salesops::ingest {

Result<void> RejectFile::open(const std::string& path, const std::vector<std::string>& header, char delimiter,
                              Encoding encoding, const std::string& sheet) {
  if (auto r = writer_.open(path, delimiter, Publish::NextFreeName); !r) return r;
  encoding_ = encoding;
  if (encoding == Encoding::Utf8Bom) writer_.writeBom();
  headerWidth_ = header.size();
  std::vector<std::string> out = header;
  const auto find = [&](std::string_view name) {
    for (size_t i = 0; i < out.size(); ++i)
      if (normalizeColumnName(out[i]) == name) return i;
    out.emplace_back(name);
    return out.size() - 1;
  };
  sheet_ = sheet;
  if (!sheet.empty()) sheetAt_ = find("sheet");
  lineAt_ = find(sheet.empty() ? "line" : "row");
  errorAt_ = find("error");
  width_ = out.size();
  const std::vector<std::string_view> names(out.begin(), out.end());
  writeRow(names);
  return {};
}

std::string RejectFile::describe(const RowError& e) {
  std::string out = e.column.empty() ? e.reason : e.column + ": " + e.reason;
  return out + " (" + e.value + ")";
}

void RejectFile::write(const RejectedRow& row) {
  line_ = std::to_string(row.error.line);
  error_ = describe(row.error);
  // Fields beyond the header (a row rejected for having too many) go after `error`, so nothing the
  // user wrote is lost and the row is still recognisably wrong when imported again.
  const size_t extra = row.fields.size() > headerWidth_ ? row.fields.size() - headerWidth_ : 0;
  fields_.assign(width_ + extra, std::string_view());
  for (size_t i = 0; i < row.fields.size(); ++i)
    fields_[i < headerWidth_ ? i : width_ + i - headerWidth_] = row.fields[i];
  if (!sheet_.empty()) fields_[sheetAt_] = sheet_;
  fields_[lineAt_] = line_;
  fields_[errorAt_] = error_;
  writeRow(fields_);
}

void RejectFile::writeRow(std::span<const std::string_view> fields) {
  if (encoding_ != Encoding::Windows1252) {
    writer_.writeRow(fields);
    return;
  }
  converted_.resize(fields.size());
  for (size_t i = 0; i < fields.size(); ++i) converted_[i] = utf8ToWindows1252(fields[i]);
  writer_.writeRow(std::span<const std::string>(converted_));
}

Result<void> RejectFile::finish() { return writer_.finish(); }

Result<std::string> RejectFile::commit() { return writer_.commit(); }

void RejectFile::discard() { writer_.discard(); }

}  // namespace salesops::ingest
