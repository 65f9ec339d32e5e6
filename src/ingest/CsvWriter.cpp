// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/ingest/CsvWriter.h"

#include <cerrno>
#include <cstring>
#include <string>

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

CsvWriter::~CsvWriter() = default;

Result<void> CsvWriter::open(const std::string& path, char delimiter, Publish how) {
  discard();
  auto out = OutputFile::create(path, how);
  if (!out) return out.error();
  file_ = (*out)->stream();
  if (!file_) return makeError("cannot write " + path + ": " + std::strerror(errno));
  out_ = std::move(*out);
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

void CsvWriter::writeBom() { std::fputs(kUtf8Bom, file_); }

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

std::string CsvWriter::textCell(std::string_view text, char delimiter) {
  static constexpr std::string_view kFormulaStart = "=+-@\t\r";
  if (!text.empty() && kFormulaStart.find(text.front()) != std::string_view::npos)
    return quote("'" + std::string(text), delimiter);
  return quote(text, delimiter);
}

Result<void> CsvWriter::finish() {
  if (!out_) return {};
  file_ = nullptr;  // the OutputFile owns and closes the stream
  return out_->finish();
}

Result<std::string> CsvWriter::commit() {
  if (!out_) return makeError("no CSV file is open");
  file_ = nullptr;
  auto name = out_->commit();
  out_.reset();
  return name;
}

Result<void> CsvWriter::close() {
  if (!out_) return {};
  if (auto r = commit(); !r) return r.error();
  return {};
}

void CsvWriter::discard() {
  file_ = nullptr;
  out_.reset();
}

}  // namespace salesops::ingest
