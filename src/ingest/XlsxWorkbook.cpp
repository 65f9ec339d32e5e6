// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The package around a workbook's sheets: the zip (minizip unpacks it), the relationships that say
// which part is which, the date system, the styles that make a number a date, the shared strings.
#include "XlsxWorkbook.h"

#include <algorithm>
#include <charconv>

#include "XlsxCells.h"
#include "minizip.h"

namespace salesops::ingest::xlsx {
namespace {

constexpr size_t kChunk = size_t{256} * 1024;
constexpr int kIgnoreCase = 2;  // minizip's iCaseSensitivity

std::string mib(uint64_t bytes) { return std::to_string(bytes >> 20) + " MiB"; }

// Relationship and document types end the same in transitional and strict OOXML.
bool typeIs(const std::string& type, std::string_view suffix) {
  return type.size() >= suffix.size() && type.compare(type.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string attribute(const QXmlStreamReader& xml, QStringView name) {
  for (const QXmlStreamAttribute& a : xml.attributes())
    if (a.name() == name) return a.value().toString().toStdString();
  return {};
}

int64_t toInt(const std::string& text, int64_t fallback) {
  int64_t v = 0;
  const auto r = std::from_chars(text.data(), text.data() + text.size(), v);
  return r.ec == std::errc() && r.ptr == text.data() + text.size() ? v : fallback;
}

// `target` of a relationship of `source`, as a name in the zip: relative to the source's folder,
// or absolute from the package root.
std::string resolve(const std::string& source, const std::string& target) {
  if (!target.empty() && target[0] == '/') return target.substr(1);
  std::string base = source.substr(0, source.rfind('/') + 1);
  std::string rest = target;
  while (rest.rfind("../", 0) == 0) {
    rest.erase(0, 3);
    if (base.empty()) continue;
    base.pop_back();  // the folder's slash, then the folder
    const size_t up = base.rfind('/');
    base.erase(up == std::string::npos ? 0 : up + 1);
  }
  return base + rest;
}

std::string relsOf(const std::string& part) {
  const size_t slash = part.rfind('/');
  const std::string dir = slash == std::string::npos ? std::string() : part.substr(0, slash + 1);
  return dir + "_rels/" + (slash == std::string::npos ? part : part.substr(slash + 1)) + ".rels";
}

}  // namespace

XmlPart::XmlPart(void* zip, std::string name, uint64_t declaredSize, uint64_t maxBytes)
    : zip_(zip), name_(std::move(name)), declared_(declaredSize), max_(maxBytes) {}

XmlPart::~XmlPart() {
  if (open_) unzCloseCurrentFile(zip_);
}

Error XmlPart::fail(const std::string& why) const { return makeError("part " + name_ + " of the workbook: " + why); }

Result<void> XmlPart::open() {
  if (const int rc = unzOpenCurrentFile(zip_); rc != UNZ_OK)
    return fail("cannot be unpacked (zip error " + std::to_string(rc) + ")");
  open_ = true;
  buffer_.resize(kChunk);
  return {};
}

Result<std::string_view> XmlPart::read() {
  if (eof_) return std::string_view();
  const int n = unzReadCurrentFile(zip_, buffer_.data(), static_cast<unsigned>(buffer_.size()));
  if (n < 0) {
    eof_ = true;
    return fail("cannot be unpacked: the zip is damaged or incomplete (zip error " + std::to_string(n) + ")");
  }
  if (n == 0) {
    eof_ = true;
    open_ = false;
    if (const int rc = unzCloseCurrentFile(zip_); rc != UNZ_OK)
      return fail(rc == UNZ_CRCERROR ? "is damaged: its checksum does not match"
                                     : "cannot be unpacked (zip error " + std::to_string(rc) + ")");
    return std::string_view();
  }
  unpacked_ += static_cast<uint64_t>(n);
  // minizip stops at the size the zip declares, which openPart checked; this holds whatever it says.
  if (unpacked_ > max_)
    return fail("unpacks to more than " + mib(max_) + ": refused as a zip bomb (or a damaged file)");
  return std::string_view(buffer_.data(), static_cast<size_t>(n));
}

// Hands the XML reader the next chunk.
Result<void> XmlPart::feed() {
  auto bytes = read();
  if (!bytes) return bytes.error();
  if (!bytes->empty()) xml_.addData(QByteArray(bytes->data(), static_cast<qsizetype>(bytes->size())));
  return {};
}

Result<bool> XmlPart::next() {
  for (;;) {
    const QXmlStreamReader::TokenType token = xml_.readNext();
    if (xml_.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
      if (!eof_) {
        if (auto r = feed(); !r) return r.error();
        continue;
      }
      if (rootClosed_) return false;  // only whitespace or comments after the root element
      return fail("ends too early: the workbook is damaged or incomplete");
    }
    if (token == QXmlStreamReader::DTD) return fail("holds a DTD, which workbooks never do: refused");
    if (xml_.hasError())
      return fail("not well-formed XML at line " + std::to_string(xml_.lineNumber()) + ": " +
                  xml_.errorString().toStdString());
    if (token == QXmlStreamReader::StartElement) ++depth_;
    if (token == QXmlStreamReader::EndElement && --depth_ == 0) rootClosed_ = true;
    return token != QXmlStreamReader::EndDocument;
  }
}

void XmlPart::appendText(std::string& out) {
  const QStringView text = xml_.text();
  const size_t at = out.size();
  out.resize(at + static_cast<size_t>(text.size()) * 3);
  char* end = utf8_.appendToBuffer(out.data() + at, text);
  out.resize(static_cast<size_t>(end - out.data()));
}

Result<void> XmlPart::elementText(std::string& out) {
  out.clear();
  for (int depth = 1; depth > 0;) {
    auto more = next();
    if (!more) return more.error();
    if (!*more) return fail("ends inside an element");
    const auto token = xml_.tokenType();
    if (token == QXmlStreamReader::StartElement) ++depth;
    if (token == QXmlStreamReader::EndElement) --depth;
    if (token == QXmlStreamReader::Characters && depth == 1) appendText(out);
  }
  return {};
}

Result<void> richText(XmlPart& part, std::string& out) {
  QXmlStreamReader& xml = part.xml();
  out.clear();
  int depth = 1;
  bool inPhonetic = false;
  bool inText = false;
  while (depth > 0) {
    auto more = part.next();
    if (!more) return more.error();
    if (!*more) return part.fail("ends inside a string");
    switch (xml.tokenType()) {
      case QXmlStreamReader::StartElement:
        ++depth;
        if (xml.name() == u"rPh") inPhonetic = true;
        if (xml.name() == u"t") inText = !inPhonetic;
        break;
      case QXmlStreamReader::EndElement:
        --depth;
        if (xml.name() == u"rPh") inPhonetic = false;
        if (xml.name() == u"t") inText = false;
        break;
      case QXmlStreamReader::Characters:
        if (inText) part.appendText(out);
        break;
      default:
        break;
    }
  }
  return {};
}

Workbook::Workbook() = default;

Workbook::~Workbook() {
  if (zip_) unzClose(zip_);
}

bool Workbook::has(const std::string& name) { return unzLocateFile(zip_, name.c_str(), kIgnoreCase) == UNZ_OK; }

Result<std::unique_ptr<XmlPart>> Workbook::openPart(const std::string& name) {
  if (!has(name)) return makeError("part " + name + " is missing from the workbook");
  unz_file_info64 info{};
  if (unzGetCurrentFileInfo64(zip_, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
    return makeError("part " + name + " of the workbook cannot be read");
  if (info.flag & 1) return makeError("part " + name + " of the workbook is encrypted: remove the password in Excel");
  const uint64_t size = info.uncompressed_size;
  if (size > limits_.maxPartBytes)
    return makeError("part " + name + " of the workbook would unpack to " + mib(size) + ", more than the " +
                     mib(limits_.maxPartBytes) + " allowed: refused as a zip bomb (or a damaged file)");
  auto part = std::make_unique<XmlPart>(zip_, name, size, limits_.maxPartBytes);
  if (auto r = part->open(); !r) return r.error();
  return part;
}

Result<void> Workbook::open(const std::string& path, const Limits& limits) {
  limits_ = limits;
  zip_ = unzOpen64(path.c_str());
  if (!zip_) return makeError("not a readable .xlsx workbook: the zip file is damaged or incomplete");
  if (has("mimetype") && has("content.xml"))
    return makeError("an OpenDocument spreadsheet (.ods), not an .xlsx workbook: save it as .xlsx or CSV");
  std::vector<std::pair<std::string, std::string>> rels;
  std::vector<std::string> types;
  std::string workbook = "xl/workbook.xml";
  if (has("_rels/.rels")) {
    if (auto r = readRelationships("", rels, types); !r) return r;
    for (size_t i = 0; i < rels.size(); ++i)
      if (typeIs(types[i], "/officeDocument")) workbook = rels[i].second;
  }
  if (!has(workbook)) return makeError("a zip file, but not an .xlsx workbook (it has no " + workbook + ")");
  return readWorkbook(workbook);
}

Result<void> Workbook::readRelationships(const std::string& part, std::vector<std::pair<std::string, std::string>>& out,
                                         std::vector<std::string>& types) {
  out.clear();
  types.clear();
  auto opened = openPart(relsOf(part));
  if (!opened) return opened.error();
  XmlPart& rels = **opened;
  for (;;) {
    auto more = rels.next();
    if (!more) return more.error();
    if (!*more) return {};
    if (rels.xml().tokenType() != QXmlStreamReader::StartElement || rels.xml().name() != u"Relationship") continue;
    if (attribute(rels.xml(), u"TargetMode") == "External") continue;
    out.emplace_back(attribute(rels.xml(), u"Id"), resolve(part, attribute(rels.xml(), u"Target")));
    types.push_back(attribute(rels.xml(), u"Type"));
  }
}

Result<void> Workbook::readWorkbook(const std::string& part) {
  std::vector<std::pair<std::string, std::string>> sheetIds;  // name, relationship id
  {
    auto opened = openPart(part);
    if (!opened) return opened.error();
    XmlPart& wb = **opened;
    for (;;) {
      auto more = wb.next();
      if (!more) return more.error();
      if (!*more) break;
      if (wb.xml().tokenType() != QXmlStreamReader::StartElement) continue;
      if (wb.xml().name() == u"workbookPr") {
        const std::string v = attribute(wb.xml(), u"date1904");
        date1904_ = v == "1" || v == "true";
      } else if (wb.xml().name() == u"sheet") {
        sheetIds.emplace_back(attribute(wb.xml(), u"name"), attribute(wb.xml(), u"id"));
      }
    }
  }
  std::vector<std::pair<std::string, std::string>> rels;
  std::vector<std::string> types;
  if (auto r = readRelationships(part, rels, types); !r) return r;
  for (const auto& [name, id] : sheetIds) {
    for (size_t i = 0; i < rels.size(); ++i)
      if (rels[i].first == id) sheets_.push_back({name, rels[i].second, !typeIs(types[i], "/worksheet")});
  }
  if (sheets_.empty()) return makeError("the workbook has no sheets");
  for (size_t i = 0; i < rels.size(); ++i) {
    if (typeIs(types[i], "/styles")) {
      if (auto r = readStyles(rels[i].second); !r) return r;
    } else if (typeIs(types[i], "/sharedStrings")) {
      if (auto r = readSharedStrings(rels[i].second); !r) return r;
    }
  }
  return {};
}

Result<const Workbook::Sheet*> Workbook::sheet(const std::string& name) const {
  if (name.empty()) return &sheets_.front();
  for (const Sheet& s : sheets_)
    if (s.name == name) return &s;
  const QString wanted = QString::fromStdString(name);
  for (const Sheet& s : sheets_)
    if (QString::fromStdString(s.name).compare(wanted, Qt::CaseInsensitive) == 0) return &s;
  std::string names;
  for (const Sheet& s : sheets_) names += (names.empty() ? "'" : ", '") + s.name + "'";
  return makeError("no sheet named '" + name + "' (its sheets: " + names + ")");
}

Result<void> Workbook::readStyles(const std::string& part) {
  auto opened = openPart(part);
  if (!opened) return opened.error();
  XmlPart& styles = **opened;
  QXmlStreamReader& xml = styles.xml();
  std::vector<int> dateFormats;  // custom numFmt ids whose code shows a date
  bool inCellXfs = false;
  for (;;) {
    auto more = styles.next();
    if (!more) return more.error();
    if (!*more) return {};
    if (xml.tokenType() == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") inCellXfs = false;
    if (xml.tokenType() != QXmlStreamReader::StartElement) continue;
    if (xml.name() == u"numFmt") {
      const std::string code = attribute(xml, u"formatCode");
      if (isDateFormatCode(code)) dateFormats.push_back(static_cast<int>(toInt(attribute(xml, u"numFmtId"), -1)));
    } else if (xml.name() == u"cellXfs") {
      inCellXfs = true;
    } else if (inCellXfs && xml.name() == u"xf") {
      const auto id = static_cast<int>(toInt(attribute(xml, u"numFmtId"), 0));
      const bool custom = std::find(dateFormats.begin(), dateFormats.end(), id) != dateFormats.end();
      dateStyles_.push_back(custom || isBuiltInDateFormat(id));
    }
  }
}

Result<void> Workbook::readSharedStrings(const std::string& part) {
  auto opened = openPart(part);
  if (!opened) return opened.error();
  XmlPart& sst = **opened;
  std::string text;
  for (;;) {
    auto more = sst.next();
    if (!more) return more.error();
    if (!*more) return {};
    if (sst.xml().tokenType() != QXmlStreamReader::StartElement || sst.xml().name() != u"si") continue;
    if (stringEnds_.size() >= limits_.maxSharedStrings)
      return sst.fail("holds more than " + std::to_string(limits_.maxSharedStrings) +
                      " shared strings: refused as a zip bomb (or a damaged file)");
    if (auto r = richText(sst, text); !r) return r.error();
    strings_ += text;
    stringEnds_.push_back(strings_.size());
  }
}

}  // namespace salesops::ingest::xlsx
