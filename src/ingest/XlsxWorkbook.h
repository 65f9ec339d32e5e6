// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringEncoder>
#include <QXmlStreamReader>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "salesops/core/Result.h"
#include "salesops/ingest/FileParser.h"

namespace salesops::ingest::xlsx {

using Limits = WorkbookLimits;

/// One XML part of the package, unpacked as it is parsed (never whole in memory).
class XmlPart {
 public:
  /// `zip` is minizip's handle with this part as its current file.
  XmlPart(void* zip, std::string name, uint64_t declaredSize, uint64_t maxBytes);
  ~XmlPart();
  XmlPart(const XmlPart&) = delete;
  XmlPart& operator=(const XmlPart&) = delete;

  Result<void> open();
  QXmlStreamReader& xml() { return xml_; }
  /// The next token; false at the end of the document. Malformed XML, a DTD (which no workbook
  /// has, and which entity bombs need), a zip read or checksum error, or more bytes than allowed
  /// are an Error.
  Result<bool> next();
  /// The text up to the end tag of the element the reader is at, as UTF-8 in `out`.
  Result<void> elementText(std::string& out);
  /// The next bytes of the part as unpacked, for a reader of its own (the worksheet's); empty at
  /// the end, once the checksum matched. Not mixed with next() on one part.
  Result<std::string_view> read();
  /// Appends the text of the current Characters token to `out` as UTF-8 (no QString made).
  void appendText(std::string& out);
  /// Bytes unpacked so far and the part's size as the zip declares it.
  uint64_t unpacked() const { return unpacked_; }
  uint64_t size() const { return declared_; }
  Error fail(const std::string& why) const;

 private:
  Result<void> feed();

  void* zip_;
  bool open_ = false;
  bool eof_ = false;
  QXmlStreamReader xml_;
  std::string name_;
  std::string buffer_;
  uint64_t declared_;
  uint64_t max_;
  uint64_t unpacked_ = 0;
  int depth_ = 0;
  bool rootClosed_ = false;
  QStringEncoder utf8_{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
};

/// The text of the current <si> or <is> element (plain or rich runs; phonetic runs left out),
/// read up to its end tag, as UTF-8 in `out`.
Result<void> richText(XmlPart& part, std::string& out);

/// An .xlsx package: its sheets, date system, date styles and shared strings, read when opened;
/// its worksheets are read one by one through openPart().
class Workbook {
 public:
  Workbook();
  ~Workbook();
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;

  /// Errors say what is wrong in the user's words (not a zip, damaged, encrypted, too large);
  /// the caller adds the file name.
  Result<void> open(const std::string& path, const Limits& limits = {});

  struct Sheet {
    std::string name;
    std::string part;  ///< e.g. `xl/worksheets/sheet1.xml`
    bool chart = false;
  };
  const std::vector<Sheet>& sheets() const { return sheets_; }
  /// The sheet called `name` (exactly, else ignoring case), or the first one when `name` is empty.
  Result<const Sheet*> sheet(const std::string& name) const;

  bool date1904() const { return date1904_; }
  bool isDateStyle(int64_t style) const {
    return style >= 0 && static_cast<uint64_t>(style) < dateStyles_.size() && dateStyles_[style];
  }
  size_t sharedStringCount() const { return stringEnds_.size(); }
  std::string_view sharedString(size_t i) const {
    const size_t begin = i == 0 ? 0 : stringEnds_[i - 1];
    return std::string_view(strings_).substr(begin, stringEnds_[i] - begin);
  }

  Result<std::unique_ptr<XmlPart>> openPart(const std::string& name);

 private:
  Result<void> readRelationships(const std::string& part, std::vector<std::pair<std::string, std::string>>& out,
                                 std::vector<std::string>& types);
  Result<void> readWorkbook(const std::string& part);
  Result<void> readStyles(const std::string& part);
  Result<void> readSharedStrings(const std::string& part);
  bool has(const std::string& name);

  void* zip_ = nullptr;  // minizip's unzFile
  Limits limits_;
  std::vector<Sheet> sheets_;
  bool date1904_ = false;
  std::vector<bool> dateStyles_;
  std::string strings_;               // every shared string, one after the other (UTF-8)
  std::vector<uint64_t> stringEnds_;  // where each ends in strings_
};

}  // namespace salesops::ingest::xlsx
