// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/ingest/CsvReader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "salesops/ingest/Windows1252.h"

namespace salesops::ingest {
namespace {

int64_t countNewlines(const char* from, const char* to) {
  return std::count(from, to, '\n');
}

std::string mib(size_t bytes) { return std::to_string(bytes >> 20) + " MiB"; }

}  // namespace

CsvReader::CsvReader() = default;

CsvReader::~CsvReader() {
  if (file_) std::fclose(file_);
}

Result<void> CsvReader::open(const std::string& path, const CsvReaderOptions& options) {
  if (file_) std::fclose(file_);
  file_ = std::fopen(path.c_str(), "rb");
  if (!file_) return makeError("cannot open " + path + ": " + std::strerror(errno));
  // Our own chunked reads; stdio's buffer would only add a copy.
  std::setvbuf(file_, nullptr, _IONBF, 0);
  options_ = options;
  options_.chunkBytes = std::max<size_t>(options_.chunkBytes, 16);
  pos_ = end_ = 0;
  eof_ = started_ = false;
  rawRead_ = 0;
  line_ = 1;
  error_.clear();
  return {};
}

uint64_t CsvReader::bytesConsumed() const {
  const uint64_t buffered = end_ - pos_;
  return rawRead_ > buffered ? rawRead_ - buffered : 0;
}

CsvReader::Step CsvReader::fail(std::string message) {
  error_ = std::move(message);
  return Step::Error;
}

Result<void> CsvReader::refill() {
  // Keep the partial record, moved to the front.
  const size_t keep = end_ - pos_;
  if (pos_ > 0) {
    std::memmove(buffer_.get(), buffer_.get() + pos_, keep);
    pos_ = 0;
    end_ = keep;
  }
  // A record longer than one chunk is re-parsed from its start after every read, so read more
  // the longer it gets (up to a quarter of the limit): linear time instead of quadratic.
  const size_t want = std::max(options_.chunkBytes, std::min(keep, options_.maxRecordBytes / 4));
  const bool convert = options_.encoding == Encoding::Windows1252;
  const size_t need = keep + (convert ? 3 * want : want);
  if (need > capacity_) {
    auto bigger = std::make_unique<char[]>(need);
    if (keep > 0) std::memcpy(bigger.get(), buffer_.get(), keep);  // the first buffer_ is null: memcpy(x, null, 0) is UB
    buffer_ = std::move(bigger);
    capacity_ = need;
  }
  size_t n = 0;
  if (convert) {
    raw_.resize(want);
    n = std::fread(raw_.data(), 1, want, file_);
    end_ += windows1252ToUtf8(raw_.data(), n, buffer_.get() + end_);
  } else {
    n = std::fread(buffer_.get() + end_, 1, want, file_);
    end_ += n;
  }
  rawRead_ += n;
  if (n < want) {
    if (std::ferror(file_)) return makeError(std::string("read error: ") + std::strerror(errno));
    eof_ = true;
  }
  if (!started_) {
    started_ = true;
    if (options_.encoding == Encoding::Utf8Bom && end_ >= 3 && std::memcmp(buffer_.get(), "\xEF\xBB\xBF", 3) == 0)
      pos_ = 3;
  }
  return {};
}

Result<bool> CsvReader::next(CsvRecord& record) {
  if (!error_.empty()) return makeError(error_);
  if (!file_) return makeError("no file open");
  for (;;) {
    switch (parse(record)) {
      case Step::Record: return true;
      case Step::End: return false;
      case Step::Error: return makeError(error_);
      case Step::NeedMore:
        if (end_ - pos_ > options_.maxRecordBytes) {
          error_ = "line " + std::to_string(line_) + ": a record larger than " + mib(options_.maxRecordBytes) +
                   " (is a quote left open, or is this no CSV file?)";
          return makeError(error_);
        }
        if (auto r = refill(); !r) {
          error_ = r.error().message;
          return makeError(error_);
        }
        break;
    }
  }
}

// One record from [pos_, end_). Returns NeedMore, without consuming anything of the record, when
// the buffer ends before the record does and the file has more; the caller reads on and retries.
CsvReader::Step CsvReader::parse(CsvRecord& record) {
  const char* const base = buffer_.get();
  const char* p = base + pos_;
  const char* const e = base + end_;
  const bool atEof = eof_;
  const char delimiter = options_.delimiter;

  // Blank lines: consumed for good, they belong to no record.
  for (;;) {
    if (p == e) {
      pos_ = static_cast<size_t>(p - base);
      return atEof ? Step::End : Step::NeedMore;
    }
    if (*p == '\n') {
      ++p, ++line_;
    } else if (*p == '\r' && (p + 1 < e || atEof)) {
      if (p + 1 == e) {
        ++p;
      } else if (p[1] == '\n') {
        p += 2, ++line_;
      } else {
        break;
      }
    } else if (*p == '\r') {
      pos_ = static_cast<size_t>(p - base);
      return Step::NeedMore;
    } else {
      break;
    }
  }
  pos_ = static_cast<size_t>(p - base);

  const char* const recordStart = p;
  int64_t newlines = 0;
  record.fields.clear();
  scratch_.clear();
  scratchFields_.clear();
  for (;;) {
    if (record.fields.size() >= options_.maxFields)
      return fail("line " + std::to_string(line_) + ": a record with more than " +
                  std::to_string(options_.maxFields) + " fields");
    if (p < e && *p == '"') {
      const int64_t fieldLine = line_ + newlines;
      const char* const content = ++p;
      bool copied = false;  // the field is in scratch_ (it had doubled quotes or text after them)
      size_t scratchStart = 0;
      for (;;) {
        const auto* quote = static_cast<const char*>(std::memchr(p, '"', static_cast<size_t>(e - p)));
        if (!quote) {
          if (!atEof) return Step::NeedMore;
          return fail("line " + std::to_string(fieldLine) +
                      ": a quoted field starts here and is not closed by the end of the file");
        }
        if (quote + 1 == e && !atEof) return Step::NeedMore;
        newlines += countNewlines(p, quote);
        if (quote + 1 < e && quote[1] == '"') {
          if (!copied) copied = true, scratchStart = scratch_.size();
          scratch_.append(p, static_cast<size_t>(quote + 1 - p));
          p = quote + 2;
          continue;
        }
        if (copied) scratch_.append(p, static_cast<size_t>(quote - p));
        const char* const contentEnd = quote;
        p = quote + 1;
        // Text after the closing quote (`"abc" ,` or `"a"b`) is not RFC 4180; keep it rather than
        // lose it, as spreadsheets do.
        if (p < e && *p != delimiter && *p != '\n' && !(*p == '\r' && (p + 1 == e || p[1] == '\n'))) {
          if (!copied) copied = true, scratchStart = scratch_.size(), scratch_.append(content, contentEnd);
          const char* const tail = p;
          while (p < e && *p != delimiter && *p != '\n') ++p;
          if (p == e && !atEof) return Step::NeedMore;
          const char* tailEnd = p;
          if (tailEnd > tail && tailEnd[-1] == '\r' && (p == e || *p == '\n')) --tailEnd;
          scratch_.append(tail, tailEnd);
        }
        if (copied)
          scratchFields_.push_back({record.fields.size(), scratchStart, scratch_.size() - scratchStart});
        record.fields.emplace_back(copied ? std::string_view() : std::string_view(content, contentEnd - content));
        break;
      }
    } else {
      const char* const start = p;
      while (p < e && *p != delimiter && *p != '\n') ++p;
      if (p == e && !atEof) return Step::NeedMore;
      const char* fieldEnd = p;
      if (fieldEnd > start && fieldEnd[-1] == '\r' && (p == e || *p == '\n')) --fieldEnd;
      record.fields.emplace_back(start, static_cast<size_t>(fieldEnd - start));
    }

    // After a field: a delimiter, a line end, or the end of the file.
    if (p == e) {
      if (!atEof) return Step::NeedMore;
      break;
    }
    if (*p == delimiter) {
      ++p;
      continue;
    }
    if (*p == '\r') {
      if (p + 1 == e && !atEof) return Step::NeedMore;
      ++p;
      if (p == e) break;
    }
    ++p, ++newlines;  // the '\n'
    break;
  }

  if (static_cast<size_t>(p - recordStart) > options_.maxRecordBytes)
    return fail("line " + std::to_string(line_) + ": a record larger than " + mib(options_.maxRecordBytes));
  for (const ScratchField& f : scratchFields_)
    record.fields[f.index] = std::string_view(scratch_.data() + f.offset, f.length);
  record.line = line_;
  line_ += newlines;
  pos_ = static_cast<size_t>(p - base);
  return Step::Record;
}

}  // namespace salesops::ingest
