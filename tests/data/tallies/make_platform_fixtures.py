#!/usr/bin/env python3
"""Writes the golden cases of the survey platforms' own exports for tst_tallies_platforms (run
once; outputs committed). Built from the facts in DOMAIN.md ("Survey platforms").

Every case runs against the same fixture (made by the test): campaign 2025, window
2025-07-08..2025-07-17; questionnaires and their links (16-character Crockford tokens):
  main (wjx, sojumpparm)            7K3M9Q2XH4T8RB5A (unit A), 5ZQ8W2N6V4C9P1DE (unit B)
  practitioners (wjx, sojumpparm)   8H2K4M6P9R3T5V7X
  tencent (tencent, channel)        3C5E7G9J2K4M6N8P
  jinshuju (jinshuju, x_field_1)    6Y8Z2A4B6C8D0E1F
  wenjuan (wenjuan, src)            9G1H3J5K7M9N2P4Q
  limesurvey (limesurvey, token)    4R6S8T0V2W4X6Y8Z
  qualtrics (qualtrics, src)        2B4D6F8H0J2K4M6N
1Q3S5T7V9W1X3Y5Z is issued only in the re-import test (reimport/).

platforms/<case>/: input files imported in name order, one `secretariat-cli tallies import`
run each (args: extra arguments), expected.csv (token,day,valid,invalid,suggestions),
expected-summary.txt (the last stdout line of each run), optional expected-warnings.txt.
The .xlsx files are written here as plain OOXML (inline strings; date cells styled as dates
the way Excel saves them)."""
import os, shutil, zipfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.join(here, 'platforms')

WJX_A, WJX_B = '7K3M9Q2XH4T8RB5A', '5ZQ8W2N6V4C9P1DE'
PRAC, TEN, JSJ = '8H2K4M6P9R3T5V7X', '3C5E7G9J2K4M6N8P', '6Y8Z2A4B6C8D0E1F'
WJW, LIME, QUAL, LATE = '9G1H3J5K7M9N2P4Q', '4R6S8T0V2W4X6Y8Z', '2B4D6F8H0J2K4M6N', '1Q3S5T7V9W1X3Y5Z'


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))


def case(name, inputs, expected, summaries, args=None, messages=None, folder=root):
    d = os.path.join(folder, name)
    if os.path.isdir(d):
        shutil.rmtree(d)
    for fname, data in inputs:
        write(os.path.join(d, fname), data)
    write(os.path.join(d, 'expected.csv'),
          'token,day,valid,invalid,suggestions\n' + ''.join(l + '\n' for l in sorted(expected)))
    write(os.path.join(d, 'expected-summary.txt'), ''.join(s + '\n' for s in summaries))
    if args:
        write(os.path.join(d, 'args'), args + '\n')
    if messages:
        write(os.path.join(d, 'expected-warnings.txt'), ''.join(m + '\n' for m in messages))


def summary(read, acc, dup, rej, unk, nolink=0, incomplete=0):
    s = f'read {read}, accepted {acc}, duplicate {dup}, rejected {rej}, unknown-link {unk}'
    if nolink:
        s += f', no-link {nolink}'
    if incomplete:
        s += f', incomplete {incomplete}'
    return s


def csv(rows, sep=',', quote_all=False, quote_nonempty=False, trailing=False, eol='\n',
        blank_last=False):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            need = quote_all or (quote_nonempty and c != '') or any(x in c for x in (sep, '"', '\n'))
            cells.append('"' + c.replace('"', '""') + '"' if need else c)
        out.append(sep.join(cells) + (sep if trailing else '') + eol)
    if blank_last:
        out.append(eol)
    return ''.join(out)


def xlsx(rows, date_columns=()):
    """A one-sheet workbook; cells in date_columns (0-based) hold Excel serials styled as dates."""
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s

    def esc(t):
        return t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    sheet = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for ri, r in enumerate(rows, 1):
        sheet.append(f'<row r="{ri}">')
        for ci, c in enumerate(r):
            ref = f'{col(ci)}{ri}'
            if ri > 1 and ci in date_columns and isinstance(c, float):
                sheet.append(f'<c r="{ref}" s="1"><v>{c!r}</v></c>')
            elif isinstance(c, (int, float)):
                sheet.append(f'<c r="{ref}"><v>{c}</v></c>')
            elif c != '':
                sheet.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{esc(c)}</t></is></c>')
        sheet.append('</row>')
    sheet.append('</sheetData></worksheet>')
    files = {
        '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
        '_rels/.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        'xl/workbook.xml': '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        'xl/_rels/workbook.xml.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
        'xl/styles.xml': '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy/m/d h:mm:ss"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>',
        'xl/worksheets/sheet1.xml': ''.join(sheet),
    }
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, (2025, 7, 10, 12, 0, 0))
            z.writestr(info, text)
    return buf.getvalue()


