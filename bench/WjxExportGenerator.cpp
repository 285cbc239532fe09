#include "WjxExportGenerator.h"

#include "io/XlsxWriter.h"

#include <QFile>
#include <QStringList>
#include <QVariantList>

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
const char *const kTexts[]
    = {"(跳过)", "无",      "希望加强个人信息保护", "网速有待提高", "(跳过)", "客服响应慢",
       "(跳过)", "整体满意"};

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
              << ((r >> 50) % 100 < 3
                      ? QByteArray("直接访问")
                      : "tk" + QByteArray::number(r % quint64(m_links)).rightJustified(4, '0'))
              << "203.0.113." + QByteArray::number((r >> 5) % 250) + "(" + kPlaces[(r >> 7) % 5]
            + ")";
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
    XlsxWriter writer;
    writer.setConstantMemory(true);
    if (!writer.open(path) || !writer.addSheet(QStringLiteral("Sheet1")))
        return false;
    QStringList header
        = {QStringLiteral("序号"), QStringLiteral("提交答卷时间"), QStringLiteral("所用时间"),
           QStringLiteral("来源"), QStringLiteral("来源详情"),     QStringLiteral("来自IP")};
    for (int q = 1; q <= m_questions; ++q)
        header << QStringLiteral("%1、您对第%1项的评价").arg(q);
    if (!writer.writeHeader(header))
        return false;
    quint64 x = 0x9E3779B97F4A7C15ULL;
    QVariantList cells;
    for (qint64 i = 0; i < m_rows; ++i) {
        const Row r = row(i, x);
        cells.clear();
        cells << QVariant(i + 1); // 序号 is a number cell in real downloads; the rest text
        for (qsizetype c = 1; c < r.cells.size(); ++c)
            cells << QString::fromUtf8(r.cells.at(c));
        if (!writer.writeRow(cells))
            return false;
    }
    return writer.close().isEmpty();
}
