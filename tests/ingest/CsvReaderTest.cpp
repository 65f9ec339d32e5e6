// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <fstream>
#include <gtest/gtest.h>

#include "TestFiles.h"

#include "salesops/ingest/CsvReader.h"

namespace salesops::ingest {
namespace {

struct Read {
  std::vector<std::vector<std::string>> records;
  std::vector<int64_t> lines;
  std::string error;  // set when reading stopped at an Error
};

Read readAll(const std::string& path, CsvReaderOptions options = {}) {
  Read out;
  CsvReader reader;
  if (auto r = reader.open(path, options); !r) {
    out.error = r.error().message;
    return out;
  }
  CsvRecord record;
  for (;;) {
    auto more = reader.next(record);
    if (!more) {
      out.error = more.error().message;
      return out;
    }
    if (!*more) return out;
    out.records.emplace_back(record.fields.begin(), record.fields.end());
    out.lines.push_back(record.line);
  }
}

Read readText(std::string_view text, CsvReaderOptions options = {}) {
  return readAll(test::writeTemp("reader.csv", text), options);
}

using Records = std::vector<std::vector<std::string>>;

TEST(CsvReader, ReadsQuotedFieldsDoubledQuotesAndEmbeddedDelimiters) {
  const Read r = readText("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"\"\nplain,,\"\"\"\"\n");
  ASSERT_EQ(r.error, "");
  EXPECT_EQ(r.records, (Records{{"a", "b", "c"}, {"x, y", "say \"hi\"", ""}, {"plain", "", "\""}}));
}

TEST(CsvReader, ReportsTheLineOnWhichEachRecordStarts) {
  const Read r = readText("id,note\n1,\"two\nlines\"\n2,one\n3,\"three\nlines\nhere\"\n4,x");
  ASSERT_EQ(r.error, "");
  EXPECT_EQ(r.lines, (std::vector<int64_t>{1, 2, 4, 5, 8}));
  EXPECT_EQ(r.records[1][1], "two\nlines");
  EXPECT_EQ(r.records[3][1], "three\nlines\nhere");
  EXPECT_EQ(r.records[4], (std::vector<std::string>{"4", "x"}));  // no newline at the end
}

TEST(CsvReader, HandlesCrlfLineEndsAndKeepsCrlfInsideQuotes) {
  const Read r = readText("id,note\r\n1,\"two\r\nlines\"\r\n\r\n2,one\r\n3,last\r\n");
  ASSERT_EQ(r.error, "");
  EXPECT_EQ(r.records, (Records{{"id", "note"}, {"1", "two\r\nlines"}, {"2", "one"}, {"3", "last"}}));
  EXPECT_EQ(r.lines, (std::vector<int64_t>{1, 2, 5, 6}));
}

TEST(CsvReader, ReadsALoneCrAsALineEndAndKeepsItInsideQuotes) {
  // Classic Mac (and some Excel exports): CR alone ends a line, as LF and CRLF do, also mixed.
  const Read r = readText("id,note\r1,\"two\rlines\"\r\r2,one\n3,\"x\r\ny\"\r\n4,last\r");
  ASSERT_EQ(r.error, "");
  EXPECT_EQ(r.records, (Records{{"id", "note"}, {"1", "two\rlines"}, {"2", "one"}, {"3", "x\r\ny"}, {"4", "last"}}));
  EXPECT_EQ(r.lines, (std::vector<int64_t>{1, 2, 5, 6, 8}));
  // Text after a closing quote ends at a CR too, and a CR ending the file ends the last record.
  EXPECT_EQ(readText("a,b\r\"x\" y,z\r").records, (Records{{"a", "b"}, {"x y", "z"}}));
  // A CR that a chunk ends on is read with the byte after it: CRLF stays one line end.
  std::string text = "id,note\r";
  for (int i = 0; i < 200; ++i) text += std::to_string(i) + (i % 3 ? ",a\r" : i % 2 ? ",\"q\rq\"\r\n" : ",b\r\n");
  const Read reference = readText(text);
  ASSERT_EQ(reference.error, "");
  ASSERT_EQ(reference.records.size(), 201u);
  // Rows 0..198 take a line each and one more for each of the 33 with "q\rq" (i = 3, 9, ..., 195).
  EXPECT_EQ(reference.lines.back(), 2 + 199 + 33);
  for (size_t chunk : {16, 17, 18, 19}) {
    CsvReaderOptions small;
    small.chunkBytes = chunk;
    const Read r2 = readText(text, small);
    EXPECT_EQ(r2.records, reference.records) << chunk;
    EXPECT_EQ(r2.lines, reference.lines) << chunk;
  }
}

TEST(CsvReader, SkipsBlankLinesButCountsThem) {
  const Read r = readText("\n\na,b\n\n1,2\r\n\r\n\n3,4\n\n");
  ASSERT_EQ(r.error, "");
  EXPECT_EQ(r.records, (Records{{"a", "b"}, {"1", "2"}, {"3", "4"}}));
  EXPECT_EQ(r.lines, (std::vector<int64_t>{3, 5, 8}));
}

TEST(CsvReader, KeepsEmptyFieldsAndTrailingDelimiters) {
  const Read r = readText("a;b;c\n;;\n1;;\n");
  ASSERT_EQ(r.error, "");
  CsvReaderOptions semicolon;
  semicolon.delimiter = ';';
  const Read s = readText("a;b;c\n;;\n1;;\n", semicolon);
  EXPECT_EQ(s.records, (Records{{"a", "b", "c"}, {"", "", ""}, {"1", "", ""}}));
  EXPECT_EQ(r.records, (Records{{"a;b;c"}, {";;"}, {"1;;"}}));  // with the wrong delimiter: one field
}

TEST(CsvReader, KeepsTextAfterAClosingQuoteRatherThanLosingIt) {
  const Read r = readText("a,b\n\"x\" ,\"y\"z\n");
  ASSERT_EQ(r.error, "");
  EXPECT_EQ(r.records[1], (std::vector<std::string>{"x ", "yz"}));
}

TEST(CsvReader, ReadsTabAndPipeDelimiters) {
  CsvReaderOptions tab;
  tab.delimiter = '\t';
  EXPECT_EQ(readText("a\tb\n1\t\"x\ty\"\n", tab).records, (Records{{"a", "b"}, {"1", "x\ty"}}));
  CsvReaderOptions pipe;
  pipe.delimiter = '|';
  EXPECT_EQ(readText("a|b\n1|2,5\n", pipe).records, (Records{{"a", "b"}, {"1", "2,5"}}));
}

TEST(CsvReader, GivesTheSameRecordsWhateverTheChunkSize) {
  std::string text = "id,note,amount\r\n";
  for (int i = 0; i < 300; ++i)
    text += std::to_string(i) + ",\"n\"\"" + std::to_string(i) + "\r\nx\"," + std::to_string(i * 7) + "\r\n" +
            (i % 17 == 0 ? "\r\n" : "");
  const Read reference = readText(text);
  ASSERT_EQ(reference.error, "");
  ASSERT_EQ(reference.records.size(), 301u);
  EXPECT_EQ(reference.records[5][1], "n\"4\r\nx");  // record 0 is the header
  for (size_t chunk : {16, 17, 31, 64, 100, 1000}) {
    SCOPED_TRACE(chunk);
    CsvReaderOptions small;
    small.chunkBytes = chunk;
    const Read r = readText(text, small);
    EXPECT_EQ(r.error, "");
    EXPECT_EQ(r.records, reference.records);
    EXPECT_EQ(r.lines, reference.lines);
  }
}

TEST(CsvReader, ReportsAQuoteLeftOpenAtTheLineWhereItsFieldBegan) {
  const Read r = readText("a,b\n1,2\n3,\"open\nstill open\nto the end\n");
  ASSERT_EQ(r.records.size(), 2u);
  EXPECT_EQ(r.error, "line 3: a quoted field starts here and is not closed by the end of the file");
  // A field that begins on a later line of a multi-line record names that line.
  const Read later = readText("a,b,c\n1,\"x\ny\",\"open\n");
  EXPECT_EQ(later.error, "line 3: a quoted field starts here and is not closed by the end of the file");
}

TEST(CsvReader, RefusesARecordLargerThanTheLimit) {
  CsvReaderOptions options;
  options.chunkBytes = 64;
  options.maxRecordBytes = 1000;
  const Read r = readText("a,b\n1,2\n3,\"" + std::string(5000, 'x') + "\"\n", options);
  EXPECT_EQ(r.records.size(), 2u);
  EXPECT_NE(r.error.find("line 3: a record larger than"), std::string::npos) << r.error;
  // Also without quotes: one endless line.
  const Read line = readText("a,b\n" + std::string(5000, 'y'), options);
  EXPECT_NE(line.error.find("line 2: a record larger than"), std::string::npos) << line.error;
}

TEST(CsvReader, RefusesARecordWithTooManyFields) {
  CsvReaderOptions options;
  options.maxFields = 10;
  EXPECT_EQ(readText("a,b\n" + std::string(10 - 1, ','), options).error, "");  // exactly 10 fields
  EXPECT_EQ(readText("a,b\n1,2\n" + std::string(10, ','), options).error, "line 3: a record with more than 10 fields");
}

TEST(CsvReader, ConvertsWindows1252AndSkipsTheUtf8Bom) {
  CsvReaderOptions cp1252;
  cp1252.delimiter = ';';
  cp1252.encoding = Encoding::Windows1252;
  cp1252.chunkBytes = 16;
  const Read r = readText("naam;bedrag\nRen\xE9 Caf\xE9;\x80 42,50\n", cp1252);
  EXPECT_EQ(r.records, (Records{{"naam", "bedrag"}, {"René Café", "€ 42,50"}}));
  CsvReaderOptions bom;
  bom.encoding = Encoding::Utf8Bom;
  EXPECT_EQ(readText("\xEF\xBB\xBFid,x\n1,2\n", bom).records, (Records{{"id", "x"}, {"1", "2"}}));
}

TEST(CsvReader, CountsConsumedBytesForProgress) {
  const std::string path = test::writeTemp("progress.csv", "a,b\n1,2\n3,4\n");
  CsvReader reader;
  ASSERT_TRUE(reader.open(path).ok());
  CsvRecord record;
  ASSERT_TRUE(*reader.next(record));
  EXPECT_EQ(reader.bytesConsumed(), 4u);
  ASSERT_TRUE(*reader.next(record));
  EXPECT_EQ(reader.bytesConsumed(), 8u);
  ASSERT_TRUE(*reader.next(record));
  ASSERT_FALSE(*reader.next(record));
  EXPECT_EQ(reader.bytesConsumed(), 12u);
}

TEST(CsvReader, HashesExactlyTheBytesItReadWithXxh3_128) {
  // Reference digests from the xxhsum tool: `xxhsum -H2` of the same bytes.
  const auto hashOf = [](const std::string& path, size_t chunk) {
    CsvReader reader;
    CsvReaderOptions options;
    options.chunkBytes = chunk;
    EXPECT_TRUE(reader.open(path, options).ok());
    CsvRecord record;
    while (*reader.next(record)) {
    }
    return reader.contentHash();
  };
  EXPECT_EQ(hashOf(test::writeTemp("abc.csv", "abc"), 1 << 20), "06b05ab6733a618578af5f94892f3950");
  EXPECT_EQ(hashOf(test::writeTemp("empty.csv", ""), 1 << 20), "99aa06d3014798d86001c324468d497f");
  // A BOM is skipped for the records but is part of the bytes.
  EXPECT_NE(hashOf(test::writeTemp("bom.csv",
                                   "\xEF\xBB\xBF"
                                   "abc"),
                   1 << 20),
            "06b05ab6733a618578af5f94892f3950");
  std::string big;
  while (big.size() < 3'000'001) big += "12345,\"quoted\nfield\",x\r";
  const std::string path = test::writeTemp("big.csv", big);
  const std::string a = hashOf(path, 1 << 20);
  EXPECT_EQ(a, hashOf(path, 4096));  // the chunk size does not matter
  // Skipping to the end without parsing hashes the same bytes.
  CsvReader skipping;
  ASSERT_TRUE(skipping.open(path).ok());
  CsvRecord record;
  ASSERT_TRUE(*skipping.next(record));
  ASSERT_TRUE(skipping.skipToEnd().ok());
  EXPECT_EQ(skipping.contentHash(), a);
  EXPECT_EQ(skipping.bytesRead(), big.size());
  EXPECT_FALSE(*skipping.next(record));
}

TEST(CsvReader, SeesAFileChangeBetweenOpenAndEnd) {
  const std::string path = test::writeTemp("changing.csv", "a,b\n1,2\n");
  CsvReader reader;
  ASSERT_TRUE(reader.open(path).ok());
  EXPECT_FALSE(reader.isStream());
  EXPECT_EQ(reader.sizeAtOpen(), 8u);
  CsvRecord record;
  while (*reader.next(record)) {
  }
  EXPECT_TRUE(reader.checkUnchanged().ok());
  {
    std::ofstream append(path, std::ios::binary | std::ios::app);
    append << "3,4\n";
  }
  const auto changed = reader.checkUnchanged();
  ASSERT_FALSE(changed.ok());
  EXPECT_NE(changed.error().message.find("changed while it was being read"), std::string::npos);
}

TEST(CsvReader, ReadsAnEmptyFileAsNoRecords) {
  const Read r = readText("");
  EXPECT_EQ(r.error, "");
  EXPECT_TRUE(r.records.empty());
}

}  // namespace
}  // namespace salesops::ingest
