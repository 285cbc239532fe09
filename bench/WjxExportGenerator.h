#pragma once

#include <QString>

// Writes a 问卷星 (wjx.cn) style per-response export for the tally benchmark, from the facts in
// DOMAIN.md: one sheet, one header row, the leading columns 序号, 提交答卷时间, 所用时间, 来源,
// 来源详情, 来自IP, then one column per question headed "N、题干". 序号 counts 1, 2, 3, ...;
// 提交答卷时间 is "2024/7/17 9:02:11" (month, day and hour not padded); 所用时间 "143秒";
// 来源详情 carries the sojumpparm token (tk0000 ...), or 直接访问 for about 3 % of rows; answers in
// the 按选项序号 download mode (codes, multiple choice joined with ┋, skipped -3) except every
// eighth question, a fill-in one, with short text or (跳过).
class WjxExportGenerator
{
public:
    WjxExportGenerator(qint64 rows, int links, int questions = 40);

    // Writes the CSV (UTF-8, CRLF as wjx downloads are); false when the file cannot be written.
    bool writeCsv(const QString &path) const;
    // Writes the same rows as .xlsx through XlsxWriter (libxlsxwriter in constant-memory mode,
    // so 1M rows fit in a few MB); false on error.
    bool writeXlsx(const QString &path) const;

private:
    struct Row;
    Row row(qint64 index, quint64 &state) const;

    qint64 m_rows;
    int m_links;
    int m_questions;
};
