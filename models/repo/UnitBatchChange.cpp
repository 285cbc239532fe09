#include "repo/UnitBatchChange.h"

#include "common/Clock.h"
#include "db/DataEvents.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/Transaction.h"
#include "imports/ImportHistory.h"
#include "repo/AuditLog.h"
#include "db/SqlPrepare.h"

#include <QHash>
#include <QSqlField>
#include <QSqlQuery>

#include <algorithm>

namespace {
// Parents before children: inserted in this order, deleted in the reverse.
const char *const kTables[]
    = {"units", "participations", "recommended_units", "gift_goods", "experts", "checklist_ticks"};
// Columns a restore writes itself rather than copying: the row's identity and bookkeeping.
const QStringList kBookkeeping = {QStringLiteral("id"), QStringLiteral("row_version"),
                                  QStringLiteral("updated_at"), QStringLiteral("updated_by")};
// Every column that refers to a unit: a unit to be removed must have no such rows but the
// batch's own.
const QList<QPair<const char *, const char *>> kUnitReferences = {
    {"participations", "unit_id"},    {"participations", "parent_unit_id"},
    {"recommended_units", "unit_id"}, {"recommended_units", "registered_unit_id"},
    {"gift_goods", "unit_id"},        {"experts", "unit_id"},
    {"checklist_ticks", "unit_id"},   {"links", "unit_id"},
    {"letters", "unit_id"},           {"mail_log", "unit_id"},
    {"certificates", "unit_id"},      {"units", "merged_into"},
};
constexpr int kIdsPerQuery = 500; // bound values per IN list, well inside both backends' limits

qint64 idOf(const QSqlRecord &row)
{
    return row.value(QStringLiteral("id")).toLongLong();
}

// The unit a row belongs to.
qint64 unitOf(const QString &table, const QSqlRecord &row)
{
    return table == QLatin1String("units") ? idOf(row)
                                           : row.value(QStringLiteral("unit_id")).toLongLong();
}

QHash<qint64, QSqlRecord> byId(const QList<QSqlRecord> &rows)
{
    QHash<qint64, QSqlRecord> out;
    for (const QSqlRecord &r : rows)
        out.insert(idOf(r), r);
    return out;
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    return a.isNull() == b.isNull() && a.toString() == b.toString();
}

// The columns whose values differ, bookkeeping left out (or, with all, every column).
QStringList changedColumns(const QSqlRecord &from, const QSqlRecord &to, bool all = false)
{
    QStringList names;
    for (int i = 0; i < to.count(); ++i) {
        const QString name = to.fieldName(i);
        if (!all && kBookkeeping.contains(name))
            continue;
        if (all || !sameValue(from.value(name), to.value(i)))
            names << name;
    }
    return names;
}

QVariantMap valuesOf(const QSqlRecord &row, const QStringList &columns)
{
    QVariantMap map;
    for (const QString &c : columns)
        map.insert(c, row.value(c));
    return map;
}

bool audited(const QString &table)
{
    return table == QLatin1String("units") || table == QLatin1String("participations");
}

QString placeholders(qsizetype n)
{
    return QStringList(n, QStringLiteral("?")).join(u", ");
}

Problems problem(const QString &message)
{
    return {{{}, 0, QString(), message}};
}

// *result: what a COUNT(*) query with values bound says.
QSqlError count(Database &db, const QString &sql, const QVariantList &values, qint64 *result)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!execPrepared(q) || !q.next())
        return q.lastError();
    *result = q.value(0).toLongLong();
    return {};
}

// Deletes the rows of table not in keep, audited as action.
QSqlError removeRows(Database &db, const QString &table, const QList<QSqlRecord> &rows,
                     const QHash<qint64, QSqlRecord> &keep, const QString &action)
{
    QSqlQuery q(db.connection());
    for (const QSqlRecord &row : rows) {
        if (keep.contains(idOf(row)))
            continue;
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
        q.addBindValue(idOf(row));
        if (!execPrepared(q))
            return q.lastError();
        if (!audited(table))
            continue;
        if (const QSqlError e = AuditLog::record(db, table, idOf(row), action,
                                                 valuesOf(row, changedColumns({}, row, true)), {});
            e.isValid())
            return e;
    }
    return {};
}

