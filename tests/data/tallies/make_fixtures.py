#!/usr/bin/env python3
"""Writes the golden tally-import cases for tst_tallies_import (run once; outputs committed).

Every case runs against the same fixture (made by the test): campaign 2024, window
2024-07-17..2024-07-26, base URL https://survey.example.cn/q; active links ab12, cd34, ef56;
revoked link gh78; link old1 belongs to campaign 2023.

cases/<case>/: input files imported in name order, one `secretariat-cli tallies import` run
each (args: extra arguments), expected.csv (token,day,valid,invalid,suggestions: the whole
daily_tallies table afterwards), expected-summary.txt (the last stdout line of each run),
optional expected-warnings.txt (texts that must appear in the output).
malformed/<case>/: one input file and expected-messages.txt (lines the error list must contain); the
database must be unchanged.
The .xlsx inputs of the xlsx_* cases are made by LibreOffice from the source-*.csv beside them."""
import os, shutil, subprocess, zipfile

here = os.path.dirname(os.path.abspath(__file__))

def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))

def case(name, inputs, expected, summaries, args=None, messages=None):
    d = os.path.join(here, 'cases', name)
    if os.path.isdir(d):
        shutil.rmtree(d)
    for fname, data in inputs:
        write(os.path.join(d, fname), data)
    write(os.path.join(d, 'expected.csv'), 'token,day,valid,invalid,suggestions\n' + ''.join(l + '\n' for l in expected))
    write(os.path.join(d, 'expected-summary.txt'), ''.join(s + '\n' for s in summaries))
    if args:
        write(os.path.join(d, 'args'), args + '\n')
    if messages:
        write(os.path.join(d, 'expected-warnings.txt'), ''.join(m + '\n' for m in messages))

def summary(read, acc, dup, rej, unk):
    return f'read {read}, accepted {acc}, duplicate {dup}, rejected {rej}, unknown-link {unk}'

URL = 'https://survey.example.cn/q'

# --- daily files -------------------------------------------------------------------------
case('gb18030_daily_crlf',
     [('1-daily.csv', ('链接编号,日期,有效样本数,意见建议数\r\n'
                       'ab12,2024年7月17日,15,2\r\n'
                       f'{URL}?src=cd34&utm=wx,2024/7/17,7,0\r\n'
                       'ab12,2024-07-18,20,1\r\n'
                       '"ef56",2024.7.19,0,\r\n').encode('gb18030'))],
     ['ab12,2024-07-17,15,0,2', 'ab12,2024-07-18,20,0,1', 'cd34,2024-07-17,7,0,0', 'ef56,2024-07-19,0,0,0'],
     [summary(4, 4, 0, 0, 0)], messages=['GB18030'])
case('semicolon_daily_serials',
     [('1-daily.csv', 'link;date;valid samples;suggestions\nab12;45490;3;1\ncd34;45499;4;0\nab12;2024-07-18;5;0\n')],
     ['ab12,2024-07-17,3,0,1', 'ab12,2024-07-18,5,0,0', 'cd34,2024-07-26,4,0,0'],
     [summary(3, 3, 0, 0, 0)])
case('daily_twice',
     [('1-daily.csv', '链接,日期,有效样本数\nab12,2024-07-17,10\ncd34,2024-07-17,4\n'),
      ('2-daily-again.csv', '链接,日期,有效样本数\nab12,2024-07-17,10\ncd34,2024-07-17,4\n')],
     ['ab12,2024-07-17,10,0,0', 'cd34,2024-07-17,4,0,0'],
     [summary(2, 2, 0, 0, 0), summary(0, 0, 0, 0, 0)], messages=['already imported'])
case('daily_correction',
     [('1-daily.csv', '链接,日期,有效样本数,意见建议数\nab12,2024-07-17,10,3\ncd34,2024-07-17,4,1\nab12,2024-07-18,6,0\n'),
      ('2-correction.csv', '链接,日期,有效样本数\nab12,2024-07-17,12\n')],
     ['ab12,2024-07-17,12,0,3', 'ab12,2024-07-18,6,0,0', 'cd34,2024-07-17,4,0,1'],
     [summary(3, 3, 0, 0, 0), summary(1, 1, 0, 0, 0)])
case('daily_repeated_row',
     [('1-daily.csv', 'token,day,valid,invalid\nab12,2024-07-17,10,2\nab12,2024-07-17,10,2\n')],
     ['ab12,2024-07-17,10,2,0'], [summary(2, 1, 1, 0, 0)])
