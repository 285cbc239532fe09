#!/usr/bin/env python3
"""Writes the .xlsx cases for tst_io_readers that issue #18's sheet scanner added (run once;
outputs are committed). Each folder holds input.xlsx and expected.json (rows) or expected.txt
(a text the reader's error must contain). The expectations are written here from what went into
each file, not from either reader. tst_io_readers also reads every .xlsx under tests/data with
the old QXmlStreamReader reader (tests/support/LegacyXlsxReader) and the new one and compares.

- xlsx_libreoffice_headless: LibreOffice Calc converts source.csv (Chinese text, quotes, a
  newline in a cell, empty cells, leading zeros kept as text by the column types given):
    soffice --headless --infilter="Text - txt - csv (StarCalc):44,34,76,1,1/2/2/1/3/1/4/2"
            --convert-to xlsx source.csv
  (needs libreoffice-calc-nogui; skipped, keeping the committed file, when soffice is missing).
- xlsx_libxlsxwriter, xlsx_libxlsxwriter_constant_memory: make_libxlsxwriter.c, compiled
  against libxlsxwriter (shared strings; inline strings in constant-memory mode).
- xlsx_wps_handwritten: XML written by hand as WPS Office and the .NET Open XML SDK write it:
  x: prefixes, rows and cells without r, phonetic runs (<rPh>) in shared strings, rich inline
  strings, references, CDATA, CRLF in a text, a comment, a formula with its cached value.
- xlsx_bad_*: damaged files; the reader must say what and where, and never crash.
- xlsx_blank_cells (added with reading only some columns, stored without compression): cells
  that are white space in every way a sheet writes it (U+00A0, U+3000, U+2003, _x0020_ escapes,
  blank shared strings), empty cells of each kind, rows whose only text is in one column, a row
  without r, cells blank only once their character references are decoded, written as the cells
  above them (the skipping by markup); tst_io_readers reads it whole and with only some
  columns, which must agree.
- xlsx_bad_checksum, xlsx_bad_claimed_smaller: an entry whose CRC-32, or whose size (claimed
  below what it holds, as a zip bomb does), is not what the archive's headers say.
"""
import json, os, shutil, struct, subprocess, tempfile, zipfile

here = os.path.dirname(os.path.abspath(__file__))
MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'


