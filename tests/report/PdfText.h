// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace salesops::test {

/// The text of one page (1-based) or of every page (0) of a PDF as `pdftotext` reads it, with every
/// run of white space made one space, so a wrapped sentence still matches.
std::string pdfText(const std::string& pdf, int page = 0, bool layout = true);
/// `text` with every run of white space (also no-break and en spaces) made one space.
std::string normalizeSpace(const std::string& text);
/// The page count `pdfinfo` reads; -1 when it cannot.
int pdfPages(const std::string& pdf);
/// Runs a shell command and returns its standard output.
std::string run(const std::string& command);

}  // namespace salesops::test
