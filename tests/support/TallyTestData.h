#pragma once

// What the tally import tests (tst_tallies_import, tst_tallies_platforms) read back and compare.
#include "db/Database.h"

#include <QFile>
#include <QList>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

namespace TallyTestData {

// daily_tallies as "token,day,valid,invalid,suggestions" lines, sorted.
inline QStringList tallies(Database &db)
{
    QStringList lines;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral(
        "SELECT l.token, t.day, t.valid_samples, t.invalid_samples, t.suggestions "
        "FROM daily_tallies t JOIN links l ON l.id = t.link_id ORDER BY l.token, t.day"));
    while (q.next())
        lines << QStringLiteral("%1,%2,%3,%4,%5")
                     .arg(q.value(0).toString(), q.value(1).toString())
                     .arg(q.value(2).toLongLong())
                     .arg(q.value(3).toLongLong())
                     .arg(q.value(4).toLongLong());
    return lines;
}

// How many response ids the tally imports counted: hashed ones (response_ids) and those kept as
// runs of numbers (response_id_ranges, one row per run); -1 on a database error.
inline qint64 countedResponseIds(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM response_ids),"
                               " (SELECT COALESCE(SUM(last_id - first_id + 1), 0)"
                               " FROM response_id_ranges)"))
        || !q.next())
        return -1;
    return q.value(0).toLongLong() + q.value(1).toLongLong();
}

// Response ids as a test row writes them: words separated by spaces, where "S1-{8..12}" stands
// for S1-8 ... S1-12 and "R-{0098..0102}" for R-0098 ... R-0102 (numbers as wide as the first).
inline QList<QByteArray> expandIds(const QString &spec)
{
    static const QRegularExpression range(QStringLiteral("^(.*)\\{(\\d+)\\.\\.(\\d+)\\}$"));
    QList<QByteArray> ids;
    for (const QString &word : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = range.match(word);
        if (!m.hasMatch()) {
            ids << word.toUtf8();
            continue;
        }
        const int width = int(m.captured(2).size());
        for (qint64 n = m.captured(2).toLongLong(); n <= m.captured(3).toLongLong(); ++n)
            ids << (m.captured(1) + QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0')))
                       .toUtf8();
    }
    return ids;
}

// A responses file (答卷编号,链接,提交时间,是否有效) with one row per id, over links ab12, cd34
// and ef56 and the days 2024-07-17..21, valid or not as the row's place says.
inline QByteArray responsesCsv(const QList<QByteArray> &ids)
{
    QByteArray data = "答卷编号,链接,提交时间,是否有效\n";
    int n = 0;
    for (const QByteArray &id : ids) {
        ++n;
        data += id + ","
            + (n % 3 == 0       ? "ab12"
                   : n % 3 == 1 ? "cd34"
                                : "ef56")
            + ",2024-07-" + QByteArray::number(17 + n % 5) + " 10:00," + (n % 4 ? "1" : "0") + "\n";
    }
    return data;
}

// A golden file's non-empty lines, trimmed.
inline QStringList fileLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &l : lines)
        l = l.trimmed();
    return lines;
}

// The last line of a program's output, trimmed (the CLI's summary line).
inline QString lastLine(const QString &text)
{
    const QStringList lines = text.trimmed().split(QLatin1Char('\n'));
    return lines.isEmpty() ? QString() : lines.last().trimmed();
}

} // namespace TallyTestData
