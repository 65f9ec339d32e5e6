// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Which parser reads a file: decided by its first bytes, not its name (exports get renamed, and a
// password-protected .xlsx is no zip at all).
#include <cstdio>
#include <cstring>
#include <string>
#include <sys/stat.h>

#include "CsvFileParser.h"
#include "XlsxFileParser.h"

namespace salesops::ingest {
namespace {

constexpr char kZip[] = "PK\x03\x04";
constexpr char kEmptyZip[] = "PK\x05\x06";
constexpr char kOle[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";  // Compound File Binary: .xls, .doc, encrypted OOXML

enum class Container { None, Zip, Ole };

Container sniff(const std::string& path, std::string& head) {
  // A pipe or FIFO is read once, by the CSV parser: not a byte of it is taken here.
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return Container::None;
  head.assign(8, '\0');
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return Container::None;  // the CSV parser says why it cannot be opened
  head.resize(std::fread(head.data(), 1, head.size(), f));
  std::fclose(f);
  if (head.rfind(std::string(kZip, 4), 0) == 0 || head.rfind(std::string(kEmptyZip, 4), 0) == 0) return Container::Zip;
  if (head == std::string(kOle, 8)) return Container::Ole;
  return Container::None;
}

// An OLE file holding a stream named EncryptedPackage is an Office document with a password
// (ECMA-376 part 2 encryption); the directory's names are UTF-16. Looked for in the first 64 MiB.
bool isEncryptedPackage(const std::string& path) {
  static const std::u16string kName = u"EncryptedPackage";
  const std::string needle(reinterpret_cast<const char*>(kName.data()), kName.size() * 2);  // little-endian hosts
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return false;
  std::string buf(1 << 20, '\0');
  std::string carry;
  bool found = false;
  for (int chunk = 0; chunk < 64 && !found; ++chunk) {
    const size_t n = std::fread(buf.data(), 1, buf.size(), f);
    if (n == 0) break;
    const std::string window = carry + buf.substr(0, n);
    found = window.find(needle) != std::string::npos;
    carry = window.substr(window.size() > needle.size() ? window.size() - needle.size() : 0);
  }
  std::fclose(f);
  return found;
}

}  // namespace

Result<std::unique_ptr<FileParser>> FileParser::open(const std::string& path, const ParseOptions& options) {
  if (path == CsvReader::kStdin) return CsvFileParser::open(path, options);
  std::string head;
  switch (sniff(path, head)) {
    case Container::Zip:
      return XlsxFileParser::open(path, options);
    case Container::Ole:
      if (isEncryptedPackage(path))
        return makeError(path +
                         ": a password-protected workbook (an encrypted Office file): open it in Excel, remove the "
                         "password (File > Info > Protect Workbook > Encrypt with Password) and save it, or save it "
                         "as CSV");
      return makeError(path +
                       ": an old Excel 97-2003 workbook (.xls) or another Office file of that age: open it in Excel "
                       "and save it as .xlsx (Excel Workbook) or CSV");
    case Container::None:
      break;
  }
  return CsvFileParser::open(path, options);
}

}  // namespace salesops::ingest
