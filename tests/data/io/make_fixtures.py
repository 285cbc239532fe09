#!/usr/bin/env python3
"""Writes the golden CSV/XLSX cases for tst_io_readers (run once; outputs are committed).
Each case folder holds one input.* and expected.json {encoding, delimiter, rows:[{line,cells}]}
or expected.txt (a text the reader's error must contain). input.xlsx of xlsx_libreoffice is
made by LibreOffice from source.csv (soffice --headless --convert-to xlsx)."""
import json, os, zipfile

here = os.path.dirname(os.path.abspath(__file__))

def case(name, data, ext, rows=None, encoding=None, delimiter=None, error=None):
    d = os.path.join(here, name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, 'input.' + ext), 'wb') as f:
        f.write(data)
    if error:
        with open(os.path.join(d, 'expected.txt'), 'w', encoding='utf-8') as f:
            f.write(error + '\n')
    else:
        with open(os.path.join(d, 'expected.json'), 'w', encoding='utf-8') as f:
            json.dump({'encoding': encoding, 'delimiter': delimiter,
                       'rows': [{'line': l, 'cells': c} for l, c in rows]}, f, ensure_ascii=False, indent=1)

case('utf8_plain', 'token,day,valid\nab12,2024-07-17,5\nZZ9,2024-07-18,12\n'.encode(), 'csv',
     [(1, ['token', 'day', 'valid']), (2, ['ab12', '2024-07-17', '5']), (3, ['ZZ9', '2024-07-18', '12'])],
     'UTF-8', ',')
case('utf8_bom', '\ufeff链接,日期,有效样本数\nab12,2024-07-17,5\n'.encode('utf-8'), 'csv',
     [(1, ['链接', '日期', '有效样本数']), (2, ['ab12', '2024-07-17', '5'])], 'UTF-8 (BOM)', ',')
case('gb18030_crlf', '链接编号,日期,有效样本数,意见建议数\r\nab12,2024年7月17日,5,1\r\n北京网信,2024/7/18,7,0\r\n'.encode('gb18030'), 'csv',
     [(1, ['链接编号', '日期', '有效样本数', '意见建议数']), (2, ['ab12', '2024年7月17日', '5', '1']),
      (3, ['北京网信', '2024/7/18', '7', '0'])], 'GB18030', ',')
case('tab_delimited', 'a\tb,c\td\n1\t"x\ty"\t3\n'.encode(), 'tsv',
     [(1, ['a', 'b,c', 'd']), (2, ['1', 'x\ty', '3'])], 'UTF-8', '\t')
case('semicolon', 'name;amount;note\r\nA;1,5;"x;y"\r\nB;2;\r\n'.encode(), 'csv',
     [(1, ['name', 'amount', 'note']), (2, ['A', '1,5', 'x;y']), (3, ['B', '2', ''])], 'UTF-8', ';')
case('quoted_fields',
     'id,text,n\r\n1,"a, b",2\r\n2,"say ""hi""",3\r\n3,"line one\r\nline two\nline three",4\r\n\r\n4,"",5\r\n5,plain "inner" quote,6\r\n'.encode(),
     'csv',
     [(1, ['id', 'text', 'n']), (2, ['1', 'a, b', '2']), (3, ['2', 'say "hi"', '3']),
      (4, ['3', 'line one\r\nline two\nline three', '4']), (8, ['4', '', '5']),
      (9, ['5', 'plain "inner" quote', '6'])], 'UTF-8', ',')
case('empty_trailing', 'a,b,c,d\n1,,,\n,,,\n2,x,,\n3,y,z,w'.encode(), 'csv',
     [(1, ['a', 'b', 'c', 'd']), (2, ['1', '', '', '']), (3, ['', '', '', '']), (4, ['2', 'x', '', '']),
      (5, ['3', 'y', 'z', 'w'])], 'UTF-8', ',')
case('gb18030_only_late_chinese', ('h1,h2\n' + 'x,1\n' * 10 + '单位,2\n').encode('gb18030'), 'txt',
     [(1, ['h1', 'h2'])] + [(i, ['x', '1']) for i in range(2, 12)] + [(12, ['单位', '2'])], 'GB18030', ',')
# Excel's traces: a "sep=X" first line names the delimiter and is no data (line numbers still
# count it); ="0755..." cells are read as their text.
case('excel_sep_comma_text_formulas',
     '\ufeffsep=,\r\nname;kind,phone,token\r\n测试;单位,="075586001234",="AB12CD"\r\nB,"=""x""""y""",="a""b"\r\n'.encode(),
     'csv',
     [(2, ['name;kind', 'phone', 'token']), (3, ['测试;单位', '075586001234', 'AB12CD']),
      (4, ['B', 'x"y', 'a"b'])], 'UTF-8 (BOM)', ',')
case('excel_sep_semicolon_gb18030', 'sep=;\r\n单位;目标\r\n广东,网信;1,5\r\n'.encode('gb18030'), 'csv',
     [(2, ['单位', '目标']), (3, ['广东,网信', '1,5'])], 'GB18030', ';')
case('excel_sep_tab', '"sep=\t"\na,b\tc\n1,2\t3\n'.encode(), 'txt',
     [(2, ['a,b', 'c']), (3, ['1,2', '3'])], 'UTF-8', '\t')
case('excel_sep_backslash_t', 'sep=\\t\na;b\tc\n1;2\t3\n'.encode(), 'txt',
     [(2, ['a;b', 'c']), (3, ['1;2', '3'])], 'UTF-8', '\t')
case('malformed_unterminated', 'a,b\n1,2\n3,"open\n4,5\n'.encode(), 'csv',
     error='line 3: a quoted field is not closed')
