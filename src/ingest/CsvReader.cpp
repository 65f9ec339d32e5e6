// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/ingest/CsvReader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <xxhash.h>

#include "salesops/ingest/Windows1252.h"

namespace salesops::ingest {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// Line ends in [from, to): LF, CRLF (once) and a lone CR. A CR at to - 1 is taken as lone: the
// callers end their ranges at a quote.
int64_t countLineEnds(const char* from, const char* to) {
  int64_t n = std::count(from, to, '\n');
  for (const char* p = from; (p = static_cast<const char*>(std::memchr(p, '\r', static_cast<size_t>(to - p))));) {
    ++p;
    if (p == to || *p != '\n') ++n;
  }
  return n;
}

bool isLineEnd(char c) { return c == '\n' || c == '\r'; }

std::string mib(size_t bytes) { return std::to_string(bytes >> 20) + " MiB"; }

std::string hex(const XXH128_hash_t& h) {
  XXH128_canonical_t canonical;
  XXH128_canonicalFromHash(&canonical, h);
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(32);
  for (unsigned char b : canonical.digest) {
    out += kDigits[b >> 4];
    out += kDigits[b & 15];
  }
  return out;
}

}  // namespace

struct CsvReader::Hasher {
  XXH3_state_t* state = XXH3_createState();
  ~Hasher() { XXH3_freeState(state); }
};

void CsvReader::HasherDelete::operator()(Hasher* h) const { delete h; }

void windows1252ToUtf8(CsvRecord& record, std::string& storage) {
  size_t total = 0;
  for (std::string_view f : record.fields) total += f.size();
  storage.resize(3 * total);  // every view into storage is made after this, so none dangles
  char* out = storage.data();
  for (std::string_view& f : record.fields) {
    const size_t n = windows1252ToUtf8(f.data(), f.size(), out);
    f = std::string_view(out, n);
    out += n;
  }
}

CsvReader::CsvReader() = default;

CsvReader::~CsvReader() {
  if (file_ && ownsFile_) std::fclose(file_);
}

Result<void> CsvReader::open(const std::string& path, const CsvReaderOptions& options) {
  if (file_ && ownsFile_) std::fclose(file_);
  file_ = nullptr;
  path_ = path;
  if (path == kStdin) {
    file_ = stdin;
    ownsFile_ = false;
  } else {
    file_ = std::fopen(path.c_str(), "rb");
    if (!file_) return makeError("cannot open " + path + ": " + std::strerror(errno));
    ownsFile_ = true;
  }
  // Our own chunked reads; stdio's buffer would only add a copy.
  std::setvbuf(file_, nullptr, _IONBF, 0);
  struct stat st {};
  if (::fstat(fileno(file_), &st) != 0) return makeError("cannot read " + path + ": " + std::strerror(errno));
  if (S_ISDIR(st.st_mode)) return makeError("cannot read " + path + ": it is a folder");
  identity_ = {S_ISREG(st.st_mode), static_cast<uint64_t>(st.st_size),
               int64_t{st.st_mtim.tv_sec} * 1000000000 + st.st_mtim.tv_nsec, static_cast<uint64_t>(st.st_dev),
               static_cast<uint64_t>(st.st_ino)};
  hasher_.reset(new Hasher);
  if (!hasher_->state || XXH3_128bits_reset(hasher_->state) != XXH_OK) return makeError("cannot hash " + path);
  options_ = options;
  options_.chunkBytes = std::max<size_t>(options_.chunkBytes, 16);
  pos_ = end_ = 0;
  eof_ = started_ = bom_ = false;
  rawRead_ = 0;
  line_ = 1;
  error_.clear();
  return {};
}

uint64_t CsvReader::bytesConsumed() const {
  const uint64_t buffered = end_ - pos_;
  return rawRead_ > buffered ? rawRead_ - buffered : 0;
}

std::string CsvReader::contentHash() const {
  return hasher_ ? hex(XXH3_128bits_digest(hasher_->state)) : std::string();
}