def serial(y, mo, d, h, mi, s):
    """Excel's serial number of a local date and time."""
    import datetime
    delta = datetime.datetime(y, mo, d, h, mi, s) - datetime.datetime(1899, 12, 30)
    return delta.days + delta.seconds / 86400.0


def gb(text):
    return text.encode('gb18030')


BOM = '\ufeff'

# ---- 问卷星 -------------------------------------------------------------------------------
WJX_HEAD = ['序号', '提交答卷时间', '所用时间', '来源', '来源详情', '来自IP', '1、您的性别', '2、您常用的上网设备']
wjx_rows = [
    ['1', '2025/7/8 9:02:11', '143秒', '链接', WJX_A, '203.0.113.14(广东-深圳)', '男', '手机┋电脑'],
    ['2', '2025/7/8 21:15:40', '95秒', '微信', WJX_B, '198.51.100.7(北京-北京)', '女', '手机'],
    ['3', '2025/7/9 0:05:02', '201秒', '链接', 'N/A', '203.0.113.99(上海-上海)', '男', '(跳过)'],
    ['4', '2025/7/9 8:30:00', '88秒', '直接访问', '直接访问', '192.0.2.1(江苏-南京)', '女', '电脑'],
    ['5', '2025/7/9 10:11:12', '300秒', '链接', WJX_A.lower(), '203.0.113.15(广东-广州)', '男', '手机'],
    ['6', '2025/7/9 11:00:00', '120秒', '链接',
     'https://www.wjx.cn/vm/AbCdEf.aspx?sojumpparm=' + WJX_B, '198.51.100.8(浙江-杭州)', '女', '平板'],
]
wjx_expected = [f'{WJX_A},2025-07-08,1,0,0', f'{WJX_A},2025-07-09,1,0,0',
                f'{WJX_B},2025-07-08,1,0,0', f'{WJX_B},2025-07-09,1,0,0']
case('wjx_csv_gb18030_crlf',
     [('123456789_按选项文本_网民网络安全感满意度调查_1_1.csv',
       gb(csv([WJX_HEAD] + wjx_rows, eol='\r\n')))],
     wjx_expected, [summary(6, 4, 0, 0, 0, nolink=2)])

# Older download: 来自IP before 来源; re-saved by Excel: the times are date cells; one token
# with a prefix around it.
old_head = ['序号', '提交答卷时间', '所用时间', '来自IP', '来源', '来源详情', '1、您的性别']
old_rows = []
for r in wjx_rows:
    y, rest = r[1].split(' ')
    Y, M, D = (int(x) for x in y.split('/'))
    h, mi, s = (int(x) for x in rest.split(':'))
    token = r[4]
    if r[0] == '5':
        token = '单位甲-' + WJX_A
    old_rows.append([r[0], serial(Y, M, D, h, mi, s), r[2], r[5], r[3], token, r[6]])
case('wjx_xlsx_excel_resaved',
     [('123456789_按选项序号_网民网络安全感满意度调查_1_1.xlsx', xlsx([old_head] + old_rows, date_columns=(1,)))],
     wjx_expected, [summary(6, 4, 0, 0, 0, nolink=2)])

# A minimum completion time: 95 s and 88 s are too fast (88 s has no link anyway).
case('wjx_min_seconds',
     [('wjx.csv', csv([WJX_HEAD] + wjx_rows))],
     [f'{WJX_A},2025-07-08,1,0,0', f'{WJX_A},2025-07-09,1,0,0',
      f'{WJX_B},2025-07-08,0,1,0', f'{WJX_B},2025-07-09,1,0,0'],
     [summary(6, 4, 0, 0, 0, nolink=2)], args='--min-seconds 100')

# Two overlapping daily downloads of one questionnaire: the evening one holds the morning's.
case('wjx_overlapping_exports',
     [('1-morning.csv', BOM + csv([WJX_HEAD] + wjx_rows[:3])),
      ('2-evening.csv', BOM + csv([WJX_HEAD] + wjx_rows))],
     wjx_expected, [summary(3, 2, 0, 0, 0, nolink=1), summary(6, 2, 2, 0, 0, nolink=2)])

