// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Parse + validate throughput of one file on one core: bench_parse FILE [--kind KIND]
// A file to try: salesops-cli demo --clean --visits 1000000 --csv-out /tmp/demo (then /tmp/demo/visits.csv).
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>

#include "salesops/ingest/FileParser.h"

using namespace salesops;
using namespace salesops::ingest;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s FILE.csv [--kind visits|orders|cancellations|reps|areas|targets]\n", argv[0]);
    return 2;
  }
  ParseOptions options;
  if (argc >= 4 && std::strcmp(argv[2], "--kind") == 0) {
    options.kind = fromString<FileKind>(argv[3]);
    if (!options.kind) {
      std::fprintf(stderr, "unknown kind %s\n", argv[3]);
      return 2;
    }
  }
  const auto start = std::chrono::steady_clock::now();
  auto parser = FileParser::open(argv[1], options);
  if (!parser) {
    std::fprintf(stderr, "%s\n", parser.error().message.c_str());
    return 1;
  }
  const auto scanned = std::chrono::steady_clock::now();
  RowBatch batch;
  uint64_t rows = 0, rejected = 0;
  for (;;) {
    auto more = (*parser)->next(batch);
    if (!more) {
      std::fprintf(stderr, "%s\n", more.error().message.c_str());
      return 1;
    }
    rows += batch.rowCount();
    rejected += batch.rejected.size();
    if (!*more) break;
  }
  const auto end = std::chrono::steady_clock::now();
  const double total = std::chrono::duration<double>(end - start).count();
  const double parse = std::chrono::duration<double>(end - scanned).count();
  const double mb = double((*parser)->info().size) / 1e6;
  const double records = double(rows + rejected);
  std::printf("%s: %s, %s, %llu rows, %llu rejected, %.1f MB\n", argv[1],
              std::string(toString((*parser)->info().kind)).c_str(),
              std::string(toString((*parser)->info().encoding)).c_str(), static_cast<unsigned long long>(rows),
              static_cast<unsigned long long>(rejected), mb);
  std::printf("open (first chunk, header):   %.3f s\n", std::chrono::duration<double>(scanned - start).count());
  std::printf("read + hash + parse:          %.3f s  %.0f rows/s  %.0f MB/s\n", parse, records / parse, mb / parse);
  std::printf("total:                        %.3f s  %.0f rows/s  %.0f MB/s\n", total, records / total, mb / total);
  return 0;
}
