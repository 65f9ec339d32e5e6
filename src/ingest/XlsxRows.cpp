// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxRows.h"

#include <charconv>
#include <cstring>
#include <expat.h>

#include "XlsxCells.h"

namespace salesops::ingest::xlsx {
namespace {

// Names come as "namespace-uri\x01local" (transitional and strict OOXML, any prefix): the local
// name is what tells the elements apart.
constexpr char kNamespaceSeparator = '\x01';

std::string_view local(const char* name) {
  const char* sep = std::strrchr(name, kNamespaceSeparator);
  return sep ? std::string_view(sep + 1) : std::string_view(name);
}

// The value of the unqualified attribute `name`; empty when it is not there.
std::string_view attribute(const char** attributes, std::string_view name) {
  for (const char** a = attributes; *a; a += 2)
    if (name == *a) return a[1];
  return {};
}

template <typename T>
bool parseWhole(std::string_view text, T& out) {
  const auto r = std::from_chars(text.data(), text.data() + text.size(), out);
  return r.ec == std::errc() && r.ptr == text.data() + text.size() && !text.empty();
}

}  // namespace

// expat's callbacks, each handing the event to the Rows it was made for.
struct Rows::Handlers {
  static void start(void* self, const char* name, const char** attributes) {
    auto& rows = *static_cast<Rows*>(self);
    const std::string_view n = local(name);
    if (rows.cell_) {
      ++rows.cellDepth_;
      if (rows.cellDepth_ == 1 && n == "v") {
        rows.inValue_ = true;
        rows.value_.clear();
      } else if (rows.cellDepth_ == 1 && n == "is") {
        rows.inInline_ = true;
        rows.cell_->clear();
      } else if (rows.inInline_ && n == "rPh") {
        rows.inPhonetic_ = true;
      } else if (rows.inInline_ && n == "t") {
        rows.inText_ = !rows.inPhonetic_;
      }
      return;  // <f> and the like: their content is no value
    }
    if (n == "sheetData") {
      rows.inData_ = true;
    } else if (rows.inData_ && n == "row") {
      rows.startRow(attributes);
    } else if (rows.inData_ && n == "c") {
      rows.startCell(attributes);
    }
  }

  static void end(void* self, const char* name) {
    auto& rows = *static_cast<Rows*>(self);
    const std::string_view n = local(name);
    if (rows.cell_) {
      if (rows.cellDepth_ == 0) {  // the </c>
        if (!rows.cell_->empty()) rows.width_ = std::max(rows.width_, rows.column_ + 1);
        rows.cell_ = nullptr;
        rows.inValue_ = rows.inInline_ = rows.inText_ = rows.inPhonetic_ = false;
        return;
      }
      --rows.cellDepth_;
      if (rows.inValue_ && rows.cellDepth_ == 0) {
        rows.inValue_ = false;
        rows.endValue();
      } else if (rows.inInline_) {
        if (rows.cellDepth_ == 0) rows.inInline_ = false;
        if (n == "rPh") rows.inPhonetic_ = false;
        if (n == "t") rows.inText_ = false;
      }
      return;
    }
    if (n == "sheetData") rows.inData_ = false;
    if (n == "row" && rows.inData_ && rows.width_ > 0) {
      rows.rowReady_ = true;
      XML_StopParser(rows.xml_, XML_TRUE);  // resumed by the next call of next()
    }
  }

  static void text(void* self, const char* s, int len) {
    auto& rows = *static_cast<Rows*>(self);
    if (rows.inValue_)
      rows.value_.append(s, static_cast<size_t>(len));
    else if (rows.inText_)
      rows.cell_->append(s, static_cast<size_t>(len));
  }