# The same 序号 in two questionnaires are two responses.
prac_rows = [[r[0], r[1], r[2], r[3], PRAC if r[4] not in ('N/A', '直接访问') else r[4]] + r[5:]
             for r in wjx_rows]
case('two_questionnaires_same_ids',
     [('1-public.csv', csv([WJX_HEAD] + wjx_rows)), ('2-practitioners.csv', csv([WJX_HEAD] + prac_rows))],
     wjx_expected + [f'{PRAC},2025-07-08,2,0,0', f'{PRAC},2025-07-09,2,0,0'],
     [summary(6, 4, 0, 0, 0, nolink=2), summary(6, 4, 0, 0, 0, nolink=2)])

# ---- 腾讯问卷 -----------------------------------------------------------------------------
TEN_HEAD = ['编号', '开始答题时间', '结束答题时间', '答题时长', '地理位置国家和地区', '地理位置省',
            '地理位置市', '自定义字段', '1.您的性别', '2.您常用的上网设备:手机', '2.您常用的上网设备:电脑']
ten_rows = [
    ['1', '08-Jul-2025 20:20:01', '08-Jul-2025 20:26:58', '417', '中国', '广东', '深圳', TEN, '男', '1', '0'],
    ['2', '09-Jul-2025 07:59:30', '09-Jul-2025 08:03:10', '220', '中国', '北京', '北京', '', '女', '1', '1'],
    ['3', '09-Jul-2025 12:00:00', '09-Jul-2025 12:04:00', '240', '中国', '上海', '上海', 'ZZZZ9999ZZZZ9999', '男', '0', '1'],
    ['4', '10-Jul-2025 23:50:00', '11-Jul-2025 00:02:00', '720', '中国', '四川', '成都', TEN.lower(), '女', '1', '0'],
]
case('tencent_csv_quoted_trailing_comma',
     [('腾讯问卷_网民网络安全感满意度调查_导出.csv', BOM + csv([TEN_HEAD] + ten_rows, quote_all=True, trailing=True))],
     [f'{TEN},2025-07-08,1,0,0', f'{TEN},2025-07-11,1,0,0'],
     [summary(4, 2, 0, 0, 1, nolink=1)],
     messages=["unknown link 'ZZZZ9999ZZZZ9999'; not counted", 'unknown link ZZZZ9999ZZZZ9999: 1 row(s)'])
case('tencent_xlsx',
     [('腾讯问卷_导出.xlsx', xlsx([TEN_HEAD + ['']] + [r + [''] for r in ten_rows]))],
     [f'{TEN},2025-07-08,1,0,0', f'{TEN},2025-07-11,1,0,0'],
     [summary(4, 2, 0, 0, 1, nolink=1)])

# ---- 金数据 -------------------------------------------------------------------------------
JSJ_HEAD = ['序号', '您的性别', '提交时间', '扩展属性', '填写设备']
jsj_rows = [
    ['101', '男', '2025-07-10 14:22:05', JSJ.lower() + '  ', '手机'],
    ['102', '女', '2025-07-10 18:01:00', JSJ.replace('0', 'O').replace('1', 'I'), '电脑'],
    ['103', '女', '2025-07-11 09:15:45', '', '手机'],
]
case('jinshuju_xlsx_lower_case_trailing_spaces',
     [('金数据_调查_数据.xlsx', xlsx([JSJ_HEAD] + jsj_rows))],
     [f'{JSJ},2025-07-10,2,0,0'], [summary(3, 2, 0, 0, 0, nolink=1)])
case('jinshuju_csv_semicolon_bom',
     [('金数据.csv', BOM + csv([JSJ_HEAD] + jsj_rows, sep=';'))],
     [f'{JSJ},2025-07-10,2,0,0'], [summary(3, 2, 0, 0, 0, nolink=1)])

# Times as ISO 8601 with an offset (the API's created_at is UTC): each on its China day.
iso_rows = [['serial_number', 'created_at', 'x_field_1'],
            ['1', '2025-07-08T23:40:00Z', JSJ],           # 07-09 07:40 in China
            ['2', '2025-07-07T16:10:00Z', JSJ],           # 07-08 00:10: inside the window
            ['3', '2025-07-09T10:00:00+08:00', JSJ],
            ['4', '2025-07-09 23:30:00 +0800', JSJ],
            ['5', '2025-07-09T16:30:00+0800', JSJ],
            ['6', '2025-07-17T17:00:00Z', JSJ]]           # 07-18 01:00: after the window
