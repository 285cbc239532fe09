#include "db/StoredTextRewrite.h"

#include "db/Database.h"
#include "domain/NameKey.h"
#include "validation/PhoneRule.h"
#include "db/SqlPrepare.h"

#include <QList>
#include <QSqlQuery>
#include <QVariant>

namespace {

struct Row
{
    qint64 id = 0;
    QString name;
    QString nameKey;
    QString phone;
};

// All rows first, then the updates: SQLite and PostgreSQL both allow updating a table while a
// query on it is open, but reading everything first keeps the two backends' behaviour identical.
QSqlError readRows(Database &db, const QString &sql, bool withKey, QList<Row> *rows)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return q.lastError();
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.phone = q.value(2).toString();
        if (withKey)
            r.nameKey = q.value(3).toString();
        rows->append(r);
    }
    return q.lastError().isValid() ? q.lastError() : QSqlError();
}

QString storedPhone(const QString &phone)
{
    const PhoneRule::Result r = PhoneRule::parse(phone);
    return r.valid ? r.canonical : phone;
}

QSqlError rewriteUnits(Database &db)
{
    QList<Row> rows;
    if (QSqlError e
        = readRows(db, QStringLiteral("SELECT id, name, phone, name_key FROM units"), true, &rows);
        e.isValid())
        return e;
    QSqlQuery u(db.connection());
    u.prepare(QStringLiteral("UPDATE units SET name = ?, name_key = ?, phone = ?,"
                             " row_version = row_version + 1 WHERE id = ?"));
    for (const Row &r : std::as_const(rows)) {
        const QString name = NameKey::cleaned(r.name);
        const QString key = NameKey::of(name);
        const QString phone = storedPhone(r.phone);
        if (name == r.name && key == r.nameKey && phone == r.phone)
            continue;
        u.addBindValue(name);
        u.addBindValue(key);
        u.addBindValue(phone);
        u.addBindValue(r.id);
        if (!execPrepared(u))
            return u.lastError();
    }
    return {};
}

// recommended_units and experts: a name and a phone each, no key or version of their own.
QSqlError rewriteSubRecords(Database &db, const QString &table)
{
    QList<Row> rows;
    if (QSqlError e
        = readRows(db, QStringLiteral("SELECT id, name, phone FROM %1").arg(table), false, &rows);
        e.isValid())
        return e;
    QSqlQuery u(db.connection());
    u.prepare(QStringLiteral("UPDATE %1 SET name = ?, phone = ? WHERE id = ?").arg(table));
    for (const Row &r : std::as_const(rows)) {
        const QString name = NameKey::cleaned(r.name);
        const QString phone = storedPhone(r.phone);
        if (name == r.name && phone == r.phone)
            continue;
        u.addBindValue(name);
        u.addBindValue(phone);
        u.addBindValue(r.id);
        if (!execPrepared(u))
            return u.lastError();
    }
    return {};
}

} // namespace

QSqlError StoredTextRewrite::namesAndPhones(Database &db)
{
    if (QSqlError e = rewriteUnits(db); e.isValid())
        return e;
    for (const QString &table : {QStringLiteral("recommended_units"), QStringLiteral("experts")}) {
        if (QSqlError e = rewriteSubRecords(db, table); e.isValid())
            return e;
    }
    return {};
}
