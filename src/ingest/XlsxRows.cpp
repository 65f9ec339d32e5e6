// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxRows.h"

#include <charconv>

#include "XlsxCells.h"

namespace salesops::ingest::xlsx {
namespace {

// Cell references and numbers are ASCII: narrowed into a small buffer, no allocation.
struct Ascii {
  char buf[32];
  size_t size = 0;
  explicit Ascii(QStringView text) {
    for (QChar c : text) {
      if (size == sizeof buf) break;
      buf[size++] = c.unicode() < 128 ? static_cast<char>(c.unicode()) : '?';
    }
  }
  std::string_view view() const { return {buf, size}; }
};

}  // namespace

Result<void> Rows::open(const std::string& path, const std::string& sheet, const Limits& limits) {
  if (auto r = book_.open(path, limits); !r) return r;
  auto chosen = book_.sheet(sheet);
  if (!chosen) return chosen.error();
  sheetName_ = (*chosen)->name;
  if ((*chosen)->chart) return makeError("sheet '" + sheetName_ + "' is a chart, not a table of rows");
  auto part = book_.openPart((*chosen)->part);
  if (!part) return part.error();
  part_ = std::move(*part);
  return {};
}

Result<bool> Rows::next(CsvRecord& record) {
  if (!part_) return false;
  QXmlStreamReader& xml = part_->xml();
  for (;;) {
    auto more = part_->next();
    if (!more) return more.error();
    if (!*more) {
      part_.reset();
      return false;
    }
    const auto token = xml.tokenType();
    if (token == QXmlStreamReader::StartElement) {
      if (xml.name() == u"sheetData") {
        inData_ = true;
      } else if (inData_ && xml.name() == u"row") {
        const QStringView r = xml.attributes().value(QLatin1StringView("r"));
        bool ok = false;
        const qlonglong number = r.toLongLong(&ok);
        row_ = ok && number > 0 ? number : row_ + 1;
        for (size_t i = 0; i < touched_; ++i) cells_[i].clear();
        width_ = touched_ = nextColumn_ = 0;
        errors_.clear();
      } else if (inData_ && xml.name() == u"c") {
        if (auto r = readCell(); !r) return r.error();
      }
    } else if (token == QXmlStreamReader::EndElement) {
      if (xml.name() == u"sheetData") inData_ = false;
      if (xml.name() == u"row" && width_ > 0) {
        record.line = row_;
        record.raw = {};
        record.fields.resize(width_);
        for (size_t i = 0; i < width_; ++i) record.fields[i] = cells_[i];
        return true;
      }
    }
  }
}

Result<void> Rows::readCell() {
  QXmlStreamReader& xml = part_->xml();
  const QXmlStreamAttributes attributes = xml.attributes();
  QStringView refText, typeText, styleText;
  for (const QXmlStreamAttribute& a : attributes) {
    if (a.name() == u"r")
      refText = a.value();
    else if (a.name() == u"t")
      typeText = a.value();
    else if (a.name() == u"s")
      styleText = a.value();
  }
  const Ascii ref(refText);
  const Ascii type(typeText);
  bool styled = false;
  const int64_t style = styleText.toLongLong(&styled);
  const bool isDate = styled && book_.isDateStyle(style);
  int column = static_cast<int>(nextColumn_);
  if (ref.size > 0) {
    column = columnIndex(ref.view());
    if (column < 0)
      return part_->fail("row " + std::to_string(row_) + " has a cell '" + std::string(ref.view()) +
                         "' that is no cell reference");
  }
  nextColumn_ = static_cast<size_t>(column) + 1;
  const auto col = static_cast<size_t>(column);
  if (col >= cells_.size()) cells_.resize(col + 1);
  touched_ = std::max(touched_, col + 1);
  std::string& cell = cells_[col];
  cell.clear();

  const std::string_view t = type.view();
  for (int depth = 1; depth > 0;) {
    auto more = part_->next();
    if (!more) return more.error();
    if (!*more) return part_->fail("ends inside a cell");
    if (xml.tokenType() == QXmlStreamReader::EndElement) {
      --depth;
      continue;
    }
    if (xml.tokenType() != QXmlStreamReader::StartElement) continue;
    if (xml.name() == u"is") {
      if (auto r = richText(*part_, cell); !r) return r.error();
      continue;
    }
    if (xml.name() != u"v") {
      ++depth;  // <f> and the like: their content is no value
      continue;
    }
    if (auto r = part_->elementText(value_); !r) return r.error();
    const std::string& value = value_;
    if (t == "s") {
      uint64_t index = 0;
      const auto parsed = std::from_chars(value.data(), value.data() + value.size(), index);
      if (parsed.ec != std::errc() || parsed.ptr != value.data() + value.size() || index >= book_.sharedStringCount())
        return part_->fail("row " + std::to_string(row_) + " refers to shared string " + value +
                           ", which the workbook does not have");
      cell.assign(book_.sharedString(index));
    } else if (t == "b") {
      cell = value == "1" ? "true" : "false";
    } else if (t == "e") {
      cell = value;
      errors_.push_back(col);
    } else if (t == "str" || t == "d" || t == "inlineStr") {
      cell = value;
    } else if (value.empty()) {
      cell.clear();
    } else {
      double number = 0;
      const auto parsed = std::from_chars(value.data(), value.data() + value.size(), number);
      const bool ok = isDate && parsed.ec == std::errc() && parsed.ptr == value.data() + value.size();
      cell = ok ? dateText(number, book_.date1904()) : std::string();
      if (cell.empty()) cell = numberText(value);
    }
  }
  if (!cell.empty()) width_ = std::max(width_, col + 1);
  return {};
}

}  // namespace salesops::ingest::xlsx