case('iso_times_on_china_days',
     [('created_at.csv', csv(iso_rows))],
     [f'{JSJ},2025-07-08,1,0,0', f'{JSJ},2025-07-09,4,0,0'],
     [summary(6, 5, 0, 1, 0)], messages=['2025-07-18 is outside the campaign window'])

# ---- 问卷网 / generic ----------------------------------------------------------------------
WJW_HEAD = ['序号', '开始时间', '结束时间', '答题时长', 'src', '1.您的性别']
wjw_rows = [['1', '2025/7/12 9:00:00', '2025/7/12 9:05:00', '300', WJW, '男'],
            ['2', '2025/7/12 10:00:00', '2025/7/12 10:03:00', '180', 'https://www.wenjuan.com/s/AbCd/?src=' + WJW, '女'],
            ['3', '2025/7/13 10:00:00', '2025/7/13 10:03:00', '180', '', '女']]
case('wenjuan_generic_gbk_tab',
     [('All_Data_Readable.csv', gb(csv([WJW_HEAD] + wjw_rows, sep='\t', eol='\r\n')))],
     [f'{WJW},2025-07-12,2,0,0'], [summary(3, 2, 0, 0, 0, nolink=1)], args='--survey-platform wenjuan')

case('wenjuan_xlsx',
     [('All_Data_Readable.xlsx', xlsx([WJW_HEAD] + wjw_rows))],
     [f'{WJW},2025-07-12,2,0,0'], [summary(3, 2, 0, 0, 0, nolink=1)], args='--survey-platform wenjuan')

# Excel's "sep=," line for another locale's CSV, a token kept as ="..." text.
case('wjx_csv_excel_sep_line',
     [('wjx.csv', 'sep=,\r\n' + csv([WJX_HEAD] + [r[:4] + [r[4] if r[4] in ('N/A', '直接访问') else '="' + r[4] + '"'] + r[5:] for r in wjx_rows], eol='\r\n'))],
     wjx_expected, [summary(6, 4, 0, 0, 0, nolink=2)])

# An export nobody knows: the columns named by hand.
case('generic_columns_named_by_hand',
     [('export.csv', csv([['答卷ID', '完成于', '渠道标识', '备注'],
                          ['a1', '2025-07-12 09:00', WJW, ''],
                          ['a2', '2025-07-12 10:00', WJW.lower(), 'x'],
                          ['a3', '2025-07-13 10:00', '直接访问', '']]))],
     [f'{WJW},2025-07-12,2,0,0'], [summary(3, 2, 0, 0, 0, nolink=1)],
     args='--survey-platform generic --column response_id=答卷ID --column submitted_at=完成于 --column link=渠道标识')

# ---- LimeSurvey ---------------------------------------------------------------------------
LIME_HEAD = ['id', 'submitdate', 'lastpage', 'startlanguage', 'seed', 'token', 'startdate', 'datestamp', 'G01Q01']
lime_rows = [['1', '2025-07-14 10:00:00', '3', 'zh-Hans', '12345', LIME, '2025-07-14 09:50:00', '2025-07-14 10:00:00', 'A1'],
             ['2', '', '1', 'zh-Hans', '23456', LIME, '2025-07-14 11:00:00', '2025-07-14 11:02:00', ''],
             ['3', '2025-07-15 08:00:00', '3', 'zh-Hans', '34567', LIME.lower(), '2025-07-15 07:55:00', '2025-07-15 08:00:00', 'A2'],
             ['4', '2025-07-15 09:00:00', '3', 'zh-Hans', '45678', '', '2025-07-15 08:55:00', '2025-07-15 09:00:00', 'A1']]
lime_expected = [f'{LIME},2025-07-14,1,0,0', f'{LIME},2025-07-15,1,0,0']
case('limesurvey_csv_bom_crlf',
     [('results-survey123456.csv', BOM + csv([LIME_HEAD] + lime_rows, quote_nonempty=True, eol='\r\n', blank_last=True))],
     lime_expected, [summary(4, 2, 0, 0, 0, nolink=1, incomplete=1)])