case('revoked_and_unknown_links',
     [('1-daily.csv', f'链接,日期,有效样本数\nab12,2024-07-17,10\ngh78,2024-07-17,5\nnope,2024-07-17,3\nold1,2024-07-17,2\n{URL}?src=zz00,2024-07-18,1\n')],
     ['ab12,2024-07-17,10,0,0'], [summary(5, 1, 0, 0, 4)],
     messages=["link: link 'gh78' has been revoked; not counted", "link: unknown link 'nope'; not counted"])
case('out_of_window',
     [('1-daily.csv', '链接,日期,有效样本数\nab12,2024-07-16,10\nab12,2024-07-17,1\nab12,2024-07-26,2\ncd34,2024-07-27,5\n')],
     ['ab12,2024-07-17,1,0,0', 'ab12,2024-07-26,2,0,0'], [summary(4, 2, 0, 2, 0)],
     messages=['day: 2024-07-16 is outside the campaign window 2024-07-17..2024-07-26'])
case('skip_invalid',
     [('1-daily.csv', '链接,日期,有效样本数\nab12,2024-07-17,10\ncd34,2024-07-17,x\nab12,2024-07-18,2\n,2024-07-18,1\nnope,2024-07-18,1\n')],
     ['ab12,2024-07-17,10,0,0', 'ab12,2024-07-18,2,0,0'], [summary(5, 2, 0, 2, 1)],
     args='--skip-invalid', messages=['row(s) not counted written to'])

case('empty_rows_below_data',
     [('1-daily.csv', '链接,日期,有效样本数,\r\nab12,2024-07-17,10,\r\n,,,\r\ncd34,2024-07-18,3,\r\n,,,\r\n , , ,\r\n')],
     ['ab12,2024-07-17,10,0,0', 'cd34,2024-07-18,3,0,0'], [summary(2, 2, 0, 0, 0)])

# --- responses files ---------------------------------------------------------------------
case('bom_responses',
     [('1-responses.csv', '\ufeff答卷编号,链接,提交时间,是否有效,地区\n'
                          'R1,ab12,2024-07-17 08:00:01,是,北京\n'
                          'R2,ab12,2024-07-17 23:59,否,北京\n'
                          f'R3,{URL}?src=cd34,2024/7/18 9:05:00,1,上海\n'
                          'R4,cd34,2024-07-18T10:00:00+08:00,true,\n'
                          'R5,ab12,2024年7月17日 12:00,0,广东\n')],
     ['ab12,2024-07-17,1,2,0', 'cd34,2024-07-18,2,0,0'], [summary(5, 5, 0, 0, 0)], messages=['UTF-8 (BOM)'])
case('tab_responses',
     [('1-responses.tsv', 'response id\tlink\tsubmitted at\tvalid\n'
                          'a-1\tab12\t2024-07-20 10:00:00\tTRUE\n'
                          'a-2\tef56\t2024-07-20 11:00:00\tFalse\n'
                          'a-3\tef56\t2024-07-21 00:00:00\tyes\n'
                          'a-1\tab12\t2024-07-20 10:00:00\tTRUE\n')],
     ['ab12,2024-07-20,1,0,0', 'ef56,2024-07-20,0,1,0', 'ef56,2024-07-21,1,0,0'], [summary(4, 3, 1, 0, 0)],
     messages=['delimiter tab'])
case('quoted_newlines',
     [('1-responses.csv', 'ResponseID,Link,Submitted,Valid,Region\r\n'
                          '"Q,1",ab12,2024-07-22 10:00,1,"Beijing,\r\nChaoyang"\r\n'
                          '"Q ""2""",cd34,2024-07-22 10:01,1,"multi\nline\nregion"\r\n'
                          'Q3,"ab12",2024-07-23 10:02,0,\r\n')],
     ['ab12,2024-07-22,1,0,0', 'ab12,2024-07-23,0,1,0', 'cd34,2024-07-22,1,0,0'], [summary(3, 3, 0, 0, 0)])