// Inserts row (was: none) or sets the columns in which it differs from was, audited as action.
QSqlError writeRow(Database &db, const QString &table, const QSqlRecord &row, const QSqlRecord *was,
                   const QString &action)
{
    const QStringList columns = was ? changedColumns(*was, row) : changedColumns({}, row, true);
    if (columns.isEmpty())
        return {};
    QSqlQuery q(db.connection());
    if (!was) {
        q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(table, columns.join(u", "), placeholders(columns.size())));
        for (const QString &c : columns)
            q.addBindValue(row.value(c));
    } else {
        QStringList sets;
        for (const QString &c : columns)
            sets << c + QStringLiteral(" = ?");
        const bool versioned = row.contains(QStringLiteral("row_version"));
        const bool stamped = row.contains(QStringLiteral("updated_at"));
        if (versioned)
            sets << QStringLiteral("row_version = row_version + 1");
        if (stamped)
            sets << QStringLiteral("updated_at = ?") << QStringLiteral("updated_by = ?");
        q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(u", ")));
        for (const QString &c : columns)
            q.addBindValue(row.value(c));
        if (stamped) {
            q.addBindValue(Clock::nowText());
            q.addBindValue(db.userName());
        }
        q.addBindValue(idOf(row));
    }
    if (!execPrepared(q))
        return q.lastError();
    if (!audited(table))
        return {};
    return AuditLog::record(db, table, idOf(row), action,
                            was ? valuesOf(*was, columns) : QVariantMap(), valuesOf(row, columns));
}
} // namespace

QSqlError UnitBatchChange::begin(Database &db, qint64 campaignId,
                                 const QList<qint64> &existingUnitIds, const QStringList &tickItems)
{
    m_campaignId = campaignId;
    m_tickItems = tickItems;
    m_recorded = false;
    return read(db, existingUnitIds, &m_before);
}

QSqlError UnitBatchChange::end(Database &db, const QList<qint64> &unitIds, qint64 importId)
{
    m_unitIds = unitIds;
    std::sort(m_unitIds.begin(), m_unitIds.end());
    m_unitIds.erase(std::unique(m_unitIds.begin(), m_unitIds.end()), m_unitIds.end());
    m_importId = importId;
    if (const QSqlError e = read(db, m_unitIds, &m_after); e.isValid())
        return e;
    m_expected = m_after;
    m_recorded = true;
    return {};
}

Problems UnitBatchChange::revert(Database &db)
{
    return restore(db, m_before, false);
}

Problems UnitBatchChange::reapply(Database &db)
{
    return restore(db, m_after, true);
}

QSqlError UnitBatchChange::read(Database &db, const QList<qint64> &unitIds, Rows *rows) const
{
    rows->clear();
    const QString ofCampaign = QStringLiteral("campaign_id = ? AND ");
    for (const char *name : kTables) {
        const QString table = QLatin1String(name);
        QString where = table == QLatin1String("units") ? QString() : ofCampaign;
        if (table == QLatin1String("checklist_ticks"))
            where += QStringLiteral("item IN (%1) AND ").arg(placeholders(m_tickItems.size()));
        Table t {table, {}};
        const bool skip = table == QLatin1String("checklist_ticks") && m_tickItems.isEmpty();
        if (!skip) {
            if (const QSqlError e = readTable(db, table, where, unitIds, &t); e.isValid())
                return e;
        }
        rows->append(t);
    }
    return {};
}

