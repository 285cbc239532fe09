#pragma once

// What the tally import tests (tst_tallies_import, tst_tallies_platforms) read back and compare.
#include "db/Database.h"

#include <QFile>
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