  static void doctype(void* self, const char*, const char*, const char*, int) {
    auto& rows = *static_cast<Rows*>(self);
    rows.stop(rows.part_->fail("holds a DTD, which workbooks never do: refused"));
  }
};

Rows::Rows() = default;

Rows::~Rows() {
  if (xml_) XML_ParserFree(xml_);
}

Result<void> Rows::open(const std::string& path, const std::string& sheet, const Limits& limits) {
  if (auto r = book_.open(path, limits); !r) return r;
  auto chosen = book_.sheet(sheet);
  if (!chosen) return chosen.error();
  sheetName_ = (*chosen)->name;
  if ((*chosen)->chart) return makeError("sheet '" + sheetName_ + "' is a chart, not a table of rows");
  auto part = book_.openPart((*chosen)->part);
  if (!part) return part.error();
  part_ = std::move(*part);
  xml_ = XML_ParserCreateNS(nullptr, kNamespaceSeparator);
  if (!xml_) return makeError("out of memory reading sheet '" + sheetName_ + "'");
  XML_SetUserData(xml_, this);
  XML_SetElementHandler(xml_, &Handlers::start, &Handlers::end);
  XML_SetCharacterDataHandler(xml_, &Handlers::text);
  XML_SetStartDoctypeDeclHandler(xml_, &Handlers::doctype);
  return {};
}

void Rows::stop(Error error) {
  if (!error_) error_ = std::move(error);
  XML_StopParser(xml_, XML_FALSE);
}

Error Rows::xmlError() const {
  if (error_) return *error_;
  const XML_Error code = XML_GetErrorCode(xml_);
  if (lastFed_ && (code == XML_ERROR_NO_ELEMENTS || code == XML_ERROR_UNCLOSED_TOKEN || code == XML_ERROR_PARTIAL_CHAR))
    return part_->fail("ends too early: the workbook is damaged or incomplete");
  return part_->fail("not well-formed XML at line " + std::to_string(XML_GetCurrentLineNumber(xml_)) + ": " +
                     XML_ErrorString(code));
}

// Parses on until a row is complete (true) or the sheet ends (false).
Result<bool> Rows::pump() {
  rowReady_ = false;
  while (!rowReady_) {
    XML_Status status;
    if (suspended_) {
      suspended_ = false;
      status = XML_ResumeParser(xml_);
    } else if (lastFed_) {
      return false;
    } else {
      auto bytes = part_->read();
      if (!bytes) return bytes.error();
      lastFed_ = bytes->empty();
      status = XML_Parse(xml_, bytes->data(), static_cast<int>(bytes->size()), lastFed_ ? XML_TRUE : XML_FALSE);
    }
    if (status == XML_STATUS_ERROR) return xmlError();
    suspended_ = status == XML_STATUS_SUSPENDED;
  }
  return true;
}

Result<bool> Rows::next(CsvRecord& record) {
  if (!part_) return false;
  auto more = pump();
  if (!more) return more.error();
  if (!*more) {
    part_.reset();
    return false;
  }
  record.line = row_;
  record.raw = {};
  record.fields.resize(width_);
  for (size_t i = 0; i < width_; ++i) record.fields[i] = cells_[i];
  return true;
}

void Rows::startRow(const char** attributes) {
  int64_t number = 0;
  row_ = parseWhole(attribute(attributes, "r"), number) && number > 0 ? number : row_ + 1;
  for (size_t i = 0; i < touched_; ++i) cells_[i].clear();
  width_ = touched_ = nextColumn_ = 0;
  errors_.clear();
}

void Rows::startCell(const char** attributes) {
  const std::string_view ref = attribute(attributes, "r");
  const std::string_view t = attribute(attributes, "t");
  int64_t style = 0;
  isDate_ = parseWhole(attribute(attributes, "s"), style) && book_.isDateStyle(style);
  int column = static_cast<int>(nextColumn_);
  if (!ref.empty()) {
    column = columnIndex(ref);
    if (column < 0)
      return stop(part_->fail("row " + std::to_string(row_) + " has a cell '" + std::string(ref) +
                              "' that is no cell reference"));
  }
  type_ = t == "s"                                     ? Type::Shared
          : t == "b"                                   ? Type::Boolean
          : t == "e"                                   ? Type::Error
          : t == "str" || t == "d" || t == "inlineStr" ? Type::Text
                                                       : Type::Number;
  nextColumn_ = static_cast<size_t>(column) + 1;
  column_ = static_cast<size_t>(column);
  if (column_ >= cells_.size()) cells_.resize(column_ + 1);
  touched_ = std::max(touched_, column_ + 1);
  cell_ = &cells_[column_];
  cell_->clear();
  cellDepth_ = 0;
  inValue_ = inInline_ = inText_ = inPhonetic_ = false;
}

// The cell's <v> as the text a CSV export would hold.
void Rows::endValue() {
  std::string& cell = *cell_;
  const std::string& value = value_;
  switch (type_) {
    case Type::Shared: {
      uint64_t index = 0;
      if (!parseWhole(std::string_view(value), index) || index >= book_.sharedStringCount())
        return stop(part_->fail("row " + std::to_string(row_) + " refers to shared string " + value +
                                ", which the workbook does not have"));
      cell.assign(book_.sharedString(index));
      break;
    }
    case Type::Boolean:
      cell = value == "1" ? "true" : "false";
      break;
    case Type::Error:
      cell = value;
      errors_.push_back(column_);
      break;
    case Type::Text:
      cell = value;
      break;
    case Type::Number: {
      cell.clear();
      if (value.empty()) break;
      double number = 0;
      if (isDate_ && parseWhole(std::string_view(value), number)) cell = dateText(number, book_.date1904());
      if (cell.empty()) cell = numberText(value);
      break;
    }
  }
}

}  // namespace salesops::ingest::xlsx