case('overlapping_responses',
     [('1-export-morning.csv', '答卷编号,链接,提交时间,是否有效\n'
                               '1001,ab12,2024-07-17 09:00,1\n1002,ab12,2024-07-17 09:30,1\n'
                               '1003,cd34,2024-07-17 10:00,0\n1004,cd34,2024-07-18 10:00,1\n'),
      ('2-export-evening.csv', '答卷编号,链接,提交时间,是否有效\n'
                               '1003,cd34,2024-07-17 10:00,0\n1004,cd34,2024-07-18 10:00,1\n'
                               '1005,ab12,2024-07-17 18:00,1\n1006,ef56,2024-07-18 19:00,1\n'
                               '1006,ef56,2024-07-18 19:00,1\n')],
     ['ab12,2024-07-17,3,0,0', 'cd34,2024-07-17,0,1,0', 'cd34,2024-07-18,1,0,0', 'ef56,2024-07-18,1,0,0'],
     [summary(4, 4, 0, 0, 0), summary(5, 2, 3, 0, 0)])
case('responses_unknown_and_window',
     [('1-responses.csv', '答卷编号,链接,提交时间,是否有效\n'
                          'x1,gh78,2024-07-17 09:00,1\nx2,nope,2024-07-17 09:00,1\n'
                          'x3,ab12,2024-07-27 00:00:01,1\nx4,ab12,2024-07-26 24:00,1\nx5,ab12,2024-07-16 23:59:59,1\n')],
     ['ab12,2024-07-26,1,0,0'], [summary(5, 1, 0, 2, 2)])
case('responses_then_daily_replaces',
     [('1-responses.csv', '答卷编号,链接,提交时间,是否有效\nr1,ab12,2024-07-17 09:00,1\nr2,ab12,2024-07-17 09:10,1\n'),
      ('2-daily.csv', '链接,日期,有效样本数\nab12,2024-07-17,40\n'),
      ('3-responses.csv', '答卷编号,链接,提交时间,是否有效\nr2,ab12,2024-07-17 09:10,1\nr3,ab12,2024-07-17 09:20,1\n')],
     ['ab12,2024-07-17,41,0,0'], [summary(2, 2, 0, 0, 0), summary(1, 1, 0, 0, 0), summary(2, 1, 1, 0, 0)])

# --- Excel's traces (issue #14): "Unicode text", sep=|, ="…" in every column -------------
case('utf16le_unicode_text_daily',
     [('1-daily.txt', b'\xff\xfe' + ('链接\t日期\t有效样本数\t意见建议数\r\n'
                                     '="ab12"\t2024/7/17\t15\t2\r\n'
                                     f'="{URL}?src=cd34"\t2024年7月18日\t7\t0\r\n').encode('utf-16-le'))],
     ['ab12,2024-07-17,15,0,2', 'cd34,2024-07-18,7,0,0'],
     [summary(2, 2, 0, 0, 0)], messages=['UTF-16LE'])
case('sep_pipe_text_formulas_every_column',
     [('1-daily.csv', '\ufeffsep=|\r\nlink|date|valid samples|suggestions\r\n'
                      '="ab12"|="2024-07-17"|="3"|="1"\r\n'
                      f'="{URL}?src=cd34"|="2024/7/18"|="4"|="0"\r\n')],
     ['ab12,2024-07-17,3,0,1', 'cd34,2024-07-18,4,0,0'],
     [summary(2, 2, 0, 0, 0)])

# --- .xlsx made by LibreOffice -----------------------------------------------------------
def libreoffice_case(name, source, expected, summaries):
    d = os.path.join(here, 'cases', name)
    if os.path.isdir(d):
        shutil.rmtree(d)
    write(os.path.join(d, 'source-1.csv'), source)
    tmp = '/tmp/tallies-lo'
    os.makedirs(tmp, exist_ok=True)
    env = dict(os.environ, HOME='/tmp/tallies-lo-home')
    subprocess.run(['soffice', '--headless', '--infilter=CSV:44,34,76,1', '--convert-to', 'xlsx',
                    '--outdir', tmp, os.path.join(d, 'source-1.csv')], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, 'source-1.xlsx'), os.path.join(d, '1-input.xlsx'))
    write(os.path.join(d, 'expected.csv'), 'token,day,valid,invalid,suggestions\n' + ''.join(l + '\n' for l in expected))
    write(os.path.join(d, 'expected-summary.txt'), ''.join(s + '\n' for s in summaries))
    write(os.path.join(d, 'expected-warnings.txt'), 'xlsx\n')

