// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/ingest/FileScan.h"

#include <xxhash.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

#include "salesops/ingest/Utf8Validator.h"

namespace salesops::ingest {
namespace {

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};
struct StateFree {
  void operator()(XXH3_state_t* s) const { XXH3_freeState(s); }
};

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

std::string_view toString(Encoding e) {
  switch (e) {
    case Encoding::Utf8: return "UTF-8";
    case Encoding::Utf8Bom: return "UTF-8 with BOM";
    case Encoding::Windows1252: return "Windows-1252";
  }
  return "?";
}

Result<FileScan> scanFile(const std::string& path, size_t chunkBytes) {
  std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
  if (!file) return makeError("cannot open " + path + ": " + std::strerror(errno));
  std::unique_ptr<XXH3_state_t, StateFree> state(XXH3_createState());
  if (!state || XXH3_128bits_reset(state.get()) != XXH_OK) return makeError("cannot hash " + path);

  FileScan scan;
  Utf8Validator utf8;
  std::vector<char> chunk(chunkBytes);
  for (;;) {
    const size_t n = std::fread(chunk.data(), 1, chunk.size(), file.get());
    if (n == 0) break;
    if (scan.head.size() < FileScan::kHeadBytes)
      scan.head.append(chunk.data(), std::min(n, FileScan::kHeadBytes - scan.head.size()));
    XXH3_128bits_update(state.get(), chunk.data(), n);
    utf8.feed(chunk.data(), n);
    scan.size += n;
  }
  if (std::ferror(file.get())) return makeError("cannot read " + path + ": " + std::strerror(errno));

  scan.contentHash = hex(XXH3_128bits_digest(state.get()));
  if (!utf8.finish())
    scan.encoding = Encoding::Windows1252;
  else if (scan.head.compare(0, 3, "\xEF\xBB\xBF") == 0)
    scan.encoding = Encoding::Utf8Bom;
  else
    scan.encoding = Encoding::Utf8;
  return scan;
}

}  // namespace salesops::ingest