def expect_rows(folder, rows):
    with open(os.path.join(here, folder, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump({'encoding': 'xlsx', 'delimiter': '',
                   'rows': [{'line': l, 'cells': c} for l, c in rows]}, f, ensure_ascii=False,
                  indent=1)


def expect_error(folder, text):
    with open(os.path.join(here, folder, 'expected.txt'), 'w', encoding='utf-8') as f:
        f.write(text + '\n')


def workbook(path, sheet_xml, shared=None, styles=None, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, 'w', compression) as z:
        z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr('xl/workbook.xml', '<?xml version="1.0"?><workbook xmlns="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                   '<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>' % MAIN)
        z.writestr('xl/_rels/workbook.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="worksheet" Target="worksheets/data.xml"/></Relationships>')
        z.writestr('xl/worksheets/data.xml', sheet_xml.encode('utf-8'))
        if shared:
            z.writestr('xl/sharedStrings.xml', shared.encode('utf-8'))
        if styles:
            z.writestr('xl/styles.xml', styles.encode('utf-8'))


def folder(name):
    d = os.path.join(here, name)
    os.makedirs(d, exist_ok=True)
    return os.path.join(d, 'input.xlsx')


# --- LibreOffice ---------------------------------------------------------------------------
d = os.path.join(here, 'xlsx_libreoffice_headless')
os.makedirs(d, exist_ok=True)
source = os.path.join(d, 'source.csv')
with open(source, 'w', encoding='utf-8', newline='') as f:
    f.write('编号,提交答卷时间,来源详情,1、您的意见,金额,有效\r\n'
            '00123,2024/7/17 9:02:11,tk0001,"第一行\r\n第二行 ""引号"" & <尖括号>",1.5,TRUE\r\n'
            '007,2024-07-18,,"  前后空格  ",0.001,FALSE\r\n'
            '0,,直接访问,,,\r\n'
            ',,,,,\r\n'
            '42,2024/7/19 23:59:59,"tk,0003","逗号,在里面",-1234567.25,1\r\n')
if shutil.which('soffice'):
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(source, os.path.join(tmp, 'input.csv'))
        subprocess.run(['soffice', '-env:UserInstallation=file://' + tmp + '/profile', '--headless',
                        '--infilter=Text - txt - csv (StarCalc):44,34,76,1,1/2/2/1/3/1/4/2',
                        '--convert-to', 'xlsx', '--outdir', tmp, os.path.join(tmp, 'input.csv')],
                       check=True)
        shutil.copy(os.path.join(tmp, 'input.xlsx'), os.path.join(d, 'input.xlsx'))
# LibreOffice keeps the CSV's "\r\n" inside the quoted cell as one line break; it leaves out the
# row of empty cells (line 5), so the last row is row 6; 2024-07-18 becomes a date cell.
expect_rows('xlsx_libreoffice_headless', [
    (1, ['编号', '提交答卷时间', '来源详情', '1、您的意见', '金额', '有效']),
    (2, ['00123', '2024/7/17 9:02:11', 'tk0001', '第一行\n第二行 "引号" & <尖括号>', '1.5', 'TRUE']),
    (3, ['007', '2024-07-18', '', '  前后空格  ', '0.001', 'FALSE']),
    (4, ['0', '', '直接访问']),
    (6, ['42', '2024/7/19 23:59:59', 'tk,0003', '逗号,在里面', '-1234567.25', '1']),
])

# --- libxlsxwriter -------------------------------------------------------------------------
with tempfile.TemporaryDirectory() as tmp:
    program = os.path.join(tmp, 'make_libxlsxwriter')
    subprocess.run(['cc', os.path.join(here, 'make_libxlsxwriter.c'), '-lxlsxwriter', '-o', program],
                   check=True)
    for name, constant in (('xlsx_libxlsxwriter', '0'), ('xlsx_libxlsxwriter_constant_memory', '1')):
        subprocess.run([program, folder(name), constant], check=True)
        # libxlsxwriter escapes the control character as _x0001_ but writes the literal text
        # "_x000D_" as it is, so every reader takes it for a carriage return.
        expect_rows(name, [
            (1, ['序号', '提交答卷时间', '来源详情', '1、您的意见', '金额', '有效']),
            (2, ['1', '2024-07-17 09:02:11', '00123', '第一行\n第二行 "引号" & <尖括号>', '1.5', 'TRUE']),
            (3, ['2', '2024-07-18', '  leading and trailing spaces  ',
                 'ctrl\u0001char and a literal \r', '0.001', 'FALSE']),
            (4, ['3', '', '直接访问', '', '1.23456789012346e+16', '-42']),
            (6, ['', '', '', '𠮷 (a character beyond the BMP)', '1e-07']),
        ])

# --- WPS Office / Open XML SDK style, by hand ----------------------------------------------
workbook(folder('xlsx_wps_handwritten'),
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
         '<x:worksheet xmlns:x="%s"><x:dimension ref="A1:D8"/><x:sheetData>' % MAIN +
         '<x:row r="1" spans="1:4"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c>'
         '<x:c r="C1" t="inlineStr"><x:is><x:t>来源详情</x:t></x:is></x:c><x:c r="D1" t="s"><x:v>2</x:v></x:c></x:row>'
         # no r on the row nor on its cells: row 2, columns A to D
         '<x:row><x:c t="s"><x:v>3</x:v></x:c><x:c s="1"><x:v>45490.5</x:v></x:c>'
         '<x:c t="inlineStr"><x:is><x:r><x:rPr><x:b/></x:rPr><x:t>tk</x:t></x:r><x:r><x:t xml:space="preserve">0001 </x:t></x:r>'
         '<x:rPh sb="0" eb="1"><x:t>ティーケー</x:t></x:rPh><x:phoneticPr fontId="1"/></x:is></x:c>'
         '<x:c t="str"><x:f>CONCAT("a","b")</x:f><x:v>ab</x:v></x:c></x:row>'
         '<x:row r="4"><x:c r="A4" t="inlineStr"><x:is><x:t>&#x4E2D;&#20013;&lt;&gt;&amp;&quot;&apos;</x:t></x:is></x:c>'
         '<x:c r="C4"/><x:c r="D4" t="e"><x:v>#N/A</x:v></x:c></x:row>'
         '<!-- pretty-printed from here, with a comment -->\r\n'
         '<x:row r="5">\r\n  <x:c r="B5" s="2"><x:v>45491</x:v></x:c>\r\n'
         '  <x:c r="C5" t="inlineStr"><x:is><x:t><![CDATA[<不是标签> & 原样]]></x:t></x:is></x:c>\r\n'
         '  <x:c r="D5"><x:v>1E-3</x:v></x:c>\r\n</x:row>\r\n'
         '<x:row r="6"><x:c r="A6" t="inlineStr"><x:is><x:t>第一行\r\n第二行_x000D_</x:t></x:is></x:c>'
         '<x:c r="B6" t="b"><x:v>0</x:v></x:c></x:row>'
         '<x:row r="7" customFormat="1"><x:c r="A7" s="1"/></x:row>'
         '<x:row r="8"><x:c r="C8" t="s"><x:v>4</x:v></x:c></x:row>'
         '</x:sheetData></x:worksheet>',
         shared='<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                '<sst xmlns="%s" count="5" uniqueCount="5">' % MAIN +
                '<si><t>序号</t><phoneticPr fontId="1" type="noConversion"/></si>'
                '<si><t>提交答卷时间</t><rPh sb="0" eb="2"><t>ていしゅつ</t></rPh><phoneticPr fontId="1" type="noConversion"/></si>'
                '<si><r><rPr><sz val="11"/><rFont val="宋体"/><charset val="134"/></rPr><t>1、</t></r>'
                '<r><rPr><b/><sz val="11"/><rFont val="宋体"/></rPr><t>您的意见</t></r>'
                '<rPh sb="0" eb="1"><t>イ</t></rPh><phoneticPr fontId="1" type="noConversion"/></si>'
                '<si><t>1</t></si>'
                '<si><t xml:space="preserve"> 空格 </t></si></sst>',
         styles='<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="%s"><numFmts count="1">' % MAIN +
                '<numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>'
                '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="22"/><xf numFmtId="176"/></cellXfs></styleSheet>')
expect_rows('xlsx_wps_handwritten', [
    (1, ['序号', '提交答卷时间', '来源详情', '1、您的意见']),
    (2, ['1', '2024-07-17 12:00:00', 'tk0001 ', 'ab']),
    (4, ['中中<>&"\'', '', '', '#N/A']),
    (5, ['', '2024-07-18', '<不是标签> & 原样', '0.001']),
    (6, ['第一行\n第二行\r', 'FALSE']),
    (8, ['', '', ' 空格 ']),
])

# --- damaged files -------------------------------------------------------------------------
def sheet(rows):
    return ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="%s"><sheetData>' % MAIN
            + rows + '</sheetData></worksheet>')


ROW1 = '<row r="1"><c r="A1" t="inlineStr"><is><t>编号</t></is></c><c r="B1"><v>1</v></c></row>'

xml = sheet(ROW1 + '<row r="2"><c r="A2" t="inlineStr"><is><t>半个单元格</t></is></c>'
            '<c r="B2" t="inlineStr"><is><t>被截断')
workbook(folder('xlsx_bad_truncated'), xml[:xml.index('被截断') + len('被截断')])
expect_error('xlsx_bad_truncated', 'input.xlsx, sheet “Data”, row 2: the worksheet is damaged: '
             'the XML ends in the middle (the file is truncated)')

workbook(folder('xlsx_bad_cell_out_of_order'),
         sheet(ROW1 + '<row r="2"><c r="C2"><v>3</v></c><c r="A2"><v>1</v></c></row>'))
expect_error('xlsx_bad_cell_out_of_order', 'input.xlsx, sheet “Data”, row 2, cell A2: the cell '
             'comes after C2 (cells out of order or repeated)')

workbook(folder('xlsx_bad_reference_beyond_sheet'),
         sheet(ROW1 + '<row r="3"><c r="XFD1048577"><v>1</v></c></row>'))
expect_error('xlsx_bad_reference_beyond_sheet', 'input.xlsx, sheet “Data”, row 3, cell '
             'XFD1048577: the row is beyond a sheet\'s last row, 1048576')

workbook(folder('xlsx_bad_rows_out_of_order'),
         sheet(ROW1 + '<row r="5"><c r="A5"><v>5</v></c></row><row r="4"><c r="A4"><v>4</v></c></row>'))
expect_error('xlsx_bad_rows_out_of_order', 'input.xlsx, sheet “Data”: row 4 comes after row 5 '
             '(rows out of order or repeated)')

workbook(folder('xlsx_bad_unterminated_entity'),
         sheet(ROW1 + '<row r="2"><c r="A2" t="inlineStr"><is><t>AT&amp T</t></is></c></row>'))
expect_error('xlsx_bad_unterminated_entity', 'input.xlsx, sheet “Data”, row 2: the worksheet is '
             'damaged: an entity reference without its \';\'')


# A sheet whose zip entry claims 2 GiB (local header and central directory alike) but holds a
# few hundred bytes: read in chunks, never by the size claimed, and then reported as damaged.
def claim_size(path, entry, size):
    data = bytearray(open(path, 'rb').read())
    name = entry.encode()
    for signature, at in ((b'PK\x03\x04', 22), (b'PK\x01\x02', 24)):
        start = 0
        while True:
            i = data.find(signature, start)
            if i < 0:
                break
            name_at = i + (30 if signature == b'PK\x03\x04' else 46)
            length = struct.unpack_from('<H', data, i + (26 if signature == b'PK\x03\x04' else 28))[0]
            if data[name_at:name_at + length] == name:
                struct.pack_into('<I', data, i + at, size)
            start = i + 4
    open(path, 'wb').write(bytes(data))


path = folder('xlsx_bad_claimed_2gb')
workbook(path, sheet(ROW1 + '<row r="2"><c r="A2"><v>2</v></c></row>'))
claim_size(path, 'xl/worksheets/data.xml', 0x80000000)
expect_error('xlsx_bad_claimed_2gb', 'input.xlsx: xl/worksheets/data.xml is damaged: the archive '
             'says it holds 2147483648 bytes, it holds')

path = folder('xlsx_bad_claimed_2gb_shared_strings')
workbook(path, sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'),
         shared='<sst xmlns="%s"><si><t>文本</t></si></sst>' % MAIN)
claim_size(path, 'xl/sharedStrings.xml', 0x80000000)
expect_error('xlsx_bad_claimed_2gb_shared_strings', 'input.xlsx: xl/sharedStrings.xml is '
             'damaged: the archive says it holds 2147483648 bytes, it holds')


# --- cells a reader of some columns must still see (blankness), entries checked -------------
from datetime import date, timedelta


def inline(ref, text):
    return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, text)


def shared_cell(ref, index):
    return '<c r="%s" t="s"><v>%d</v></c>' % (ref, index)


SHARED = ['  ', 'x', '\u3000', '', '文本']
STYLES = ('<styleSheet xmlns="%s"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/>'
          '</cellXfs></styleSheet>' % MAIN)
rows = [
    '<row r="1">' + inline('A1', '编号') + inline('B1', '说明') + inline('C1', 'n') + '</row>',
    '<row r="2"><c r="A2"><v>1</v></c>' + inline('B2', ' ') + inline('C2', '\u00a0')
    + inline('D2', '\u3000') + inline('E2', '_x0020_') + shared_cell('F2', 0)
    + shared_cell('G2', 1) + '</row>',
    '<row r="3">' + inline('H3', '微信') + '</row>',
    '<row r="4">' + inline('A4', ' ') + inline('B4', '\u3000') + inline('C4', '_x00A0_')
    + shared_cell('D4', 0) + '<c r="E4" t="inlineStr"/><c r="F4"><v></v></c>'
    + shared_cell('G4', 3) + '</row>',
    '<row r="5"><c r="X5"><v>42</v></c></row>',
    '<row r="6">' + inline('A6', '\u2003abc') + inline('B6', '\u00a0x') + shared_cell('C6', 2)
    + '<c r="D6" s="1"><v>45000</v></c></row>',
    '<row r="7">' + shared_cell('A7', 9) + inline('B7', 'a&amp;b')
    + '<c r="C7" t="b"><v>1</v></c><c r="D7" t="str"><f>1+1</f><v>2</v></c></row>',
    '<row>' + inline('A8', '八') + '<c r="C8"><v>3.5</v></c></row>',
    '<row r="10">' + inline('B10', '_x0041_') + '</row>',
    '<row r="11">' + inline('A11', '\n') + '</row>',
    # Blank only once decoded, in columns whose cells are written as the ones above them: a
    # reader of some columns that skips them by their markup must still decode them.
    '<row r="12">' + ''.join(inline(c + '12', c.lower()) for c in 'ABCDE') + '</row>',
    '<row r="13">' + inline('A13', ' ') + inline('B13', '&#x3000;') + inline('C13', '&#32;')
    + inline('D13', '\r') + inline('E13', '&#xA0;') + '</row>',
    '<row r="14">' + inline('A14', '末') + inline('B14', '&#x41;') + inline('C14', '  ') + '</row>',
]
shared_xml = ('<sst xmlns="%s">' % MAIN
              + ''.join('<si><t xml:space="preserve">%s</t></si>' % t for t in SHARED) + '</sst>')
workbook(folder('xlsx_blank_cells'), sheet(''.join(rows)), shared=shared_xml, styles=STYLES,
         compression=zipfile.ZIP_STORED)
expect_rows('xlsx_blank_cells', [
    (1, ['编号', '说明', 'n']),
    (2, ['1', ' ', '\u00a0', '\u3000', ' ', '  ', 'x']),
    (3, ['', '', '', '', '', '', '', '微信']),
    (4, [' ', '\u3000', '\u00a0', '  ']),
    (5, [''] * 23 + ['42']),
    (6, ['\u2003abc', '\u00a0x', '\u3000',
         (date(1899, 12, 30) + timedelta(days=45000)).isoformat()]),
    (7, ['', 'a&b', 'TRUE', '2']),
    (8, ['八', '', '3.5']),
    (10, ['', 'A']),
    (11, ['\n']),
    (12, ['a', 'b', 'c', 'd', 'e']),
    (13, [' ', '\u3000', ' ', '\n', '\u00a0']),
    (14, ['末', 'A', '  ']),
])


def patch_entry(path, entry, local_at, central_at, value):
    """Writes the 32-bit value at local_at / central_at of entry's local header and central
    directory record (APPNOTE.TXT 4.3.7, 4.3.12: CRC-32 at 14 / 16, sizes after it)."""
    data = bytearray(open(path, 'rb').read())
    name = entry.encode()
    for signature, at, name_at, length_at in ((b'PK\x03\x04', local_at, 30, 26),
                                              (b'PK\x01\x02', central_at, 46, 28)):
        start = 0
        while True:
            i = data.find(signature, start)
            if i < 0:
                break
            length = struct.unpack_from('<H', data, i + length_at)[0]
            if data[i + name_at:i + name_at + length] == name:
                struct.pack_into('<I', data, i + at, value)
            start = i + 4
    open(path, 'wb').write(bytes(data))


BIG_ROW = '<row r="2">' + ''.join(inline('%s2' % c, '答案') for c in 'ABCDEFGH') + '</row>'
path = folder('xlsx_bad_checksum')
workbook(path, sheet(ROW1 + BIG_ROW))
patch_entry(path, 'xl/worksheets/data.xml', 14, 16, 0x12345678)
expect_error('xlsx_bad_checksum', 'input.xlsx: xl/worksheets/data.xml is damaged (its checksum '
             'is wrong)')

path = folder('xlsx_bad_claimed_smaller')
workbook(path, sheet(ROW1 + BIG_ROW), compression=zipfile.ZIP_STORED)
patch_entry(path, 'xl/worksheets/data.xml', 22, 24, 100)  # uncompressed size
expect_error('xlsx_bad_claimed_smaller', 'input.xlsx: xl/worksheets/data.xml is damaged: the '
             'archive says it holds 100 bytes, it holds more')
