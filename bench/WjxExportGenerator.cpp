#include "WjxExportGenerator.h"

#include <QFile>
#include <QStringList>

#include <xlsxwriter.h>

struct WjxExportGenerator::Row
{
    QList<QByteArray> cells;
};

namespace {

quint64 next(quint64 &x)
{
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return x;
}

const char *const kSources[] = {"手机提交", "链接", "微信"};
const char *const kPlaces[] = {"广东-深圳", "北京-北京", "上海-上海", "浙江-杭州", "四川-成都"};
const char *const kTexts[] = {"(跳过)", "无", "希望加强个人信息保护", "网速有待提高",
                              "(跳过)", "客服响应慢", "(跳过)", "整体满意"};

QByteArray answer(int question, quint64 r)
{
    if (question % 8 == 7)
        return kTexts[r % 8];
    if (r % 23 == 0)
        return "-3"; // skipped
    if (question % 5 == 4) { // multiple choice
        QByteArray a = QByteArray::number(1 + r % 3);
        if ((r >> 8) % 2)
            a += "┋" + QByteArray::number(4 + (r >> 9) % 3);
        return a;
    }
    return QByteArray::number(1 + r % 5);
}

QByteArray csvCell(const QByteArray &cell)
{
    return cell.contains(',') ? '"' + cell + '"' : cell;
}

} // namespace

WjxExportGenerator::WjxExportGenerator(qint64 rows, int links, int questions)
    : m_rows(rows)
    , m_links(links)
    , m_questions(questions)
{}

WjxExportGenerator::Row WjxExportGenerator::row(qint64 index, quint64 &x) const
{
    Row row;
    row.cells.reserve(6 + m_questions);
    const quint64 r = next(x);
    const int day = 17 + int((r >> 20) % 10), secs = int((r >> 30) % 86400);
    row.cells << QByteArray::number(index + 1)
              << "2024/7/" + QByteArray::number(day) + " " + QByteArray::number(secs / 3600) + ":"
            + QByteArray::number(secs / 60 % 60).rightJustified(2, '0') + ":"
            + QByteArray::number(secs % 60).rightJustified(2, '0')
              << QByteArray::number(60 + (r >> 40) % 900) + "秒" << kSources[(r >> 12) % 3]
              << ((r >> 50) % 100 < 3 ? QByteArray("直接访问")
                                      : "tk" + QByteArray::number(r % quint64(m_links))
                                                   .rightJustified(4, '0'))
              << "203.0.113." + QByteArray::number((r >> 5) % 250) + "("
            + kPlaces[(r >> 7) % 5] + ")";
    for (int q = 0; q < m_questions; ++q)
        row.cells << answer(q, next(x));
    return row;
}

bool WjxExportGenerator::writeCsv(const QString &path) const
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray buf = "序号,提交答卷时间,所用时间,来源,来源详情,来自IP";
    for (int q = 1; q <= m_questions; ++q)
        buf += "," + QByteArray::number(q) + "、您对第" + QByteArray::number(q) + "项的评价";
    buf += "\r\n";
    quint64 x = 0x9E3779B97F4A7C15ULL;
    for (qint64 i = 0; i < m_rows; ++i) {
        const Row r = row(i, x);
        for (qsizetype c = 0; c < r.cells.size(); ++c)
            buf += (c ? "," : "") + csvCell(r.cells.at(c));
        buf += "\r\n";
        if (buf.size() > (1 << 20)) {
            f.write(buf);
            buf.clear();
        }
    }
    return f.write(buf) == buf.size();
}

bool WjxExportGenerator::writeXlsx(const QString &path) const
{
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_TRUE;
    lxw_workbook *book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!book)
        return false;
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Sheet1");
    QStringList header = {QStringLiteral("序号"), QStringLiteral("提交答卷时间"),
                          QStringLiteral("所用时间"), QStringLiteral("来源"),
                          QStringLiteral("来源详情"), QStringLiteral("来自IP")};
    for (int q = 1; q <= m_questions; ++q)
        header << QStringLiteral("%1、您对第%1项的评价").arg(q);
    for (int c = 0; c < header.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), header.at(c).toUtf8().constData(), nullptr);
    quint64 x = 0x9E3779B97F4A7C15ULL;
    for (qint64 i = 0; i < m_rows; ++i) {
        const Row r = row(i, x);
        // 序号 is a number cell in real downloads; the rest text.
        worksheet_write_number(sheet, lxw_row_t(i + 1), 0, double(i + 1), nullptr);
        for (qsizetype c = 1; c < r.cells.size(); ++c)
            worksheet_write_string(sheet, lxw_row_t(i + 1), lxw_col_t(c),
                                   r.cells.at(c).constData(), nullptr);
    }
    return workbook_close(book) == LXW_NO_ERROR;
}