// The rows of table matching where (its campaign and items bound first) for unitIds, by id.
QSqlError UnitBatchChange::readTable(Database &db, const QString &table, const QString &where,
                                     const QList<qint64> &unitIds, Table *out) const
{
    const QString unitColumn
        = table == QLatin1String("units") ? QStringLiteral("id") : QStringLiteral("unit_id");
    QSqlQuery q(db.connection());
    for (qsizetype from = 0; from < unitIds.size(); from += kIdsPerQuery) {
        const QList<qint64> chunk = unitIds.mid(from, kIdsPerQuery);
        q.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2%3 IN (%4)")
                      .arg(table, where, unitColumn, placeholders(chunk.size())));
        if (!where.isEmpty())
            q.addBindValue(m_campaignId);
        if (table == QLatin1String("checklist_ticks")) {
            for (const QString &item : m_tickItems)
                q.addBindValue(item);
        }
        for (const qint64 id : chunk)
            q.addBindValue(id);
        if (!execPrepared(q))
            return q.lastError();
        while (q.next())
            out->rows.append(q.record());
    }
    std::sort(out->rows.begin(), out->rows.end(),
              [](const QSqlRecord &a, const QSqlRecord &b) { return idOf(a) < idOf(b); });
    return {};
}

Problems UnitBatchChange::restore(Database &db, const Rows &target, bool forward)
{
    if (!m_recorded)
        return problem(tr("nothing was recorded to take back"));
    Rows now;
    {
        Transaction tx(db);
        if (tx.error().isValid())
            return problem(Dialect::describeError(tx.error()));
        Rows current;
        if (const QSqlError e = read(db, m_unitIds, &current); e.isValid())
            return problem(Dialect::describeError(e));
        if (Problems p = check(db, current, target, forward); !p.isEmpty())
            return p;
        QSqlError e = write(db, current, target, forward);
        if (!e.isValid())
            e = setImportStatus(db, forward);
        if (!e.isValid())
            e = read(db, m_unitIds, &now);
        if (!e.isValid())
            e = tx.commit();
        if (e.isValid())
            return problem(Dialect::describeError(e));
    }
    m_expected = now;
    db.events()->notify(DataEvents::Units | DataEvents::Checklist | DataEvents::Imports);
    return {};
}

Problems UnitBatchChange::check(Database &db, const Rows &current, const Rows &target,
                                bool forward) const
{
    if (Problems p = checkUnchanged(current); !p.isEmpty())
        return p;
    return forward ? checkNamesFree(db, current, target) : checkRemovable(db, current, target);
}

// Every row as this batch last left it; else the first unit someone else changed, and who.
Problems UnitBatchChange::checkUnchanged(const Rows &current) const
{
    QHash<qint64, QString> names;
    for (const Rows *rows : {&m_before, &m_after, &current}) {
        for (const QSqlRecord &u : rows->first().rows)
            names.insert(idOf(u), u.value(QStringLiteral("name")).toString());
    }
    for (qsizetype t = 0; t < current.size(); ++t) {
        const QHash<qint64, QSqlRecord> expected = byId(m_expected[t].rows);
        const QHash<qint64, QSqlRecord> stored = byId(current[t].rows);
        qint64 unitId = 0;
        QString who;
        for (auto it = stored.cbegin(); it != stored.cend() && unitId == 0; ++it) {
            const auto was = expected.constFind(it.key());
            if (was == expected.cend() || !changedColumns(*was, *it).isEmpty()
                || !sameValue(was->value(QStringLiteral("row_version")),
                              it->value(QStringLiteral("row_version")))) {
                unitId = unitOf(current[t].name, *it);
                who = it->value(QStringLiteral("updated_by")).toString();
            }
        }
        for (auto it = expected.cbegin(); it != expected.cend() && unitId == 0; ++it) {
            if (!stored.contains(it.key()))
                unitId = unitOf(current[t].name, *it);
        }
        if (unitId == 0)
            continue;
        const QString name = names.value(unitId);
        return problem(
            who.isEmpty() ? tr("“%1” was changed since; this would overwrite that change").arg(name)
                          : tr("“%1” was changed by %2 since; this would overwrite that change")
                                .arg(name, who));
    }
    return {};
}

