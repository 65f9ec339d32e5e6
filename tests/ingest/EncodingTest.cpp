// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QString>
#include <gtest/gtest.h>

#include "TestFiles.h"
#include "salesops/ingest/FileScan.h"
#include "salesops/ingest/Utf8Validator.h"
#include "salesops/ingest/Windows1252.h"

namespace salesops::ingest {
namespace {

bool validUtf8(std::string_view bytes) {
  Utf8Validator v;
  v.feed(bytes.data(), bytes.size());
  return v.finish();
}

TEST(Utf8Validator, AcceptsWellFormedText) {
  for (std::string_view ok : {"", "plain ascii, long enough to take the eight-byte path", "caf\xC3\xA9",
                              "\xE2\x82\xAC 42", "\xF0\x9F\x98\x80", "\xEF\xBB\xBFheader", "\xF4\x8F\xBF\xBF",
                              "\xED\x9F\xBF", "\xC2\x80"}) {
    SCOPED_TRACE(ok);
    EXPECT_TRUE(validUtf8(ok));
  }
}

TEST(Utf8Validator, RejectsMalformedSequences) {
  for (std::string_view bad : {
           "caf\xE9",               // Windows-1252 é
           "\x80 euro",             // Windows-1252 €, a lone continuation byte
           "\xC0\xAF",              // overlong '/'
           "\xC1\xBF",              // overlong
           "\xE0\x80\xAF",          // overlong 3-byte
           "\xED\xA0\x80",          // UTF-16 surrogate
           "\xF0\x80\x80\xAF",      // overlong 4-byte
           "\xF4\x90\x80\x80",      // above U+10FFFF
           "\xF5\x80\x80\x80",      // never valid lead byte
           "\xC3",                  // truncated at the end
           "\xE2\x82",              // truncated at the end
           "\xC3\x28",              // bad continuation
       }) {
    SCOPED_TRACE(::testing::PrintToString(bad));
    EXPECT_FALSE(validUtf8(bad));
  }
}

TEST(Utf8Validator, FollowsSequencesAcrossChunkBoundaries) {
  const std::string text = "abcdefgh caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 end of the text, quite long";
  for (size_t chunk = 1; chunk <= 9; ++chunk) {
    SCOPED_TRACE(chunk);
    Utf8Validator v;
    for (size_t i = 0; i < text.size(); i += chunk) v.feed(text.data() + i, std::min(chunk, text.size() - i));
    EXPECT_TRUE(v.finish());
  }
  Utf8Validator broken;
  const std::string bad = std::string(100, 'x') + "\xE9" + std::string(10, 'y');
  broken.feed(bad.data(), 50);
  broken.feed(bad.data() + 50, bad.size() - 50);
  EXPECT_FALSE(broken.finish());
  EXPECT_EQ(broken.firstInvalidOffset(), 100u);  // where the broken sequence starts
  Utf8Validator straddling;  // a sequence begun in one chunk and broken in the next
  straddling.feed("ab\xE2\x82", 4);
  straddling.feed("x", 1);
  EXPECT_FALSE(straddling.finish());
  EXPECT_EQ(straddling.firstInvalidOffset(), 2u);
}

TEST(Windows1252, MapsTheEuroBlockAsTheCodePageDefines) {
  // Expected values typed from the Unicode mapping of cp1252 (undefined bytes: C1 controls).
  const char* const expected[32] = {"€", "\u0081", "‚", "ƒ", "„", "…", "†", "‡", "ˆ", "‰", "Š", "‹", "Œ", "\u008D", "Ž", "\u008F",
                                    "\u0090", "‘", "’", "“", "”", "•", "–", "—", "˜", "™", "š", "›", "œ", "\u009D", "ž", "Ÿ"};
  for (int b = 0x80; b < 0xA0; ++b) {
    SCOPED_TRACE(b);
    EXPECT_EQ(windows1252ToUtf8(std::string(1, static_cast<char>(b))), expected[b - 0x80]);
  }
}

TEST(Windows1252, MapsEveryOtherByteToItsLatin1CodePoint) {
  for (int b = 0; b < 256; ++b) {
    if (b >= 0x80 && b < 0xA0) continue;
    SCOPED_TRACE(b);
    const std::string in(1, static_cast<char>(b));
    EXPECT_EQ(QString::fromUtf8(windows1252ToUtf8(in)), QString::fromLatin1(in.data(), 1));
  }
  EXPECT_EQ(windows1252ToUtf8("Caf\xE9 \x80 42,50 \xEB"), "Café € 42,50 ë");
}

TEST(FileScan, DetectsEachEncodingFromTheWholeFile) {
  using test::writeTemp;
  EXPECT_EQ(scanFile(writeTemp("utf8.csv", "a,b\ncaf\xC3\xA9,1\n"))->encoding, Encoding::Utf8);
  EXPECT_EQ(scanFile(writeTemp("bom.csv", "\xEF\xBB\xBF" "a,b\n1,2\n"))->encoding, Encoding::Utf8Bom);
  EXPECT_EQ(scanFile(writeTemp("cp1252.csv", "a,b\ncaf\xE9,\x80\n"))->encoding, Encoding::Windows1252);
  // One Windows-1252 byte far beyond the first chunk still decides the encoding.
  std::string late = "a,b\n";
  while (late.size() < 3'000'000) late += "plain ascii row,1\n";
  late += "caf\xE9,2\n";
  auto scan = scanFile(writeTemp("late.csv", late), 1 << 20);
  ASSERT_TRUE(scan.ok());
  EXPECT_EQ(scan->encoding, Encoding::Windows1252);
  EXPECT_EQ(scan->size, late.size());
  EXPECT_EQ(scan->head.size(), FileScan::kHeadBytes);
}

TEST(FileScan, HashesTheBytesWithXxh3_128) {
  // Reference digests from the xxhsum tool: `xxhsum -H2` of the same bytes.
  EXPECT_EQ(scanFile(test::writeTemp("abc.csv", "abc"))->contentHash, "06b05ab6733a618578af5f94892f3950");
  EXPECT_EQ(scanFile(test::writeTemp("empty.csv", ""))->contentHash, "99aa06d3014798d86001c324468d497f");
  const std::string big(3'000'001, 'x');
  const auto a = scanFile(test::writeTemp("big.csv", big), 1 << 20)->contentHash;
  const auto b = scanFile(test::writeTemp("big.csv", big), 4096)->contentHash;
  EXPECT_EQ(a, b);  // the chunk size does not matter
  EXPECT_EQ(a.size(), 32u);
}

TEST(FileScan, ReportsAFileThatCannotBeOpened) {
  const auto scan = scanFile("/nonexistent/dir/visits.csv");
  ASSERT_FALSE(scan.ok());
  EXPECT_NE(scan.error().message.find("/nonexistent/dir/visits.csv"), std::string::npos);
}

}  // namespace
}  // namespace salesops::ingest
