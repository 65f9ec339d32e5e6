// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QString>

#include <gtest/gtest.h>

#include "TestFiles.h"

#include "salesops/ingest/FilePreview.h"
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
  for (std::string_view ok :
       {"", "plain ascii, long enough to take the eight-byte path", "caf\xC3\xA9", "\xE2\x82\xAC 42",
        "\xF0\x9F\x98\x80", "\xEF\xBB\xBFheader", "\xF4\x8F\xBF\xBF", "\xED\x9F\xBF", "\xC2\x80"}) {
    SCOPED_TRACE(ok);
    EXPECT_TRUE(validUtf8(ok));
  }
}

TEST(Utf8Validator, RejectsMalformedSequences) {
  for (std::string_view bad : {
           "caf\xE9",           // Windows-1252 é
           "\x80 euro",         // Windows-1252 €, a lone continuation byte
           "\xC0\xAF",          // overlong '/'
           "\xC1\xBF",          // overlong
           "\xE0\x80\xAF",      // overlong 3-byte
           "\xED\xA0\x80",      // UTF-16 surrogate
           "\xF0\x80\x80\xAF",  // overlong 4-byte
           "\xF4\x90\x80\x80",  // above U+10FFFF
           "\xF5\x80\x80\x80",  // never valid lead byte
           "\xC3",              // truncated at the end
           "\xE2\x82",          // truncated at the end
           "\xC3\x28",          // bad continuation
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
  Utf8Validator straddling;                      // a sequence begun in one chunk and broken in the next
  straddling.feed("ab\xE2\x82", 4);
  straddling.feed("x", 1);
  EXPECT_FALSE(straddling.finish());
  EXPECT_EQ(straddling.firstInvalidOffset(), 2u);
}

TEST(Windows1252, MapsTheEuroBlockAsTheCodePageDefines) {
  // Expected values typed from the Unicode mapping of cp1252 (undefined bytes: C1 controls).
  const char* const expected[32] = {"€", "\u0081", "‚",      "ƒ", "„",      "…",      "†", "‡",      "ˆ", "‰", "Š",
                                    "‹", "Œ",      "\u008D", "Ž", "\u008F", "\u0090", "‘", "’",      "“", "”", "•",
                                    "–", "—",      "˜",      "™", "š",      "›",      "œ", "\u009D", "ž", "Ÿ"};
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

// A reps file: one row per line, the name column free text.
std::string reps(const std::vector<std::string>& rows) {
  std::string out = "rep_id,name,team\n";
  for (size_t i = 0; i < rows.size(); ++i) out += "R" + std::to_string(i + 1) + "," + rows[i] + ",T\n";
  return out;
}

TEST(FileEncoding, DetectsEachEncodingFromTheWholeFile) {
  EXPECT_EQ(test::parseText(reps({"caf\xC3\xA9"}))->info.encoding, Encoding::Utf8);
  EXPECT_EQ(test::parseText("\xEF\xBB\xBF" + reps({"a"}))->info.encoding, Encoding::Utf8Bom);
  const auto cp1252 = test::parseText(reps({"caf\xE9", "\x80 42"}));
  ASSERT_TRUE(cp1252.ok());
  EXPECT_EQ(cp1252->info.encoding, Encoding::Windows1252);
  EXPECT_EQ(cp1252->rows.reps[1].name, "€ 42");
  // One Windows-1252 byte far beyond the first chunk still decides the encoding, and the row it is
  // on is read that way: the rows before it are ASCII, the same in both, so nothing is read again.
  std::string late = "rep_id,name,team\n";
  for (int i = 0; late.size() < 3'000'000; ++i) late += "R" + std::to_string(i) + ",plain ascii,T\n";
  late += "Rlate,caf\xE9,T\n";
  const auto file = test::parseText(late);
  ASSERT_TRUE(file.ok()) << file.error().message;
  EXPECT_EQ(file->info.encoding, Encoding::Windows1252);
  EXPECT_EQ(file->rows.reps.back().name, "café");
  EXPECT_EQ(file->rows.rejected.size(), 0u);
  EXPECT_FALSE(file->rereadAs);
  EXPECT_EQ(file->info.size, late.size());
}

TEST(FileEncoding, KeepsTheUtf8RowsOfAUtf8FileWithOneLatin1Line) {
  const auto file = test::parseAll(test::dataPath("mixed-encoding-reps.csv"));
  ASSERT_TRUE(file.ok()) << file.error().message;
  EXPECT_EQ(file->info.encoding, Encoding::Utf8);
  ASSERT_EQ(file->rows.reps.size(), 3u);
  EXPECT_EQ(file->rows.reps[0].name, "Jos\xC3\xA9 Alves");
  EXPECT_EQ(file->rows.reps[0].team, "Team \xE2\x82\xAC");
  EXPECT_EQ(file->rows.reps[1].team, "Team \xE2\x82\xAC");
  EXPECT_EQ(file->rows.reps[2].name, "Jos\xC3\xA9 Smit");
  ASSERT_EQ(file->rows.rejected.size(), 1u);
  const RejectedRow& bad = file->rows.rejected[0];
  EXPECT_EQ(bad.error.line, 4);
  EXPECT_EQ(bad.error.column, "name");
  EXPECT_EQ(bad.error.reason, "not UTF-8");
  EXPECT_EQ(bad.error.value, "Ren\\xE9 Bakker");  // printable, and says which byte
  // The fields as they were, for the reject file: the user fixes the byte there.
  EXPECT_EQ(bad.fields, (std::vector<std::string>{"R003", "Ren\xE9 Bakker", "Team Zuid"}));
  EXPECT_FALSE(file->rereadAs);
}

TEST(FileEncoding, PreviewsAMixedFileAsUtf8) {
  // The import dialog's preview reads the file as the import will: UTF-8, José intact.
  const auto preview = previewFile(test::dataPath("mixed-encoding-reps.csv"));
  ASSERT_TRUE(preview.ok()) << preview.error().message;
  EXPECT_EQ(preview->info.encoding, Encoding::Utf8);
  ASSERT_EQ(preview->rows.size(), 4u);
  EXPECT_EQ(preview->rows[0], (std::vector<std::string>{"R001", "Jos\xC3\xA9 Alves", "Team \xE2\x82\xAC"}));
  EXPECT_EQ(preview->rows[3][1], "Jos\xC3\xA9 Smit");
}

TEST(FileEncoding, IsWindows1252WhenLinesThatAreNotUtf8OutnumberUtf8Lines) {
  // Two lines of each: a tie is UTF-8, the two others rejected.
  const auto tie = test::parseText(reps({"Jos\xC3\xA9", "Ren\xE9", "\xC3\xA9mile", "Caf\xE9"}));
  ASSERT_TRUE(tie.ok());
  EXPECT_EQ(tie->info.encoding, Encoding::Utf8);
  EXPECT_EQ(tie->rows.reps.size(), 2u);
  EXPECT_EQ(tie->rows.rejected.size(), 2u);
  // Three against two: Windows-1252, every row read as that, none rejected.
  const auto more = test::parseText(reps({"Jos\xC3\xA9", "Ren\xE9", "\xC3\xA9mile", "Caf\xE9", "Lo\xEFs"}));
  ASSERT_TRUE(more.ok());
  EXPECT_EQ(more->info.encoding, Encoding::Windows1252);
  ASSERT_EQ(more->rows.reps.size(), 5u);
  EXPECT_EQ(more->rows.reps[0].name, "Jos\xC3\x83\xC2\xA9");  // UTF-8 bytes read as Windows-1252: JosÃ©
  EXPECT_EQ(more->rows.reps[4].name, "Lo\xC3\xAFs");
  // A BOM says UTF-8 whatever the lines say.
  const auto bom = test::parseText("\xEF\xBB\xBF" + reps({"Ren\xE9", "Caf\xE9"}));
  ASSERT_TRUE(bom.ok());
  EXPECT_EQ(bom->info.encoding, Encoding::Utf8Bom);
  EXPECT_EQ(bom->rows.rejected.size(), 2u);
}

TEST(FileEncoding, AsksToReadAgainWhenTheEndOverturnsTheFirstChunk) {
  // The first chunk (1 MiB) holds one Latin-1 line and nothing else that is not ASCII, so its rows
  // are read as Windows-1252; two UTF-8 lines after it make the file UTF-8 in the end.
  std::string text = "rep_id,name,team\nR0,Ren\xE9,T\n";
  for (int i = 1; text.size() < 1'500'000; ++i) text += "R" + std::to_string(i) + ",plain ascii,T\n";
  text += "Rx,Jos\xC3\xA9,T\nRy,\xC3\xA9mile,T\n";
  const auto first = test::parseText(text);
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_EQ(first->info.encoding, Encoding::Utf8);
  EXPECT_EQ(first->rereadAs, Encoding::Utf8);
  // Read again as told: the Latin-1 line rejected, the UTF-8 ones kept.
  ParseOptions options;
  options.encoding = Encoding::Utf8;
  const auto again = test::parseText(text, options);
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->rereadAs);
  ASSERT_EQ(again->rows.rejected.size(), 1u);
  EXPECT_EQ(again->rows.rejected[0].error.line, 2);
  EXPECT_EQ(again->rows.reps.back().name, "\xC3\xA9mile");
}

TEST(FileEncoding, ReportsAFileThatCannotBeOpened) {
  const auto file = FileParser::open("/nonexistent/dir/visits.csv");
  ASSERT_FALSE(file.ok());
  EXPECT_NE(file.error().message.find("/nonexistent/dir/visits.csv"), std::string::npos);
}

}  // namespace
}  // namespace salesops::ingest
