// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reject files in the input's own encoding and separator: the written bytes, as Excel reads them.
#include <gtest/gtest.h>

#include "CliRunner.h"

using namespace salesops::clitest;

namespace {

TEST(RejectFileBytes, AWindows1252ExportGetsAWindows1252RejectFileWithItsSeparator) {
  TempDir dir;
  // As Dutch Excel saves "CSV (puntkomma-gescheiden)": `;`, CRLF, Windows-1252 (é = E9, € = 80).
  writeFile(dir.file("orders.csv"),
            "order_id;ordered_at;rep_id;area;product;monthly_fee\r\n"
            "O1;02-11-2026 10:00;R1;A1;Caf\xE9-pakket;39,95\r\n"
            "O2;31-02-2026 10:00;R1;A1;Caf\xE9 \x80 actie;42,50\r\n");
  const CliRun r = cli("--db " + dir.file("s.sqlite") + " --quiet import " + dir.file("orders.csv"));
  EXPECT_EQ(r.exitCode, 1) << r.err;
  EXPECT_EQ(readFile(dir.file("orders.rejected.csv")),
            "order_id;ordered_at;rep_id;area;product;monthly_fee;line;error\n"
            "O2;31-02-2026 10:00;R1;A1;Caf\xE9 \x80 actie;42,50;3;ordered_at: impossible date (31-02-2026 10:00)\n");
}

}  // namespace
