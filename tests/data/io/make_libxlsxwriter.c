/* Writes tests/data/io/xlsx_libxlsxwriter{,_constant_memory}/input.xlsx with libxlsxwriter (the
 * library behind io/XlsxWriter), as a program linking it writes them: shared strings (or inline
 * strings in constant-memory mode), numbers, booleans, a formula with its cached result, dates
 * with a date format, blanks with a format, text with newlines, leading zeros, Chinese, control
 * characters (escaped _x0001_) and a literal "_x000D_" (escaped _x005F_x000D_). Run by
 * make_xlsx_fixtures.py:  cc make_libxlsxwriter.c -lxlsxwriter -o /tmp/mk && /tmp/mk OUT 0|1 */
#include <xlsxwriter.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    if (argc < 3)
        return 2;
    lxw_workbook_options options = {.constant_memory = (uint8_t)atoi(argv[2])};
    lxw_workbook *book = workbook_new_opt(argv[1], &options);
    lxw_worksheet *sheet = workbook_add_worksheet(book, "答卷");
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format *datetime = workbook_add_format(book);
    format_set_num_format(datetime, "yyyy/m/d h:mm:ss");
    lxw_format *money = workbook_add_format(book);
    format_set_num_format(money, "0.00");
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);

    worksheet_write_string(sheet, 0, 0, "序号", bold);
    worksheet_write_string(sheet, 0, 1, "提交答卷时间", bold);
    worksheet_write_string(sheet, 0, 2, "来源详情", bold);
    worksheet_write_string(sheet, 0, 3, "1、您的意见", bold);
    worksheet_write_string(sheet, 0, 4, "金额", bold);
    worksheet_write_string(sheet, 0, 5, "有效", bold);

    lxw_datetime t1 = {2024, 7, 17, 9, 2, 11};
    worksheet_write_number(sheet, 1, 0, 1, NULL);
    worksheet_write_datetime(sheet, 1, 1, &t1, datetime);
    worksheet_write_string(sheet, 1, 2, "00123", NULL);
    worksheet_write_string(sheet, 1, 3, "第一行\n第二行 \"引号\" & <尖括号>", NULL);
    worksheet_write_number(sheet, 1, 4, 1.5, money);
    worksheet_write_boolean(sheet, 1, 5, 1, NULL);

    lxw_datetime d2 = {2024, 7, 18, 0, 0, 0};
    worksheet_write_number(sheet, 2, 0, 2, NULL);
    worksheet_write_datetime(sheet, 2, 1, &d2, date);
    worksheet_write_string(sheet, 2, 2, "  leading and trailing spaces  ", NULL);
    worksheet_write_string(sheet, 2, 3, "ctrl\x01" "char and a literal _x000D_", NULL);
    worksheet_write_number(sheet, 2, 4, 0.001, NULL);
    worksheet_write_boolean(sheet, 2, 5, 0, NULL);

    worksheet_write_formula_num(sheet, 3, 0, "=A3+1", NULL, 3);
    worksheet_write_blank(sheet, 3, 1, date);
    worksheet_write_string(sheet, 3, 2, "直接访问", NULL);
    worksheet_write_number(sheet, 3, 4, 12345678901234567.0, NULL);
    worksheet_write_number(sheet, 3, 5, -42, NULL);

    /* row 5 left out; row 6 sparse */
    worksheet_write_string(sheet, 5, 3, "𠮷 (a character beyond the BMP)", NULL);
    worksheet_write_number(sheet, 5, 4, 1e-7, NULL);

    return workbook_close(book) == LXW_NO_ERROR ? 0 : 1;
}