libreoffice_case('xlsx_libreoffice_daily',
                 '链接,日期,有效样本数,意见建议数\nab12,2024-07-17,15,2\ncd34,2024-07-18,7,0\n' + f'{URL}?src=ef56,2024-07-26,1,1\n',
                 ['ab12,2024-07-17,15,0,2', 'cd34,2024-07-18,7,0,0', 'ef56,2024-07-26,1,0,1'], [summary(3, 3, 0, 0, 0)])
libreoffice_case('xlsx_libreoffice_responses',
                 '答卷编号,链接,提交时间,是否有效\n5001,ab12,2024-07-17 10:11:12,1\n5002,ab12,2024-07-17 23:59:59,0\n5003,cd34,2024-07-19 00:00:00,1\n',
                 ['ab12,2024-07-17,1,1,0', 'cd34,2024-07-19,1,0,0'], [summary(3, 3, 0, 0, 0)])

# --- malformed files: each rejects the whole file -------------------------------------------
def bad(name, fname, data, *messages):
    d = os.path.join(here, 'malformed', name)
    if os.path.isdir(d):
        shutil.rmtree(d)
    write(os.path.join(d, fname), data)
    write(os.path.join(d, 'expected-messages.txt'), ''.join(m + '\n' for m in messages))

H = '链接,日期,有效样本数\n'
R = '答卷编号,链接,提交时间,是否有效\n'
bad('unterminated_quote', 'input.csv', H + 'ab12,2024-07-17,1\n"cd34,2024-07-17,2\nef56,2024-07-17,3\n',
    'input.csv:3: a quoted field is not closed')
bad('text_after_quote', 'input.csv', H + '"ab12"x,2024-07-17,1\n', 'input.csv:2: unexpected text after a closing quote')
bad('empty_file', 'input.csv', '', 'input.csv: the file is empty')
bad('header_only', 'input.csv', H, 'input.csv:1: the file has no data rows')
bad('unknown_header', 'input.csv', 'name,amount\nab12,3\n', 'input.csv:1: cannot tell from the header')
bad('responses_missing_flag', 'input.csv', '答卷编号,链接,提交时间\n1,ab12,2024-07-17 10:00\n', 'input.csv:1: valid: the required column valid is missing')
bad('responses_missing_link', 'input.csv', '答卷编号,提交时间,是否有效\n1,2024-07-17 10:00,1\n', 'input.csv:1: link: the required column link is missing')
bad('daily_bad_number', 'input.csv', H + 'ab12,2024-07-17,abc\n', "input.csv:2: valid_samples: 'abc' is not a number of samples")
bad('daily_negative', 'input.csv', H + 'ab12,2024-07-17,-5\n', "input.csv:2: valid_samples: '-5' is not a number of samples")
bad('daily_decimal', 'input.csv', H + 'ab12,2024-07-17,1.5\n', "input.csv:2: valid_samples: '1.5' is not a number of samples")
bad('daily_huge_number', 'input.csv', H + 'ab12,2024-07-17,99999999999999999\n', "input.csv:2: valid_samples: '99999999999999999' is not a number")
bad('daily_empty_valid', 'input.csv', H + 'ab12,2024-07-17,\n', "input.csv:2: valid_samples: '' is not a number of samples")
bad('daily_bad_month', 'input.csv', H + 'ab12,2024-13-01,1\n', "input.csv:2: day: '2024-13-01' is not a date")
bad('daily_feb30', 'input.csv', H + 'ab12,2024-02-30,1\n', "input.csv:2: day: '2024-02-30' is not a date")
bad('daily_date_words', 'input.csv', H + 'ab12,yesterday,1\n', "input.csv:2: day: 'yesterday' is not a date")
bad('daily_day_first', 'input.csv', H + 'ab12,17/07/2024,1\n', "input.csv:2: day: '17/07/2024' is not a date")
bad('daily_time_in_date', 'input.csv', H + 'ab12,2024-07-17 10:00,1\n', "input.csv:2: day: '2024-07-17 10:00' is not a date")
bad('daily_empty_date', 'input.csv', H + 'ab12,,1\n', 'input.csv:2: day: the date is empty')
bad('daily_empty_link', 'input.csv', H + ',2024-07-17,1\n', 'input.csv:2: link: the link is empty')
bad('daily_url_without_src', 'input.csv', H + f'{URL}?from=wx,2024-07-17,1\n', f"input.csv:2: link: '{URL}?from=wx' has no link token")
bad('daily_bad_suggestions', 'input.csv', '链接,日期,有效样本数,意见建议数\nab12,2024-07-17,1,many\n', "input.csv:2: suggestions: 'many' is not a number of suggestions")
bad('daily_bad_invalid', 'input.csv', 'link,date,valid,invalid\nab12,2024-07-17,1,?\n', "input.csv:2: invalid_samples: '?' is not a number of samples")
bad('daily_conflicting_rows', 'input.csv', H + 'ab12,2024-07-17,1\ncd34,2024-07-17,1\nab12,2024-07-17,2\n',
    "input.csv:4: valid_samples: link 'ab12' on 2024-07-17 is already on line 2 with other figures")
