#include "repo/UnitMergeSnapshot.h"

#include "db/Database.h"
#include "db/SqlPrepare.h"

#include <QSqlField>
#include <QSqlQuery>

QSqlError UnitMergeSnapshot::capture(Database &db, qint64 keep, qint64 other)
{
    m_keep = keep;
    m_other = other;
    m_tables.clear();
    const QList<std::tuple<QString, QString, QVariantList>> reads = {
        {QStringLiteral("units"), QStringLiteral("id = ?"), {other}},
        {QStringLiteral("participations"),
         QStringLiteral("unit_id = ? OR unit_id = ? OR parent_unit_id = ?"),
         {keep, other, other}},
        {QStringLiteral("recommended_units"),
         QStringLiteral("unit_id = ? OR registered_unit_id = ?"),
         {other, other}},
        {QStringLiteral("gift_goods"), QStringLiteral("unit_id = ?"), {other}},
        {QStringLiteral("experts"), QStringLiteral("unit_id = ?"), {other}},
        {QStringLiteral("links"), QStringLiteral("unit_id = ?"), {other}},
        {QStringLiteral("letters"), QStringLiteral("unit_id = ?"), {other}},
        {QStringLiteral("audit_log"),
         QStringLiteral("table_name = 'units' AND record_id = ?"),
         {other}},
    };
    for (const auto &[table, where, values] : reads) {
        if (const QSqlError e = read(db, table, where, values); e.isValid())
            return e;
    }
    return {};
}

QSqlError UnitMergeSnapshot::read(Database &db, const QString &table, const QString &where,
                                  const QVariantList &values)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY id").arg(table, where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!execPrepared(q))
        return q.lastError();
    Table t {table, {}};
    while (q.next())
        t.rows.append(q.record());
    m_tables.append(t);
    return {};
}

QSqlError UnitMergeSnapshot::restore(Database &db) const
{
    for (const Table &t : m_tables) {
        for (const QSqlRecord &row : t.rows) {
            if (const QSqlError e = restoreRow(db, t.name, row); e.isValid())
                return e;
        }
    }
    return {};
}

QSqlError UnitMergeSnapshot::restoreRow(Database &db, const QString &table, const QSqlRecord &row)
{
    QStringList sets;
    QVariantList values;
    for (int i = 0; i < row.count(); ++i) {
        const QString name = row.fieldName(i);
        if (name == QLatin1String("id"))
            continue;
        if (name == QLatin1String("row_version")) {
            sets << QStringLiteral("row_version = row_version + 1");
            continue;
        }
        sets << name + QStringLiteral(" = ?");
        values << row.value(i);
    }
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(u", ")));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(row.value(QStringLiteral("id")));
    if (!execPrepared(q))
        return q.lastError();
    if (q.numRowsAffected() > 0)
        return {};
    // Deleted by the merge (a participation whose target went to the kept unit's).
    QStringList names;
    for (int i = 0; i < row.count(); ++i)
        names << row.fieldName(i);
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(table, names.join(u", "),
                       QStringList(names.size(), QStringLiteral("?")).join(u", ")));
    for (int i = 0; i < row.count(); ++i)
        q.addBindValue(row.value(i));
    return execPrepared(q) ? QSqlError() : q.lastError();
}