// A unit to be removed has no rows but those of this batch referring to it.
Problems UnitBatchChange::checkRemovable(Database &db, const Rows &current,
                                         const Rows &target) const
{
    const QHash<qint64, QSqlRecord> kept = byId(target.first().rows);
    for (const QSqlRecord &unit : current.first().rows) {
        const qint64 id = idOf(unit);
        if (kept.contains(id))
            continue;
        for (const auto &[table, column] : kUnitReferences) {
            qint64 stored = 0;
            if (const QSqlError e = count(db,
                                          QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ?")
                                              .arg(QLatin1String(table), QLatin1String(column)),
                                          {id}, &stored);
                e.isValid())
                return problem(Dialect::describeError(e));
            if (stored > references(current, QLatin1String(table), QLatin1String(column), id))
                return problem(tr("“%1” has records added since (a link, a letter, a child unit "
                                  "or the like), so it cannot be removed")
                                   .arg(unit.value(QStringLiteral("name")).toString()));
        }
    }
    return {};
}

// A unit to be made again has no namesake registered meanwhile.
Problems UnitBatchChange::checkNamesFree(Database &db, const Rows &current,
                                         const Rows &target) const
{
    const QHash<qint64, QSqlRecord> stored = byId(current.first().rows);
    for (const QSqlRecord &unit : target.first().rows) {
        if (stored.contains(idOf(unit)))
            continue;
        qint64 namesakes = 0;
        if (const QSqlError e
            = count(db,
                    QStringLiteral("SELECT COUNT(*) FROM units WHERE name_key = ?"
                                   " AND id <> ? AND merged_into IS NULL"),
                    {unit.value(QStringLiteral("name_key")), idOf(unit)}, &namesakes);
            e.isValid())
            return problem(Dialect::describeError(e));
        if (namesakes > 0)
            return problem(tr("a unit named “%1” was registered since")
                               .arg(unit.value(QStringLiteral("name")).toString()));
    }
    return {};
}

// How many of the rows read of table refer to unitId in column.
qint64 UnitBatchChange::references(const Rows &rows, const QString &table, const QString &column,
                                   qint64 unitId)
{
    qint64 n = 0;
    for (const Table &t : rows) {
        if (t.name != table)
            continue;
        for (const QSqlRecord &r : t.rows)
            n += r.value(column).toLongLong() == unitId ? 1 : 0;
    }
    return n;
}

// Rows not in target go (children first, units last, when nothing refers to them any more);
// rows of target are inserted or set to its values, parents first.
QSqlError UnitBatchChange::write(Database &db, const Rows &current, const Rows &target,
                                 bool forward) const
{
    const QString action = forward ? QStringLiteral("redo") : QStringLiteral("undo");
    for (qsizetype t = current.size() - 1; t > 0; --t) {
        if (const QSqlError e
            = removeRows(db, current[t].name, current[t].rows, byId(target[t].rows), action);
            e.isValid())
            return e;
    }
    for (qsizetype t = 0; t < target.size(); ++t) {
        const QHash<qint64, QSqlRecord> stored = byId(current[t].rows);
        for (const QSqlRecord &row : target[t].rows) {
            const auto was = stored.constFind(idOf(row));
            if (const QSqlError e
                = writeRow(db, target[t].name, row, was == stored.cend() ? nullptr : &*was, action);
                e.isValid())
                return e;
        }
    }
    return removeRows(db, current.first().name, current.first().rows, byId(target.first().rows),
                      action);
}

// The import's row in the history: withdrawn by revert() (who and when, as a tally import's
// withdrawal), imported again by reapply().
QSqlError UnitBatchChange::setImportStatus(Database &db, bool forward) const
{
    if (m_importId == 0)
        return {};
    const QString from
        = ImportHistory::key(forward ? ImportStatus::Withdrawn : ImportStatus::Imported);
    const QString to
        = ImportHistory::key(forward ? ImportStatus::Imported : ImportStatus::Withdrawn);
    ImportHistory history(db);
    // Unchanged only when the row was already so; the units' rows were checked first (check()).
    bool changed = false;
    if (const QSqlError e = forward ? history.reinstate(m_importId, &changed)
                                    : history.withdraw(m_importId, db.userName(), &changed);
        e.isValid())
        return e;
    return AuditLog::record(db, QStringLiteral("imports"), m_importId,
                            forward ? QStringLiteral("redo") : QStringLiteral("undo"),
                            {{QStringLiteral("status"), from}}, {{QStringLiteral("status"), to}});
}