bad('responses_bad_flag', 'input.csv', R + '1,ab12,2024-07-17 10:00,maybe\n', "input.csv:2: valid: 'maybe' is not a valid flag")
bad('responses_empty_id', 'input.csv', R + ',ab12,2024-07-17 10:00,1\n', 'input.csv:2: response_id: the response ID is empty')
bad('responses_bad_hour', 'input.csv', R + '1,ab12,2024-07-17 25:00,1\n', "input.csv:2: submitted_at: '2024-07-17 25:00' is not a date and time")
bad('responses_bad_minute', 'input.csv', R + '1,ab12,2024-07-17 10:61,1\n', "input.csv:2: submitted_at: '2024-07-17 10:61' is not a date and time")
bad('responses_trailing_garbage', 'input.csv', R + '1,ab12,2024-07-17 10:00 PM,1\n', "input.csv:2: submitted_at: '2024-07-17 10:00 PM' is not a date and time")
bad('responses_missing_cells', 'input.csv', R + '1,ab12\n', 'input.csv:2: submitted_at: the date is empty', "input.csv:2: valid: '' is not a valid flag")
bad('gb18030_bad_number', 'input.csv', ('链接编号,日期,有效样本数\r\nab12,2024年7月17日,十\r\n').encode('gb18030'),
    "input.csv:2: valid_samples: '十' is not a number of samples")
bad('tsv_bad_flag', 'input.tsv', 'response id\tlink\tsubmitted at\tvalid\nz1\tab12\t2024-07-17 10:00\tok\n', "input.tsv:2: valid: 'ok' is not a valid flag")
bad('several_bad_rows', 'input.csv', H + 'ab12,2024-07-17,x\ncd34,2024-07-17,2\nef56,2024-99-17,3\n',
    "input.csv:2: valid_samples: 'x' is not a number", "input.csv:4: day: '2024-99-17' is not a date")
bad('bad_row_after_many_good', 'input.csv', H + ''.join(f'ab12,2024-07-{17 + i % 10},{i}\n' for i in range(10))
    + ''.join(f'cd34,2024-07-{17 + i % 10},{i}\n' for i in range(10)) + 'ef56,2024-07-17,1\n' * 0 + 'ef56,2024-07-17,one\n',
    "input.csv:22: valid_samples: 'one' is not a number")
bad('excel_scientific_decimal_comma', 'input.csv',
    'sep=;\r\nlink;date;valid samples\r\nab12;2024-07-17;1\r\n1,23457E+15;2024-07-17;2\r\n',
    "input.csv:4: link: '1,23457E+15': its digits were lost in Excel")
bad('not_a_workbook', 'input.xlsx', H + 'ab12,2024-07-17,1\n', 'input.xlsx is not an .xlsx workbook')
bad('old_xls', 'input.xls', b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\0' * 504, 'old binary .xls files cannot be read')

# A workbook with a bad count, written by hand (shared strings, numbers).
d = os.path.join(here, 'malformed', 'xlsx_bad_number')
if os.path.isdir(d):
    shutil.rmtree(d)
os.makedirs(d)
with zipfile.ZipFile(os.path.join(d, 'input.xlsx'), 'w') as z:
    z.writestr('xl/workbook.xml', '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr('xl/_rels/workbook.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    z.writestr('xl/sharedStrings.xml', '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>链接</t></si><si><t>日期</t></si><si><t>有效样本数</t></si><si><t>ab12</t></si><si><t>2024-07-17</t></si><si><t>n/a</t></si></sst>')
    z.writestr('xl/worksheets/sheet1.xml', '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
               '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
               '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2"><v>4</v></c></row>'
               '<row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3" t="s"><v>4</v></c><c r="C3" t="s"><v>5</v></c></row>'
               '</sheetData></worksheet>')
write(os.path.join(d, 'expected-messages.txt'), "input.xlsx:3: valid_samples: 'n/a' is not a number of samples\n")
