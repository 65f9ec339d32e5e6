#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes the workbooks the .xlsx import tests read (tests/ingest/XlsxImportTest.cpp, tests/cli,
# the fuzz seeds), into the folder given (default: this script's). The files are committed; run
# this again (Debian's /usr/bin/python3 with python3-openpyxl) after changing it.
#   crm-export.xlsx   openpyxl: a CRM export with Dutch headers (sheets Bezoeken and Orders)
#   hand-*.xlsx       XML written by hand: the 1904 date system, the 1900 leap-year quirk, inline
#                     and rich strings, merged cells, cells without references, error values
#   old.xls, encrypted.xlsx   minimal OLE (Compound File) containers: an Excel 97-2003 file and a
#                     password-protected workbook (an EncryptedPackage stream)
#   truncated.xlsx, corrupt.xlsx, bomb-part.xlsx, bomb-strings.xlsx, bomb-declared.xlsx
#   sheet-prefixed.xlsx, sheet-dtd.xlsx, sheet-malformed.xlsx, sheet-cut.xlsx   worksheets by hand:
#                     elements with a namespace prefix, a DTD, a tag closed wrongly, XML that stops
#   ../fuzz-regressions/fuzz_xlsx_reader-seed-*: two of the above with stored parts (fuzz seeds)
import os
import struct
import sys
import zipfile
from datetime import date, datetime

import openpyxl

out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
FIXED = (2026, 11, 27, 12, 0, 0)  # zip entry times: the same bytes on every run


