// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/ingest/CsvWriter.h"

#include <cerrno>
#include <cstring>

namespace salesops::ingest {
namespace {

bool needsQuotes(std::string_view f, char delimiter) {
  if (f.empty()) return false;
  if (f.front() == ' ' || f.back() == ' ') return true;
  for (char c : f)
    if (c == delimiter || c == '"' || c == '\n' || c == '\r') return true;
  return false;
}

}  // namespace

CsvWriter::~CsvWriter() {
  if (file_) std::fclose(file_);
}

Result<void> CsvWriter::open(const std::string& path, char delimiter) {
  if (file_) std::fclose(file_);
  file_ = std::fopen(path.c_str(), "wb");
  if (!file_) return makeError("cannot write " + path + ": " + std::strerror(errno));
  static constexpr size_t kBuffer = 1 << 20;
  std::setvbuf(file_, nullptr, _IOFBF, kBuffer);
  path_ = path;
  delimiter_ = delimiter;
  return {};
}

std::string CsvWriter::quote(std::string_view field, char delimiter) {
  if (!needsQuotes(field, delimiter)) return std::string(field);
  std::string out;
  out.reserve(field.size() + 2);
  out += '"';
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

void CsvWriter::writeField(std::string_view f) {
  if (!needsQuotes(f, delimiter_)) {
    // An empty field may be a default string_view, whose data() is null: not for fwrite.
    if (!f.empty()) std::fwrite(f.data(), 1, f.size(), file_);
    return;
  }
  std::fputc('"', file_);
  for (char c : f) {
    if (c == '"') std::fputc('"', file_);
    std::fputc(c, file_);
  }
  std::fputc('"', file_);
}

void CsvWriter::writeRow(std::span<const std::string_view> fields) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) std::fputc(delimiter_, file_);
    writeField(fields[i]);
  }
  std::fputc('\n', file_);
}

void CsvWriter::writeRow(std::span<const std::string> fields) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) std::fputc(delimiter_, file_);
    writeField(fields[i]);
  }
  std::fputc('\n', file_);
}

Result<void> CsvWriter::close() {
  if (!file_) return {};
  const bool failed = std::ferror(file_) != 0;
  const bool closeFailed = std::fclose(file_) != 0;
  file_ = nullptr;
  if (failed || closeFailed) return makeError("could not write " + path_ + " completely (disk full?)");
  return {};
}

}  // namespace salesops::ingest