case('malformed_after_quote', 'a,b\n1,"x"y\n'.encode(), 'csv',
     error='line 2: unexpected text after a closing quote')

# A workbook written by hand the way other producers write it: inline strings, rich shared
# strings, sparse cells placed by reference, booleans, a custom date format and a date-time.
def xlsx(path, sheet_xml, shared=None, styles=None, date1904=False):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr('xl/workbook.xml', '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                   + ('<workbookPr date1904="1"/>' if date1904 else '') +
                   '<sheets><sheet name="Data" sheetId="1" r:id="rId7"/><sheet name="Other" sheetId="2" r:id="rId8"/></sheets></workbook>')
        z.writestr('xl/_rels/workbook.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId8" Type="worksheet" Target="worksheets/other.xml"/>'
                   '<Relationship Id="rId7" Type="worksheet" Target="worksheets/data.xml"/></Relationships>')
        z.writestr('xl/worksheets/data.xml', sheet_xml)
        z.writestr('xl/worksheets/other.xml', '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>wrong sheet</t></is></c></row></sheetData></worksheet>')
        if shared:
            z.writestr('xl/sharedStrings.xml', shared)
        if styles:
            z.writestr('xl/styles.xml', styles)

d = os.path.join(here, 'xlsx_inline_sparse'); os.makedirs(d, exist_ok=True)
xlsx(os.path.join(d, 'input.xlsx'),
     '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
     '<row r="1"><c r="A1" t="inlineStr"><is><t>答卷编号</t></is></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><r><t>提交</t></r><r><t xml:space="preserve">时间</t></r></is></c><c r="D1" t="s"><v>1</v></c><c r="E1" t="inlineStr"><is><t>n</t></is></c></row>'
     '<row r="2"><c r="A2"><v>1001</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" s="1"><v>45490.5</v></c><c r="D2" t="b"><v>1</v></c><c r="E2"><v>2.5</v></c></row>'
     '<row r="3" spans="1:5"><c r="A3" t="str"><f>A2+1</f><v>1002</v></c><c r="C3" s="2"><v>45491</v></c><c r="E3" s="3"><v>45492</v></c></row>'
     '<row r="5"><c r="B5" t="inlineStr"><is><t>only B</t></is></c><c r="D5" t="b"><v>0</v></c></row>'
     '<row r="6"><c r="A6" s="1"/></row>'
     '</sheetData></worksheet>',
     shared='<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">'
            '<si><t>链接</t></si><si><r><rPr><b/></rPr><t>是否</t></r><r><t>有效</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si><si><t>https://s.example.cn/q?src=ab12&amp;x=1</t></si></sst>',
     styles='<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2">'
            '<numFmt numFmtId="164" formatCode="yyyy/m/d\\ h:mm:ss"/><numFmt numFmtId="165" formatCode="[$-804]yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>'
            '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="165"/></cellXfs></styleSheet>')
with open(os.path.join(d, 'expected.json'), 'w', encoding='utf-8') as f:
    json.dump({'encoding': 'xlsx', 'delimiter': '', 'rows': [
        {'line': 1, 'cells': ['答卷编号', '链接', '提交时间', '是否有效', 'n']},
        {'line': 2, 'cells': ['1001', 'https://s.example.cn/q?src=ab12&x=1', '2024-07-17 12:00:00', 'TRUE', '2.5']},
        {'line': 3, 'cells': ['1002', '', '2024-07-18', '', '2024-07-19']},
        {'line': 5, 'cells': ['', 'only B', '', 'FALSE']},
    ]}, f, ensure_ascii=False, indent=1)

# Cells other producers write: ISO date cells (t="d"), long whole numbers, small and huge numbers.
d = os.path.join(here, 'xlsx_date_cells_numbers'); os.makedirs(d, exist_ok=True)
xlsx(os.path.join(d, 'input.xlsx'),
     '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
     '<row r="1"><c r="A1" t="d"><v>2024-07-17T00:00:00</v></c><c r="B1" t="d"><v>2024-07-17T10:11:12Z</v></c>'
     '<c r="C1"><v>2024071700001234</v></c><c r="D1"><v>1.5E-3</v></c><c r="E1"><v>1E+20</v></c><c r="F1" t="e"><v>#N/A</v></c></row>'
     '</sheetData></worksheet>')
with open(os.path.join(d, 'expected.json'), 'w', encoding='utf-8') as f:
    json.dump({'encoding': 'xlsx', 'delimiter': '', 'rows': [
        {'line': 1, 'cells': ['2024-07-17', '2024-07-17 10:11:12', '2024071700001234', '0.0015', '1e+20', '#N/A']},
    ]}, f, ensure_ascii=False, indent=1)

# The LibreOffice case starts from this CSV; the .xlsx is converted once and committed.
d = os.path.join(here, 'xlsx_libreoffice'); os.makedirs(d, exist_ok=True)
with open(os.path.join(d, 'source.csv'), 'w', encoding='utf-8') as f:
    f.write('链接,日期,有效样本数,意见建议数\nab12,2024-07-17,5,1\ncd34,2024-07-26,120,0\n北京,2024-07-18,0,3\n')
with open(os.path.join(d, 'expected.json'), 'w', encoding='utf-8') as f:
    json.dump({'encoding': 'xlsx', 'delimiter': '', 'rows': [
        {'line': 1, 'cells': ['链接', '日期', '有效样本数', '意见建议数']},
        {'line': 2, 'cells': ['ab12', '2024-07-17', '5', '1']},
        {'line': 3, 'cells': ['cd34', '2024-07-26', '120', '0']},
        {'line': 4, 'cells': ['北京', '2024-07-18', '0', '3']},
    ]}, f, ensure_ascii=False, indent=1)