def crm_export(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bezoeken"
    ws.append(["Bezoek ID", "Datum", "Verkoper", "Gebied", "Uitkomst", "Kanaal", "Postcode", "Huisnummer", "Opmerking"])
    rows = [
        ["V1", datetime(2026, 11, 3, 9, 15), "R1", "UTR-01", "verkoop", "deur", "3512 AB", 12, "eerste"],
        ["V2", "04-11-2026 10:30", "R1", "UTR-01", "niet thuis", "deur", "3512AB", "14A", None],
        ["V3", date(2026, 11, 5), "R2", "UTR-02", "geen interesse", "deur", "3513 CD", 7, None],
        ["V4", datetime(2026, 11, 5, 14, 0), "R2", "UTR-02", "offerte", "deur", "99999", 9, "postcode fout"],
        ["V5", datetime(2026, 11, 6, 11, 45, 30), "R3", "AMS-01", "verkoop", "promotiebus", None, None, None],
        ["V6", datetime(2026, 11, 6, 12, 0), "#N/A", "AMS-01", "verkoop", "promotiebus", None, None, None],
    ]
    for r in rows:
        ws.append(r)
    ws["B2"].number_format = "dd-mm-yyyy hh:mm"
    ws["B4"].number_format = "dd/mm/yyyy"
    ws["B5"].number_format = "dd-mm-yyyy hh:mm"
    ws["B6"].number_format = "yyyy-mm-dd hh:mm:ss"
    ws["B7"].number_format = "dd-mm-yyyy hh:mm"
    for row in range(9, 13):  # styled, empty cells below the data: trailing empty rows
        ws.cell(row=row, column=1).number_format = "@"
        ws.cell(row=row, column=2).number_format = "dd-mm-yyyy"
    orders = wb.create_sheet("Orders")
    orders.append(["Ordernummer", "Orderdatum", "Verkoper", "Gebied", "Pakket", "Maandbedrag", "Aangesloten op", "FTR"])
    orders.append(["O1", datetime(2026, 11, 3, 9, 20), "R1", "UTR-01", "Glasvezel 1000", 42.5, date(2026, 11, 20), True])
    orders.append(["O2", datetime(2026, 11, 6, 11, 50), "R3", "AMS-01", "Glasvezel 500", 37.95, None, False])
    orders["B2"].number_format = orders["B3"].number_format = "dd-mm-yyyy hh:mm"
    orders["G2"].number_format = "dd-mm-yyyy"
    wb.properties.created = wb.properties.modified = datetime(*FIXED)
    wb.save(path)
    # openpyxl stamps the zip entries with the time of day: the same bytes on every run instead.
    with zipfile.ZipFile(path) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            z.writestr(zipfile.ZipInfo(name, FIXED), data, zipfile.ZIP_DEFLATED)


def package(path, sheet_xml, shared=None, styles=None, date1904=False, sheets=("Blad1",), extra=None,
            method=zipfile.ZIP_DEFLATED):
    """A workbook from XML written by hand: one worksheet (sheet1.xml) plus empty ones."""
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>',
        "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    }
    sheet_list = "".join(f'<sheet name="{n}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, n in enumerate(sheets))
    pr = '<workbookPr date1904="1"/>' if date1904 else "<workbookPr/>"
    parts["xl/workbook.xml"] = f'<?xml version="1.0" encoding="UTF-8"?><workbook {ns} {rns}>{pr}<sheets>{sheet_list}</sheets></workbook>'
    rels = "".join(f'<Relationship Id="rId{i + 1}" Type="{rel}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(sheets)))
    n = len(sheets)
    if shared is not None:
        rels += f'<Relationship Id="rId{n + 1}" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>'
        parts["xl/sharedStrings.xml"] = f'<?xml version="1.0" encoding="UTF-8"?><sst {ns}>{shared}</sst>'
    if styles is not None:
        rels += f'<Relationship Id="rId{n + 2}" Type="{rel}/styles" Target="/xl/styles.xml"/>'
        parts["xl/styles.xml"] = f'<?xml version="1.0" encoding="UTF-8"?><styleSheet {ns}>{styles}</styleSheet>'
    parts["xl/_rels/workbook.xml.rels"] = f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>'
    parts["xl/worksheets/sheet1.xml"] = f'<?xml version="1.0" encoding="UTF-8"?><worksheet {ns} {rns}>{sheet_xml}</worksheet>'
    for i in range(1, len(sheets)):
        parts[f"xl/worksheets/sheet{i + 1}.xml"] = f'<?xml version="1.0" encoding="UTF-8"?><worksheet {ns}><sheetData/></worksheet>'
    parts.update(extra or {})
    with zipfile.ZipFile(path, "w", method) as z:
        for name, text in parts.items():
            z.writestr(zipfile.ZipInfo(name, FIXED), text, method)


DATE_STYLES = ('<numFmts count="1"><numFmt numFmtId="164" formatCode="d-m-yyyy\\ h:mm;@"/></numFmts>'
               '<cellStyleXfs count="1"><xf numFmtId="22"/></cellStyleXfs>'
               '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>'
               '<xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="2" applyNumberFormat="1"/></cellXfs>')


def istr(text):
    return f'<is><t>{text}</t></is>'


def hand_1904(path, method=zipfile.ZIP_DEFLATED):
    # 2026-11-03 is day 44867 after 1904-01-01 (1900 system: 46329, 1462 more); 09:15 is 0.385416666...
    sheet = ('<sheetData>'
             '<row r="1"><c r="A1" t="inlineStr">' + istr("visit_id") + '</c><c r="B1" t="inlineStr">' + istr("visited_at") +
             '</c><c r="C1" t="inlineStr">' + istr("rep_id") + '</c><c r="D1" t="inlineStr">' + istr("area") +
             '</c><c r="E1" t="inlineStr">' + istr("outcome") + '</c><c r="F1" t="inlineStr">' + istr("channel") + '</c></row>'
             '<row r="2"><c r="A2" t="inlineStr">' + istr("V1") + '</c><c r="B2" s="2"><v>44867.385416666664</v></c>'
             '<c r="C2" t="inlineStr">' + istr("R1") + '</c><c r="D2" t="inlineStr">' + istr("UTR-01") +
             '</c><c r="E2" t="inlineStr">' + istr("sale") + '</c><c r="F2" t="inlineStr">' + istr("htl") + '</c></row>'
             '<row r="3"><c r="A3" t="inlineStr">' + istr("V2") + '</c><c r="B3" s="1"><v>44868</v></c>'
             '<c r="C3" t="inlineStr">' + istr("R1") + '</c><c r="D3" t="inlineStr">' + istr("UTR-01") +
             '</c><c r="E3" t="inlineStr">' + istr("quote") + '</c><c r="F3" t="inlineStr">' + istr("htl") + '</c></row>'
             '<row r="4"><c r="A4" t="inlineStr">' + istr("V3") + '</c><c r="B4" t="inlineStr">' + istr("2026-11-05T16:40:00") +
             '</c><c r="C4" t="inlineStr">' + istr("R2") + '</c><c r="D4" t="inlineStr">' + istr("UTR-02") +
             '</c><c r="E4" t="inlineStr">' + istr("callback") + '</c><c r="F4" t="inlineStr">' + istr("htl") + '</c></row>'
             '</sheetData>')
    package(path, sheet, styles=DATE_STYLES, date1904=True, method=method)


def hand_reps(path, method=zipfile.ZIP_DEFLATED):
    # Shared strings 0..6; string 1 is rich text with a phonetic run that is no part of the value.
    shared = ('<si><t>rep_id</t></si>'
              '<si><r><t>na</t></r><r><rPr><b/></rPr><t>am</t></r><rPh sb="0" eb="1"><t>X</t></rPh></si>'
              '<si><t>team</t></si><si><t>active_from</t></si><si><t xml:space="preserve">Bram</t></si>'
              '<si><t>Zuid</t></si><si><t>Oost</t></si>')
    sheet = ('<dimension ref="A1:D7"/><sheetData>'
             # header; cells without references take the next column
             '<row r="1"><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c><c t="s"><v>3</v></c></row>'
             # 59 is 1900-02-28, a real day
             '<row r="2"><c r="A2" t="inlineStr">' + istr("R1") + '</c><c r="B2" t="inlineStr"><is><r><t>An</t></r><r><t>na</t></r></is></c>'
             '<c r="C2" t="str"><f>"Noord"</f><v>Noord</v></c><c r="D2" s="1"><v>59</v></c></row>'
             # 61 is 1900-03-01: Excel counts a 1900-02-29 (60) that never was
             '<row r="3"><c r="A3" t="inlineStr">' + istr("R2") + '</c><c r="B3" t="s"><v>4</v></c>'
             '<c r="C3" t="s"><v>5</v></c><c r="D3" s="1"><v>61</v></c></row>'
             # 60 is that 1900-02-29: no date, the row is rejected
             '<row r="4"><c r="A4" t="inlineStr">' + istr("R3") + '</c><c r="B4" t="inlineStr">' + istr("Cor") +
             '</c><c r="C4" t="s"><v>5</v></c><c r="D4" s="1"><v>60</v></c></row>'
             # team merged over rows 5 and 6 (C5:C6): only C5 holds it, so R5 has no team
             '<row r="5"><c r="A5" t="inlineStr">' + istr("R4") + '</c><c r="B5" t="inlineStr">' + istr("Dirk") +
             '</c><c r="C5" t="s"><v>6</v></c><c r="D5" t="inlineStr">' + istr("01-02-2026") + '</c></row>'
             '<row r="6"><c r="A6" t="inlineStr">' + istr("R5") + '</c><c r="B6" t="inlineStr">' + istr("Eva") +
             '</c><c r="C6" s="1"/><c r="D6" t="inlineStr">' + istr("2026-02-01") + '</c></row>'
             # a row of empty and blank cells, then an empty row: skipped
             '<row r="7"><c r="A7" t="inlineStr"><is><t xml:space="preserve">  </t></is></c><c r="B7" s="3"/></row>'
             '<row r="8"/>'
             '</sheetData><mergeCells count="1"><mergeCell ref="C5:C6"/></mergeCells>')
    package(path, sheet, shared=shared, styles=DATE_STYLES, sheets=("Verkopers", "Leeg"), method=method)


def cfb(path, streams):
    """A minimal Compound File (OLE2): header, one FAT sector, one directory sector of empty streams."""
    header = bytearray(512)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIII", header, 40, 0, 1, 1, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE)
    struct.pack_into("<I", header, 64, 0)  # DIFAT: no more sectors
    struct.pack_into("<I", header, 76, 0)  # the FAT is sector 0
    for i in range(1, 109):
        struct.pack_into("<I", header, 76 + 4 * i, 0xFFFFFFFF)
    fat = bytearray(b"\xff" * 512)
    struct.pack_into("<II", fat, 0, 0xFFFFFFFD, 0xFFFFFFFE)
    directory = bytearray()
    names = ["Root Entry"] + streams
    for i, name in enumerate(names):
        e = bytearray(128)
        raw = name.encode("utf-16-le")
        e[0:len(raw)] = raw
        struct.pack_into("<HBB", e, 64, len(raw) + 2, 5 if i == 0 else 2, 1)
        struct.pack_into("<III", e, 68, 0xFFFFFFFF, i + 1 if 0 < i < len(names) - 1 else 0xFFFFFFFF,
                         1 if i == 0 and len(names) > 1 else 0xFFFFFFFF)
        struct.pack_into("<IQ", e, 116, 0xFFFFFFFE, 0)
        directory += e
    directory += b"\0" * (512 - len(directory))
    with open(path, "wb") as f:
        f.write(bytes(header) + bytes(fat) + bytes(directory))


def bombs():
    big = " " * (3 << 20)  # 3 MiB of whitespace inside the sheet: a few KiB packed
    sheet = '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>rep_id</t></is></c></row></sheetData>'
    package(os.path.join(out, "bomb-part.xlsx"), sheet + big)
    package(os.path.join(out, "bomb-strings.xlsx"), '<sheetData><row r="1"><c t="s"><v>0</v></c></row></sheetData>',
            shared="<si><t>rep_id</t></si>" + "<si/>" * 2000)
    # A part that says it unpacks to 3 GiB: refused before a byte is unpacked.
    path = os.path.join(out, "bomb-declared.xlsx")
    package(path, sheet)
    data = bytearray(open(path, "rb").read())
    name = b"xl/worksheets/sheet1.xml"
    at = 0
    while True:
        at = data.find(b"PK\x01\x02", at)
        if at < 0:
            break
        if data[at + 46:at + 46 + len(name)] == name:
            struct.pack_into("<I", data, at + 24, 3 << 30)
        at += 4
    open(path, "wb").write(bytes(data))


def damaged(source):
    data = open(source, "rb").read()
    open(os.path.join(out, "truncated.xlsx"), "wb").write(data[: len(data) // 2])
    # Bytes flipped inside the sheet's packed data: its checksum (or the inflate) fails.
    z = zipfile.ZipFile(source)
    info = z.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    corrupt = bytearray(data)
    for i in range(start + info.compress_size // 3, start + info.compress_size // 3 + 16):
        corrupt[i] ^= 0x5A
    open(os.path.join(out, "corrupt.xlsx"), "wb").write(bytes(corrupt))


def sheets_by_hand():
    head = ('<row r="1"><c r="A1" t="inlineStr">' + istr("rep_id") + '</c><c r="B1" t="inlineStr">' + istr("name") +
            '</c><c r="C1" t="inlineStr">' + istr("team") + '</c></row>')
    body = ('<row r="2"><c r="A2" t="inlineStr">' + istr("R1") + '</c><c r="B2" t="inlineStr">' + istr("Anna") +
            '</c><c r="C2" t="inlineStr">' + istr("Noord") + '</c></row>')
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    prefixed = (f'<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="{ns}"><x:sheetData>'
                '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>rep_id</x:t></x:is></x:c>'
                '<x:c r="B1" t="inlineStr"><x:is><x:t>name</x:t></x:is></x:c>'
                '<x:c r="C1" t="inlineStr"><x:is><x:t>team</x:t></x:is></x:c></x:row>'
                '<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>R1</x:t></x:is></x:c>'
                '<x:c r="B2" t="inlineStr"><x:is><x:r><x:t>An</x:t></x:r><x:r><x:t>na</x:t></x:r></x:is></x:c>'
                '<x:c r="C2" t="inlineStr"><x:is><x:t>Noord</x:t></x:is></x:c></x:row>'
                '</x:sheetData></x:worksheet>')
    package(os.path.join(out, "sheet-prefixed.xlsx"), "", extra={"xl/worksheets/sheet1.xml": prefixed})
    dtd = (f'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">]>'
           f'<worksheet xmlns="{ns}"><sheetData>{head}{body}</sheetData></worksheet>')
    package(os.path.join(out, "sheet-dtd.xlsx"), "", extra={"xl/worksheets/sheet1.xml": dtd})
    package(os.path.join(out, "sheet-malformed.xlsx"), "<sheetData>" + head + body.replace("</row>", "</rows>") +
            "</sheetData>")
    cut = f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{ns}"><sheetData>{head}{body}<row r="3"><c r="A'
    package(os.path.join(out, "sheet-cut.xlsx"), "", extra={"xl/worksheets/sheet1.xml": cut})


if len(sys.argv) > 2 and sys.argv[2] == "sheets-by-hand":  # only these, leaving the others as they are
    sheets_by_hand()
    sys.exit(0)
crm_export(os.path.join(out, "crm-export.xlsx"))
hand_1904(os.path.join(out, "hand-1904.xlsx"))
hand_reps(os.path.join(out, "hand-reps.xlsx"))
cfb(os.path.join(out, "old.xls"), ["Workbook", "\x05SummaryInformation"])
cfb(os.path.join(out, "encrypted.xlsx"), ["EncryptionInfo", "EncryptedPackage"])
bombs()
sheets_by_hand()
damaged(os.path.join(out, "crm-export.xlsx"))
# Seeds of fuzz_xlsx_reader, replayed by the ingest tests: parts stored, so mutations reach the XML.
kept = os.path.join(out, "..", "fuzz-regressions")
hand_reps(os.path.join(kept, "fuzz_xlsx_reader-seed-shared-strings-merged-cells"), zipfile.ZIP_STORED)
hand_1904(os.path.join(kept, "fuzz_xlsx_reader-seed-1904-inline-strings"), zipfile.ZIP_STORED)