case('limesurvey_csv_semicolon',
     [('results-survey123456.csv', BOM + csv([LIME_HEAD] + lime_rows, sep=';', quote_nonempty=True, eol='\r\n', blank_last=True))],
     lime_expected, [summary(4, 2, 0, 0, 0, nolink=1, incomplete=1)])

case('limesurvey_xlsx',
     [('results-survey123456.xlsx', xlsx([LIME_HEAD] + lime_rows))],
     lime_expected, [summary(4, 2, 0, 0, 0, nolink=1, incomplete=1)])

# ---- Qualtrics ----------------------------------------------------------------------------
Q_HEAD = ['StartDate', 'EndDate', 'Status', 'IPAddress', 'Progress', 'Duration (in seconds)', 'Finished',
          'RecordedDate', 'ResponseId', 'DistributionChannel', 'UserLanguage', 'Q1', 'src']
Q_LABELS = ['Start Date', 'End Date', 'Response Type', 'IP Address', 'Progress', 'Duration (in seconds)',
            'Finished', 'Recorded Date', 'Response ID', 'Distribution Channel', 'User Language',
            '您的性别', 'src']
Q_IDS = ['{"ImportId":"startDate","timeZone":"Asia/Shanghai"}', '{"ImportId":"endDate","timeZone":"Asia/Shanghai"}',
         '{"ImportId":"status"}', '{"ImportId":"ipAddress"}', '{"ImportId":"progress"}', '{"ImportId":"duration"}',
         '{"ImportId":"finished"}', '{"ImportId":"recordedDate","timeZone":"Asia/Shanghai"}',
         '{"ImportId":"_recordId"}', '{"ImportId":"distributionChannel"}', '{"ImportId":"userLanguage"}',
         '{"ImportId":"QID1"}', '{"ImportId":"src"}']
q_rows = [
    ['2025-07-16 09:00:00', '2025-07-16 09:06:00', 'Survey Preview', '', '100', '360', 'True', '2025-07-16 09:06:01', 'R_1aPreview0001', 'preview', 'ZH-S', '1', QUAL],
    ['2025-07-16 10:00:00', '2025-07-16 10:05:00', 'IP Address', '203.0.113.20', '100', '300', 'True', '2025-07-16 10:05:02', 'R_2bResponse002', 'anonymous', 'ZH-S', '2', QUAL],
    ['2025-07-16 11:00:00', '2025-07-16 11:01:00', 'IP Address', '203.0.113.21', '40', '60', 'False', '2025-07-17 11:01:00', 'R_3cUnfinished3', 'anonymous', 'ZH-S', '', QUAL],
    ['2025-07-17 08:00:00', '2025-07-17 08:04:00', 'IP Address', '203.0.113.22', '100', '240', 'True', '2025-07-17 08:04:05', 'R_4dResponse004', 'anonymous', 'ZH-S', '1', ''],
]
q_expected = [f'{QUAL},2025-07-16,1,1,0', f'{QUAL},2025-07-17,0,1,0']
case('qualtrics_csv_three_header_rows',
     [('网民调查_July+16,+2025_10.00.csv', BOM + csv([Q_HEAD, Q_LABELS, Q_IDS] + q_rows))],
     q_expected, [summary(4, 3, 0, 0, 0, nolink=1)])
case('qualtrics_xlsx',
     [('网民调查_July+16,+2025_10.00.xlsx', xlsx([Q_HEAD, Q_LABELS, Q_IDS] + q_rows))],
     q_expected, [summary(4, 3, 0, 0, 0, nolink=1)])

# ---- Re-import after an unknown link was issued (tst_tallies_platforms::reimport) ----------
re_rows = [['1', '08-Jul-2025 20:20:01', '08-Jul-2025 20:26:58', '417', '中国', '广东', '深圳', TEN, '男', '1', '0'],
           ['2', '09-Jul-2025 07:59:30', '09-Jul-2025 08:03:10', '220', '中国', '北京', '北京', LATE, '女', '1', '1'],
           ['3', '09-Jul-2025 12:00:00', '09-Jul-2025 12:04:00', '240', '中国', '上海', '上海', LATE, '男', '0', '1']]
d = os.path.join(here, 'platforms_reimport')
if os.path.isdir(d):
    shutil.rmtree(d)
write(os.path.join(d, 'tencent.csv'), BOM + csv([TEN_HEAD] + re_rows, quote_all=True, trailing=True))