Result<void> CsvReader::checkUnchanged() const {
  if (!identity_.regular) return {};
  const auto changed = [&] {
    return makeError(path_ +
                     ": the file changed while it was being read (its size or modification time is not "
                     "what it was when the import began)");
  };
  struct stat now {};
  if (::fstat(fileno(file_), &now) != 0) return changed();
  const int64_t mtime = int64_t{now.st_mtim.tv_sec} * 1000000000 + now.st_mtim.tv_nsec;
  if (static_cast<uint64_t>(now.st_size) != identity_.size || mtime != identity_.mtimeNs) return changed();
  if (!isStream() && eof_ && rawRead_ != identity_.size) return changed();
  // Replaced by another file under the same name (an editor saving through a rename).
  struct stat named {};
  if (path_ != kStdin &&
      (::stat(path_.c_str(), &named) != 0 || static_cast<uint64_t>(named.st_dev) != identity_.device ||
       static_cast<uint64_t>(named.st_ino) != identity_.inode))
    return changed();
  return {};
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
  const size_t need = keep + want;
  if (need > capacity_) {
    auto bigger = std::make_unique<char[]>(need);
    if (keep > 0)
      std::memcpy(bigger.get(), buffer_.get(), keep);  // the first buffer_ is null: memcpy(x, null, 0) is UB
    buffer_ = std::move(bigger);
    capacity_ = need;
  }
  const size_t n = std::fread(buffer_.get() + end_, 1, want, file_);
  XXH3_128bits_update(hasher_->state, buffer_.get() + end_, n);
  end_ += n;
  rawRead_ += n;
  if (n < want) {
    if (std::ferror(file_)) return makeError(std::string("read error: ") + std::strerror(errno));
    eof_ = true;
  }
  if (!started_) {
    started_ = true;
    if (options_.encoding != Encoding::Windows1252 && std::string_view(buffer_.get(), end_).substr(0, 3) == kBom) {
      pos_ = kBom.size();
      bom_ = true;
    }
  }
  return {};
}

Result<std::string_view> CsvReader::head() {
  if (!file_) return makeError("no file open");
  if (!started_)
    if (auto r = refill(); !r) return r.error();
  return std::string_view(buffer_.get() + pos_, end_ - pos_);
}

Result<void> CsvReader::skipToEnd() {
  if (!file_) return makeError("no file open");
  while (!eof_) {
    pos_ = end_;  // nothing kept: the bytes are only hashed
    if (auto r = refill(); !r) return r;
  }
  pos_ = end_;
  return {};
}

Result<bool> CsvReader::next(CsvRecord& record) {
  if (!error_.empty()) return makeError(error_);
  if (!file_) return makeError("no file open");
  for (;;) {
    switch (parse(record)) {
      case Step::Record:
        if (options_.encoding == Encoding::Windows1252) windows1252ToUtf8(record, converted_);
        return true;
      case Step::End:
        return false;
      case Step::Error:
        return makeError(error_);
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
// A CR at the end of the buffer needs the next byte too: CRLF is one line end, CR LF not two.
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
    } else if (*p == '\r') {
      if (p + 1 == e && !atEof) {
        pos_ = static_cast<size_t>(p - base);
        return Step::NeedMore;
      }
      p += (p + 1 < e && p[1] == '\n') ? 2 : 1;
      ++line_;
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
      return fail("line " + std::to_string(line_) + ": a record with more than " + std::to_string(options_.maxFields) +
                  " fields");
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
        newlines += countLineEnds(p, quote);
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
        if (p < e && *p != delimiter && !isLineEnd(*p)) {
          if (!copied) copied = true, scratchStart = scratch_.size(), scratch_.append(content, contentEnd);
          const char* const tail = p;
          while (p < e && *p != delimiter && !isLineEnd(*p)) ++p;
          if (p == e && !atEof) return Step::NeedMore;
          scratch_.append(tail, p);
        }
        if (copied) scratchFields_.push_back({record.fields.size(), scratchStart, scratch_.size() - scratchStart});
        record.fields.emplace_back(copied ? std::string_view() : std::string_view(content, contentEnd - content));
        break;
      }
    } else {
      const char* const start = p;
      while (p < e && *p != delimiter && !isLineEnd(*p)) ++p;
      if (p == e && !atEof) return Step::NeedMore;
      record.fields.emplace_back(start, static_cast<size_t>(p - start));
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
      if (p + 1 < e && p[1] == '\n') ++p;
    }
    ++p, ++newlines;  // the line end
    break;
  }

  if (static_cast<size_t>(p - recordStart) > options_.maxRecordBytes)
    return fail("line " + std::to_string(line_) + ": a record larger than " + mib(options_.maxRecordBytes));
  for (const ScratchField& f : scratchFields_)
    record.fields[f.index] = std::string_view(scratch_.data() + f.offset, f.length);
  record.raw = std::string_view(recordStart, static_cast<size_t>(p - recordStart));
  record.line = line_;
  line_ += newlines;
  pos_ = static_cast<size_t>(p - base);
  return Step::Record;
}

}  // namespace salesops::ingest
