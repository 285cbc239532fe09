#include "repo/UnitRepository.h"

#include "repo/UnitMergeSnapshot.h"

#include "common/Clock.h"
#include "db/SqlPrepare.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/OptimisticUpdate.h"
#include "db/SqlValue.h"
#include "db/Transaction.h"
#include "domain/NameKey.h"
#include "repo/AuditLog.h"
#include "validation/UnitValidator.h"

#include <QSqlQuery>
#include <QVariantList>

namespace {

QVariantMap unitValues(const Unit &u)
{
    return {{QStringLiteral("name"), u.name},
            {QStringLiteral("sort"), DomainNames::code(u.sort)},
            {QStringLiteral("province"), u.province},
            {QStringLiteral("city"), u.city},
            {QStringLiteral("contact"), u.contact},
            {QStringLiteral("phone"), u.phone},
            {QStringLiteral("email"), u.email},
            {QStringLiteral("position"), u.position},
            {QStringLiteral("notes"), u.notes}};
}

QVariantMap participationValues(const Participation &p)
{
    return {{QStringLiteral("campaign_id"), p.campaignId},
            {QStringLiteral("kind"), DomainNames::code(p.kind)},
            {QStringLiteral("parent_unit_id"), p.parentUnitId},
            {QStringLiteral("sample_target"), p.sampleTarget}};
}

QVariantMap formValues(const InformationForm &f)
{
    const auto recommended = [](const QList<RecommendedUnit> &rows) {
        QVariantList list;
        for (const RecommendedUnit &r : rows)
            list.append(QVariantMap {{QStringLiteral("name"), r.name},
                                     {QStringLiteral("contact"), r.contact},
                                     {QStringLiteral("phone"), r.phone},
                                     {QStringLiteral("position"), r.position},
                                     {QStringLiteral("sort"), DomainNames::code(r.sort)},
                                     {QStringLiteral("core"), r.core},
                                     {QStringLiteral("registered_unit_id"), r.registeredUnitId}});
        return list;
    };
    QVariantList gifts;
    for (const GiftGood &g : f.giftGoods)
        gifts.append(QVariantMap {{QStringLiteral("name"), g.name},
                                  {QStringLiteral("quantity"), g.quantity},
                                  {QStringLiteral("local_only"), g.localOnly}});
    QVariantList experts;
    for (const Expert &e : f.experts)
        experts.append(QVariantMap {{QStringLiteral("field"), DomainNames::code(e.field)},
                                    {QStringLiteral("name"), e.name},
                                    {QStringLiteral("contact"), e.contact},
                                    {QStringLiteral("phone"), e.phone},
                                    {QStringLiteral("specialty"), e.specialty}});
    return {{QStringLiteral("recommended_initiating"), recommended(f.recommendedInitiating)},
            {QStringLiteral("recommended_supporting"), recommended(f.recommendedSupporting)},
            {QStringLiteral("gift_goods"), gifts},
            {QStringLiteral("experts"), experts}};
}

// Only the keys whose values differ, so the log says exactly what changed.
void diff(const QVariantMap &before, const QVariantMap &after, QVariantMap *oldOut,
          QVariantMap *newOut)
{
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (before.value(it.key()) != it.value()) {
            oldOut->insert(it.key(), before.value(it.key()));
            newOut->insert(it.key(), it.value());
        }
    }
}

const char kUnitColumns[]
    = "id, name, sort, province, city, contact, phone, email, position, notes,"
      " merged_into, row_version";

Unit unitFromQuery(const QSqlQuery &q)
{
    Unit u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.sort = DomainNames::unitSortFromText(q.value(2).toString()).value_or(UnitSort::Other);
    u.province = q.value(3).toString();
    u.city = q.value(4).toString();
    u.contact = q.value(5).toString();
    u.phone = q.value(6).toString();
    u.email = q.value(7).toString();
    u.position = q.value(8).toString();
    u.notes = q.value(9).toString();
    u.mergedInto = q.value(10).toLongLong();
    u.rowVersion = q.value(11).toInt();
    return u;
}

} // namespace

QString UnitRepository::normalizedPhone(const QString &phone)
{
    return UnitValidator::normalizedPhone(phone);
}

Problems UnitRepository::fail(const QSqlError &e, QSqlError *error) const
{
    if (error)
        *error = e;
    return {{{}, 0, QString(), Dialect::describeError(e)}};
}

QList<UnitListRow> UnitRepository::list(qint64 campaignId, QSqlError *error) const
{
    QList<UnitListRow> rows;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT u.id, p.id, u.name, p.kind, u.sort, u.province, u.city, p.parent_unit_id,"
        " COALESCE(pu.name, ''), u.contact, u.phone, u.email, u.position, p.sample_target,"
        " COALESCE(s.valid, 0)"
        " FROM participations p JOIN units u ON u.id = p.unit_id"
        " LEFT JOIN units pu ON pu.id = p.parent_unit_id"
        " LEFT JOIN (SELECT l.unit_id AS unit_id, SUM(t.valid_samples) AS valid"
        "   FROM links l JOIN daily_tallies t ON t.link_id = l.id WHERE l.campaign_id = ?"
        "   GROUP BY l.unit_id) s ON s.unit_id = u.id"
        " WHERE p.campaign_id = ? AND u.merged_into IS NULL ORDER BY u.id"));
    q.addBindValue(campaignId);
    q.addBindValue(campaignId);
    if (!execPrepared(q)) {
        if (error)
            *error = q.lastError();
        return rows;
    }
    while (q.next()) {
        UnitListRow r;
        r.unitId = q.value(0).toLongLong();
        r.participationId = q.value(1).toLongLong();
        r.name = q.value(2).toString();
        r.kind
            = DomainNames::unitKindFromText(q.value(3).toString()).value_or(UnitKind::Supporting);
        r.sort = DomainNames::unitSortFromText(q.value(4).toString()).value_or(UnitSort::Other);
        r.province = q.value(5).toString();
        r.city = q.value(6).toString();
        r.parentId = q.value(7).toLongLong();
        r.parentName = q.value(8).toString();
        r.contact = q.value(9).toString();
        r.phone = q.value(10).toString();
        r.email = q.value(11).toString();
        r.position = q.value(12).toString();
        r.target = q.value(13).toLongLong();
        r.validSamples = q.value(14).toLongLong();
        rows.append(r);
    }
    // SQLite reports a damaged page only when its row is fetched.
    if (failedWith(q.lastError(), error))
        return {};
    return rows;
}

Lookup<Unit> UnitRepository::unit(qint64 unitId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM units WHERE id = ?").arg(QLatin1String(kUnitColumns)));
    q.addBindValue(unitId);
    return lookupFirstRow(q, unitFromQuery);
}

Lookup<UnitRecord> UnitRepository::load(qint64 unitId, qint64 campaignId) const
{
    Lookup<Unit> u = unit(unitId);
    if (!u)
        return Unexpected(u.error());
    UnitRecord r;
    r.unit = *u;
    r.participation.unitId = unitId;
    r.participation.campaignId = campaignId;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, kind, parent_unit_id, sample_target, row_version"
                             " FROM participations WHERE unit_id = ? AND campaign_id = ?"));
    q.addBindValue(unitId);
    q.addBindValue(campaignId);
    Lookup<Participation> p = lookupFirstRow(q, [&](const QSqlQuery &row) {
        Participation found = r.participation;
        found.id = row.value(0).toLongLong();
        found.kind
            = DomainNames::unitKindFromText(row.value(1).toString()).value_or(UnitKind::Supporting);
        found.parentUnitId = row.value(2).toLongLong();
        found.sampleTarget = row.value(3).toLongLong();
        found.rowVersion = row.value(4).toInt();
        return found;
    });
    if (p)
        r.participation = *p;
    else if (p.error().isDatabase())
        return Unexpected(p.error());
    // A form read in part and saved again would delete the rest: all of it or the error.
    if (QSqlError e = loadForm(unitId, campaignId, &r.form); e.isValid())
        return lookupFailed(e);
    return r;
}

QSqlError UnitRepository::loadForm(qint64 unitId, qint64 campaignId, InformationForm *f) const
{
    QSqlQuery q(m_db.connection());
    // Runs one sub-table's SELECT (bound to unitId, campaignId) and reads each row.
    const auto each = [&](const char *sql, const auto &read) {
        const bool refused = refusedToPrepare(q, QLatin1String(sql));
        q.addBindValue(unitId);
        q.addBindValue(campaignId);
        if (refused || !execPrepared(q))
            return q.lastError();
        while (q.next())
            read();
        return q.lastError();
    };
    QSqlError e = each(
        "SELECT role, name, contact, phone, position, sort, core, registered_unit_id"
        " FROM recommended_units WHERE unit_id = ? AND campaign_id = ? ORDER BY row_order, id",
        [&] {
            RecommendedUnit r;
            r.role = q.value(0).toString() == QLatin1String("supporting")
                ? RecommendedUnit::Role::Supporting
                : RecommendedUnit::Role::Initiating;
            r.name = q.value(1).toString();
            r.contact = q.value(2).toString();
            r.phone = q.value(3).toString();
            r.position = q.value(4).toString();
            r.sort = DomainNames::unitSortFromText(q.value(5).toString()).value_or(UnitSort::Other);
            r.core = q.value(6).toInt() != 0;
            r.registeredUnitId = q.value(7).toLongLong();
            (r.role == RecommendedUnit::Role::Supporting ? f->recommendedSupporting
                                                         : f->recommendedInitiating)
                .append(r);
        });
    if (!e.isValid())
        e = each("SELECT name, quantity, local_only FROM gift_goods"
                 " WHERE unit_id = ? AND campaign_id = ? ORDER BY row_order, id",
                 [&] {
                     f->giftGoods.append(
                         {q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toInt() != 0});
                 });
    if (!e.isValid())
        e = each("SELECT field, name, contact, phone, specialty FROM experts"
                 " WHERE unit_id = ? AND campaign_id = ? ORDER BY row_order, id",
                 [&] {
                     f->experts.append({DomainNames::expertFieldFromText(q.value(0).toString())
                                            .value_or(ExpertField::Other),
                                        q.value(1).toString(), q.value(2).toString(),
                                        q.value(3).toString(), q.value(4).toString()});
                 });
    return e;
}

Lookup<qint64> UnitRepository::idByName(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT id FROM units WHERE name_key = ? AND merged_into IS NULL ORDER BY id LIMIT 1"));
    q.addBindValue(NameKey::of(name));
    return lookupFirstRow(q, [](const QSqlQuery &row) { return row.value(0).toLongLong(); });
}

QList<QPair<qint64, QString>> UnitRepository::names(QSqlError *error) const
{
    QList<QPair<qint64, QString>> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name FROM units WHERE merged_into IS NULL ORDER BY name"));
    if (!readEveryRow(q, error, [&](const QSqlQuery &row) {
            list.append({row.value(0).toLongLong(), row.value(1).toString()});
        }))
        return {};
    return list;
}

Problems UnitRepository::save(UnitRecord &record, QSqlError *error, ConflictError *conflict)
{
    QList<UnitRecord> one {record};
    Problems problems = saveAll(one, error, conflict);
    if (problems.isEmpty())
        record = one.first();
    return problems;
}

Problems UnitRepository::saveAll(QList<UnitRecord> &records, QSqlError *error,
                                 ConflictError *conflict)
{
    QList<UnitRecord> working = records;
    {
        Transaction tx(m_db);
        if (tx.error().isValid())
            return fail(tx.error(), error);
        for (UnitRecord &r : working) {
            if (Problems p = write(r, conflict); !p.isEmpty())
                return p;
        }
        if (QSqlError e = tx.commit(); e.isValid())
            return fail(e, error);
    }
    records = working;
    m_db.events()->notify(DataEvents::Units);
    return {};
}

Problems UnitRepository::write(UnitRecord &r, ConflictError *conflict)
{
    Unit &u = r.unit;
    const bool isNew = u.id == 0;
    u.name = NameKey::cleaned(u.name);
    u.phone = normalizedPhone(u.phone);
    u.email = u.email.trimmed();
    const QString now = Clock::nowText();
    if (Problems p = isNew ? insertUnit(u, now) : updateUnit(u, now, conflict); !p.isEmpty())
        return p;
    Participation &p = r.participation;
    p.unitId = u.id;
    if (p.campaignId == 0)
        return {};
    std::optional<Participation> stored;
    if (QSqlError e = storedParticipation(p, &stored); e.isValid())
        return fail(e);
    return stored ? updateParticipation(r, *stored, conflict) : insertParticipation(r, isNew, now);
}

namespace {

// The columns a unit's INSERT and UPDATE both write, in that order: name, name_key, sort,
// province, city, contact, phone, email, position, notes.
void bindUnitColumns(QSqlQuery &q, const Unit &u)
{
    q.addBindValue(SqlValue::text(u.name));
    q.addBindValue(SqlValue::text(NameKey::of(u.name)));
    q.addBindValue(DomainNames::code(u.sort));
    q.addBindValue(SqlValue::text(u.province));
    q.addBindValue(SqlValue::text(u.city));
    q.addBindValue(SqlValue::text(u.contact));
    q.addBindValue(SqlValue::text(u.phone));
    q.addBindValue(SqlValue::text(u.email));
    q.addBindValue(SqlValue::text(u.position));
    q.addBindValue(SqlValue::text(u.notes));
}

// Binds created_at and updated_at (now) and updated_by, the last three columns of q, a prepared
// INSERT … RETURNING id into table; runs it and audits the new row with values (row's id and
// version set).
template<class Row>
QSqlError insertAudited(Database &db, QSqlQuery &q, const QString &table, const QString &now,
                        Row &row, const QVariantMap &values)
{
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(SqlValue::text(db.userName()));
    if (!execPrepared(q) || !q.next())
        return q.lastError();
    row.id = q.value(0).toLongLong();
    row.rowVersion = 1;
    q.finish();
    return AuditLog::record(db, table, row.id, QStringLiteral("insert"), {}, values);
}

} // namespace

Problems UnitRepository::insertUnit(Unit &u, const QString &now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO units (name, name_key, sort, province, city, "
                             "contact, phone, email, position,"
                             " notes, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, "
                             "?, ?, ?, ?, ?, ?, ?, ?, ?)"
                             " RETURNING id"));
    bindUnitColumns(q, u);
    if (QSqlError e = insertAudited(m_db, q, QStringLiteral("units"), now, u, unitValues(u));
        e.isValid())
        return fail(e);
    return {};
}

Problems UnitRepository::updateUnit(Unit &u, const QString &now, ConflictError *conflict)
{
    const Lookup<Unit> before = unit(u.id);
    if (!before && before.error().isDatabase())
        return fail(before.error().sqlError);
    if (!before)
        return {{{}, 0, QString(), tr("the unit no longer exists")}};
    if (before->rowVersion != u.rowVersion)
        return refuse(QStringLiteral("units"), u.id, u.rowVersion, conflict);
    QVariantMap oldValues, newValues;
    diff(unitValues(*before), unitValues(u), &oldValues, &newValues);
    if (newValues.isEmpty())
        return {};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE units SET name = ?, name_key = ?, sort = ?, province = ?, city = ?, "
        "contact = ?,"
        " phone = ?, email = ?, position = ?, notes = ?, row_version = row_version + 1,"
        " updated_at = ?, updated_by = ? WHERE id = ? AND row_version = ?"));
    bindUnitColumns(q, u);
    q.addBindValue(now);
    q.addBindValue(SqlValue::text(m_db.userName()));
    q.addBindValue(u.id);
    q.addBindValue(u.rowVersion);
    if (!execPrepared(q))
        return fail(q.lastError());
    if (q.numRowsAffected() != 1)
        return refuse(QStringLiteral("units"), u.id, u.rowVersion, conflict);
    ++u.rowVersion;
    if (QSqlError e = AuditLog::record(m_db, QStringLiteral("units"), u.id,
                                       QStringLiteral("update"), oldValues, newValues);
        e.isValid())
        return fail(e);
    return {};
}

QSqlError UnitRepository::storedParticipation(const Participation &p,
                                              std::optional<Participation> *stored) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT id, kind, parent_unit_id, sample_target, row_version FROM participations"
        " WHERE campaign_id = ? AND unit_id = ?"));
    q.addBindValue(p.campaignId);
    q.addBindValue(p.unitId);
    if (!execPrepared(q))
        return q.lastError();
    if (!q.next())
        return {};
    Participation before = p;
    before.id = q.value(0).toLongLong();
    before.kind
        = DomainNames::unitKindFromText(q.value(1).toString()).value_or(UnitKind::Supporting);
    before.parentUnitId = q.value(2).toLongLong();
    before.sampleTarget = q.value(3).toLongLong();
    before.rowVersion = q.value(4).toInt();
    *stored = before;
    return {};
}

QSqlError UnitRepository::insertParticipationRow(Participation &p, const QString &now,
                                                 const QVariantMap &auditValues)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO participations (campaign_id, unit_id, kind,"
                             " parent_unit_id, sample_target, created_at, updated_at, updated_by)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(p.campaignId);
    q.addBindValue(p.unitId);
    q.addBindValue(DomainNames::code(p.kind));
    q.addBindValue(SqlValue::id(p.parentUnitId));
    q.addBindValue(p.sampleTarget);
    return insertAudited(m_db, q, QStringLiteral("participations"), now, p, auditValues);
}

Problems UnitRepository::updateParticipation(UnitRecord &r, const Participation &before,
                                             ConflictError *conflict)
{
    Participation &p = r.participation;
    const qint64 unitId = r.unit.id;
    // A record loaded with this participation saves against the version it saw; one built
    // without it (an import of a unit new to the campaign) against the current.
    const int loadedVersion = p.id == before.id ? p.rowVersion : before.rowVersion;
    if (loadedVersion != before.rowVersion)
        return refuse(QStringLiteral("participations"), before.id, loadedVersion, conflict, unitId,
                      p.campaignId);
    p.id = before.id;
    p.rowVersion = before.rowVersion;
    QVariantMap oldValues, newValues;
    diff(participationValues(before), participationValues(p), &oldValues, &newValues);
    // The form belongs to the participation: changing it is a new version of it too, so two
    // clerks editing the same gift list cannot both win.
    InformationForm formBefore;
    if (QSqlError e = loadForm(unitId, p.campaignId, &formBefore); e.isValid())
        return fail(e);
    const bool formChanged = !(formBefore == r.form);
    if (!newValues.isEmpty() || formChanged) {
        if (Problems pr = updateParticipationRow(p, unitId, newValues, conflict); !pr.isEmpty())
            return pr;
        if (!newValues.isEmpty()) {
            if (QSqlError e = AuditLog::record(m_db, QStringLiteral("participations"), p.id,
                                               QStringLiteral("update"), oldValues, newValues);
                e.isValid())
                return fail(e);
        }
    }
    if (formChanged)
        return writeForm(unitId, p.campaignId, formBefore, r.form);
    return {};
}

Problems UnitRepository::updateParticipationRow(Participation &p, qint64 unitId,
                                                const QVariantMap &newValues,
                                                ConflictError *conflict)
{
    // Only the changed columns: clerks may not write sample_target, managers may.
    OptimisticUpdate up(m_db, QStringLiteral("participations"), p.id, p.rowVersion);
    if (newValues.contains(QStringLiteral("kind")))
        up.set(QStringLiteral("kind"), DomainNames::code(p.kind));
    if (newValues.contains(QStringLiteral("parent_unit_id")))
        up.set(QStringLiteral("parent_unit_id"), SqlValue::id(p.parentUnitId));
    if (newValues.contains(QStringLiteral("sample_target")))
        up.set(QStringLiteral("sample_target"), p.sampleTarget);
    switch (up.exec()) {
    case OptimisticUpdate::Result::Failed:
        return fail(up.error());
    case OptimisticUpdate::Result::Conflict:
        return refuse(QStringLiteral("participations"), p.id, p.rowVersion, conflict, unitId,
                      p.campaignId);
    case OptimisticUpdate::Result::Updated:
        break;
    }
    ++p.rowVersion;
    return {};
}

Problems UnitRepository::insertParticipation(UnitRecord &r, bool newUnit, const QString &now)
{
    Participation &p = r.participation;
    const qint64 unitId = r.unit.id;
    if (QSqlError e = insertParticipationRow(p, now, participationValues(p)); e.isValid())
        return fail(e);
    // A new unit has no form yet: nothing to read, compare or delete.
    InformationForm formBefore;
    if (!newUnit) {
        if (QSqlError e = loadForm(unitId, p.campaignId, &formBefore); e.isValid())
            return fail(e);
    }
    if (formBefore == r.form)
        return {};
    return writeForm(unitId, p.campaignId, formBefore, r.form);
}

Problems UnitRepository::refuse(const QString &table, qint64 id, int loadedVersion,
                                ConflictError *conflict, qint64 unitId, qint64 campaignId) const
{
    ConflictError c = ConflictError::describe(m_db, table, id, loadedVersion);
    // A participation's version also counts its information form, whose changes are audited on
    // the unit ("form"): when that save is the latest, it is what the other desk changed.
    if (unitId != 0 && !c.deleted && !c.readError.isValid()) {
        const QList<AuditLog::Entry> own = AuditLog::forRecord(m_db, table, id, &c.readError);
        const QString ownAt = own.isEmpty() ? QString() : own.constLast().at;
        const QList<AuditLog::Entry> unitEntries = c.readError.isValid()
            ? QList<AuditLog::Entry>()
            : AuditLog::forRecord(m_db, QStringLiteral("units"), unitId, &c.readError);
        for (auto it = unitEntries.crbegin(); it != unitEntries.crend(); ++it) {
            if (it->action != QLatin1String("form")
                || it->newValues.value(QStringLiteral("campaign_id")).toLongLong() != campaignId)
                continue;
            if (it->at >= ownAt) {
                // Same moment: one save changed both (an update) or registered the unit (an
                // insert, not a change since anyone loaded it).
                if (it->at > ownAt || own.isEmpty()
                    || own.constLast().action != QLatin1String("update")) {
                    c.changedFields.clear();
                    c.theirValues.clear();
                }
                c.changedBy = it->user;
                for (auto v = it->newValues.cbegin(); v != it->newValues.cend(); ++v) {
                    if (v.key() != QLatin1String("campaign_id")
                        && it->oldValues.value(v.key()) != v.value()) {
                        c.changedFields << v.key();
                        c.theirValues.insert(v.key(), v.value());
                    }
                }
            }
            break;
        }
    }
    if (conflict)
        *conflict = c;
    return {{{},
             0,
             QStringLiteral("row_version"),
             c.deleted ? tr("the unit no longer exists") : tr("the unit was %1").arg(c.message())}};
}

Problems UnitRepository::writeForm(qint64 unitId, qint64 campaignId, const InformationForm &before,
                                   const InformationForm &form)
{
    QSqlQuery q(m_db.connection());
    for (const char *table : {"recommended_units", "gift_goods", "experts"}) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE unit_id = ? AND campaign_id = ?")
                      .arg(QLatin1String(table)));
        q.addBindValue(unitId);
        q.addBindValue(campaignId);
        if (!execPrepared(q))
            return fail(q.lastError());
    }
    int order = 0;
    const auto insertRecommended = [&](const RecommendedUnit &r, const QString &role) {
        q.prepare(QStringLiteral(
            "INSERT INTO recommended_units (unit_id, campaign_id, role, name, contact, phone,"
            " position, sort, core, registered_unit_id, row_order)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(unitId);
        q.addBindValue(campaignId);
        q.addBindValue(role);
        q.addBindValue(SqlValue::text(r.name.trimmed()));
        q.addBindValue(SqlValue::text(r.contact));
        q.addBindValue(SqlValue::text(normalizedPhone(r.phone)));
        q.addBindValue(SqlValue::text(r.position));
        q.addBindValue(DomainNames::code(r.sort));
        q.addBindValue(r.core ? 1 : 0);
        q.addBindValue(SqlValue::id(r.registeredUnitId));
        q.addBindValue(order++);
        return execPrepared(q);
    };
    for (const RecommendedUnit &r : form.recommendedInitiating) {
        if (!insertRecommended(r, QStringLiteral("initiating")))
            return fail(q.lastError());
    }
    for (const RecommendedUnit &r : form.recommendedSupporting) {
        if (!insertRecommended(r, QStringLiteral("supporting")))
            return fail(q.lastError());
    }
    order = 0;
    for (const GiftGood &g : form.giftGoods) {
        q.prepare(QStringLiteral(
            "INSERT INTO gift_goods (unit_id, campaign_id, name, quantity, local_only, row_order)"
            " VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(unitId);
        q.addBindValue(campaignId);
        q.addBindValue(SqlValue::text(g.name.trimmed()));
        q.addBindValue(g.quantity);
        q.addBindValue(g.localOnly ? 1 : 0);
        q.addBindValue(order++);
        if (!execPrepared(q))
            return fail(q.lastError());
    }
    order = 0;
    for (const Expert &e : form.experts) {
        q.prepare(QStringLiteral(
            "INSERT INTO experts (unit_id, campaign_id, field, name, contact, phone, specialty,"
            " row_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(unitId);
        q.addBindValue(campaignId);
        q.addBindValue(DomainNames::code(e.field));
        q.addBindValue(SqlValue::text(e.name.trimmed()));
        q.addBindValue(SqlValue::text(e.contact));
        q.addBindValue(SqlValue::text(normalizedPhone(e.phone)));
        q.addBindValue(SqlValue::text(e.specialty));
        q.addBindValue(order++);
        if (!execPrepared(q))
            return fail(q.lastError());
    }
    QVariantMap oldValues, newValues;
    diff(formValues(before), formValues(form), &oldValues, &newValues);
    oldValues.insert(QStringLiteral("campaign_id"), campaignId);
    newValues.insert(QStringLiteral("campaign_id"), campaignId);
    if (QSqlError e = AuditLog::record(m_db, QStringLiteral("units"), unitId,
                                       QStringLiteral("form"), oldValues, newValues);
        e.isValid())
        return fail(e);
    return {};
}

Problems UnitRepository::setTarget(qint64 unitId, qint64 campaignId, qint64 target,
                                   qint64 expectedTarget, ConflictError *conflict)
{
    if (target < 0)
        return {{{}, 0, QStringLiteral("target"), tr("the sample target cannot be negative")}};
    Lookup<UnitRecord> r = load(unitId, campaignId);
    if (!r && r.error().isDatabase())
        return fail(r.error().sqlError);
    if (!r || r->participation.id == 0)
        return {{{}, 0, QString(), tr("the unit does not take part in this campaign")}};
    // The list shows a target, not a version: what the user saw is the value, so a target
    // that is no longer that value was changed by someone else. save() then guards the
    // version read here against a change in between.
    if (expectedTarget >= 0 && r->participation.sampleTarget != expectedTarget) {
        const ConflictError c
            = ConflictError::describe(m_db, QStringLiteral("participations"), r->participation.id,
                                      r->participation.rowVersion - 1);
        if (conflict)
            *conflict = c;
        return {{{},
                 0,
                 QStringLiteral("row_version"),
                 tr("the target was changed to %1 by %2 meanwhile")
                     .arg(r->participation.sampleTarget)
                     .arg(c.changedBy.isEmpty() ? tr("someone else") : c.changedBy)}};
    }
    r->participation.sampleTarget = target;
    return save(*r, nullptr, conflict);
}

Problems UnitRepository::removeRegistration(qint64 unitId, qint64 campaignId,
                                            const UnitRecord *expected, ConflictError *conflict)
{
    {
        Transaction tx(m_db);
        if (tx.error().isValid())
            return fail(tx.error());
        const Lookup<UnitRecord> before = load(unitId, campaignId);
        if (!before && before.error().isDatabase())
            return fail(before.error().sqlError);
        if (!before)
            return {{{}, 0, QString(), tr("the unit no longer exists")}};
        QSqlQuery q(m_db.connection());
        if (expected) {
            if (before->unit.rowVersion != expected->unit.rowVersion)
                return refuse(QStringLiteral("units"), unitId, expected->unit.rowVersion, conflict);
            // Guarded, and first: a concurrent save of the participation waits or loses here.
            q.prepare(
                QStringLiteral("DELETE FROM participations WHERE id = ? AND row_version = ?"));
            q.addBindValue(before->participation.id);
            q.addBindValue(expected->participation.rowVersion);
            if (!execPrepared(q))
                return fail(q.lastError());
            if (before->participation.id != 0 && q.numRowsAffected() != 1)
                return refuse(QStringLiteral("participations"), before->participation.id,
                              expected->participation.rowVersion, conflict, unitId, campaignId);
        }
        for (const char *table :
             {"checklist_ticks", "recommended_units", "gift_goods", "experts", "participations"}) {
            q.prepare(QStringLiteral("DELETE FROM %1 WHERE unit_id = ? AND campaign_id = ?")
                          .arg(QLatin1String(table)));
            q.addBindValue(unitId);
            q.addBindValue(campaignId);
            if (!execPrepared(q))
                return fail(q.lastError());
        }
        if (before->participation.id != 0) {
            if (QSqlError e = AuditLog::record(m_db, QStringLiteral("participations"),
                                               before->participation.id, QStringLiteral("delete"),
                                               participationValues(before->participation), {});
                e.isValid())
                return fail(e);
        }
        // The unit itself goes only when nothing else refers to it.
        q.prepare(QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM participations WHERE unit_id = ? OR parent_unit_id = ?)"
            " + (SELECT COUNT(*) FROM links WHERE unit_id = ?) + (SELECT COUNT(*) FROM letters "
            "WHERE unit_id = ?)"
            " + (SELECT COUNT(*) FROM recommended_units WHERE unit_id = ? OR registered_unit_id = "
            "?)"
            " + (SELECT COUNT(*) FROM gift_goods WHERE unit_id = ?) + (SELECT COUNT(*) FROM "
            "experts WHERE unit_id = ?)"
            " + (SELECT COUNT(*) FROM units WHERE merged_into = ?)"));
        for (int i = 0; i < 9; ++i)
            q.addBindValue(unitId);
        if (!execPrepared(q) || !q.next())
            return fail(q.lastError());
        const bool referenced = q.value(0).toLongLong() > 0;
        q.finish();
        if (!referenced) {
            q.prepare(QStringLiteral("DELETE FROM units WHERE id = ?"));
            q.addBindValue(unitId);
            if (!execPrepared(q))
                return fail(q.lastError());
            if (QSqlError e
                = AuditLog::record(m_db, QStringLiteral("units"), unitId, QStringLiteral("delete"),
                                   unitValues(before->unit), {});
                e.isValid())
                return fail(e);
        }
        if (QSqlError e = tx.commit(); e.isValid())
            return fail(e);
    }
    m_db.events()->notify(DataEvents::Units);
    return {};
}

namespace {

// Prepares sql, binds values in order and runs it on q.
bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return execPrepared(q);
}

} // namespace

Problems UnitRepository::merge(qint64 keep, qint64 other, UnitMergeSnapshot *before)
{
    if (keep == other || keep <= 0 || other <= 0)
        return {{{}, 0, QString(), tr("choose two different units to merge")}};
    {
        Transaction tx(m_db);
        if (tx.error().isValid())
            return fail(tx.error());
        const Lookup<Unit> keptUnit = unit(keep);
        const Lookup<Unit> otherUnit = unit(other);
        for (const Lookup<Unit> *u : {&keptUnit, &otherUnit}) {
            if (!*u && u->error().isDatabase())
                return fail(u->error().sqlError);
        }
        if (!keptUnit || !otherUnit)
            return {{{}, 0, QString(), tr("the unit no longer exists")}};
        if (keptUnit->mergedInto != 0 || otherUnit->mergedInto != 0)
            return {
                {{}, 0, QString(), tr("a unit that was already merged cannot be merged again")}};
        if (before) {
            if (const QSqlError e = before->capture(m_db, keep, other); e.isValid())
                return fail(e);
        }
        for (const auto &step :
             {&UnitRepository::mergeParticipations, &UnitRepository::mergeFormsAndTicks,
              &UnitRepository::revokeDoubledLetters, &UnitRepository::moveReferences}) {
            if (const QSqlError e = (this->*step)(keep, other); e.isValid())
                return fail(e);
        }
        if (const QSqlError e = markMerged(keep, *otherUnit); e.isValid())
            return fail(e);
        if (QSqlError e = tx.commit(); e.isValid())
            return fail(e);
    }
    m_db.events()->notify(DataEvents::Units | DataEvents::Links | DataEvents::Letters);
    return {};
}

// Participations: moved where the kept unit has none in that campaign; else the kept one stays
// and the other one's target is added to it.
QSqlError UnitRepository::mergeParticipations(qint64 keep, qint64 other)
{
    QSqlQuery q(m_db.connection());
    QList<QPair<qint64, qint64>> otherParticipations; // id, campaign
    if (!exec(q, QStringLiteral("SELECT id, campaign_id FROM participations WHERE unit_id = ?"),
              {other}))
        return q.lastError();
    while (q.next())
        otherParticipations.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    for (const auto &[pid, campaign] : otherParticipations) {
        if (!exec(q,
                  QStringLiteral(
                      "SELECT id FROM participations WHERE unit_id = ? AND campaign_id = ?"),
                  {keep, campaign}))
            return q.lastError();
        if (q.next()) {
            const qint64 keptPid = q.value(0).toLongLong();
            q.finish();
            if (!exec(q,
                      QStringLiteral("UPDATE participations SET sample_target = sample_target +"
                                     " (SELECT sample_target FROM participations WHERE id = ?),"
                                     " row_version = row_version + 1 WHERE id = ?"),
                      {pid, keptPid})
                || !exec(q, QStringLiteral("DELETE FROM participations WHERE id = ?"), {pid}))
                return q.lastError();
        } else {
            q.finish();
            if (!exec(q,
                      QStringLiteral(
                          "UPDATE participations SET unit_id = ?, row_version = row_version + 1"
                          " WHERE id = ?"),
                      {keep, pid}))
                return q.lastError();
        }
    }
    return {};
}

QSqlError UnitRepository::mergeFormsAndTicks(qint64 keep, qint64 other)
{
    QSqlQuery q(m_db.connection());
    // The kept unit's sub-records come first, the other's follow in their own order.
    for (const char *table : {"recommended_units", "gift_goods", "experts"}) {
        if (!exec(q,
                  QStringLiteral("UPDATE %1 SET unit_id = ?, row_order = row_order + 100000 "
                                 "WHERE unit_id = ?")
                      .arg(QLatin1String(table)),
                  {keep, other}))
            return q.lastError();
    }
    // Checklist ticks follow the kept unit where it has none of its own for that item.
    if (!exec(q,
              QStringLiteral("UPDATE checklist_ticks SET unit_id = ? WHERE unit_id = ?"
                             " AND NOT EXISTS (SELECT 1 FROM checklist_ticks k"
                             " WHERE k.unit_id = ? AND k.campaign_id = checklist_ticks.campaign_id"
                             " AND k.item = checklist_ticks.item)"),
              {keep, other, keep})
        || !exec(q, QStringLiteral("DELETE FROM checklist_ticks WHERE unit_id = ?"), {other}))
        return q.lastError();
    return {};
}

// A unit holds at most one valid letter per campaign (letters_one_valid): where both hold one,
// the other's is revoked before it moves. Its number stays used.
QSqlError UnitRepository::revokeDoubledLetters(qint64 keep, qint64 other)
{
    QSqlQuery q(m_db.connection());
    if (!exec(q,
              QStringLiteral("SELECT id FROM letters WHERE unit_id = ? AND status = 'issued'"
                             " AND campaign_id IN (SELECT campaign_id FROM letters"
                             " WHERE unit_id = ? AND status = 'issued')"),
              {other, keep}))
        return q.lastError();
    QList<qint64> doubled;
    while (q.next())
        doubled.append(q.value(0).toLongLong());
    for (const qint64 letterId : std::as_const(doubled)) {
        const QString reason = QStringLiteral("单位合并：已并入持有有效授权书的单位 %1").arg(keep);
        if (!exec(q,
                  QStringLiteral(
                      "UPDATE letters SET status = 'revoked', revoked_at = ?, revoke_reason = ?,"
                      " row_version = row_version + 1 WHERE id = ?"),
                  {Clock::nowText(), reason, letterId}))
            return q.lastError();
        if (QSqlError e
            = AuditLog::record(m_db, QStringLiteral("letters"), letterId, QStringLiteral("revoke"),
                               {{QStringLiteral("status"), QStringLiteral("issued")}},
                               {{QStringLiteral("status"), QStringLiteral("revoked")},
                                {QStringLiteral("revoke_reason"), reason}});
            e.isValid())
            return e;
    }
    return {};
}

// Whatever names the other unit names the kept one: recommendations, parents, links, letters,
// and the units' history.
QSqlError UnitRepository::moveReferences(qint64 keep, qint64 other)
{
    QSqlQuery q(m_db.connection());
    const QList<QPair<QString, QString>> moves = {
        {QStringLiteral("recommended_units"), QStringLiteral("registered_unit_id")},
        {QStringLiteral("participations"), QStringLiteral("parent_unit_id")},
        {QStringLiteral("links"), QStringLiteral("unit_id")},
        {QStringLiteral("letters"), QStringLiteral("unit_id")},
    };
    for (const auto &[table, column] : moves) {
        if (!exec(q, QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 = ?").arg(table, column),
                  {keep, other}))
            return q.lastError();
    }
    // A unit never its own parent after the merge.
    if (!exec(q,
              QStringLiteral("UPDATE participations SET parent_unit_id = NULL WHERE unit_id = "
                             "? AND parent_unit_id = ?"),
              {keep, keep}))
        return q.lastError();
    // History follows the kept unit.
    if (!exec(q,
              QStringLiteral("UPDATE audit_log SET record_id = ? WHERE table_name = 'units' "
                             "AND record_id = ?"),
              {keep, other}))
        return q.lastError();
    return {};
}

// The other unit stays, merged_into the kept one; both audited.
QSqlError UnitRepository::markMerged(qint64 keep, const Unit &other)
{
    QSqlQuery q(m_db.connection());
    if (!exec(q,
              QStringLiteral("UPDATE units SET merged_into = ?, row_version = row_version + 1, "
                             "updated_at = ?,"
                             " updated_by = ? WHERE id = ?"),
              {keep, Clock::nowText(), m_db.userName(), other.id}))
        return q.lastError();
    if (QSqlError e = AuditLog::record(m_db, QStringLiteral("units"), keep, QStringLiteral("merge"),
                                       {{QStringLiteral("merged_unit_id"), other.id},
                                        {QStringLiteral("merged_unit"), unitValues(other)}},
                                       {{QStringLiteral("kept_unit_id"), keep}});
        e.isValid())
        return e;
    return AuditLog::record(m_db, QStringLiteral("units"), other.id, QStringLiteral("merged"),
                            {{QStringLiteral("merged_into"), QVariant()}},
                            {{QStringLiteral("merged_into"), keep}});
}

Problems UnitRepository::unmerge(const UnitMergeSnapshot &before)
{
    {
        Transaction tx(m_db);
        if (tx.error().isValid())
            return fail(tx.error());
        const Lookup<Unit> other = unit(before.other());
        if (!other && other.error().isDatabase())
            return fail(other.error().sqlError);
        if (before.isEmpty() || !other || other->mergedInto != before.keep())
            return {{{},
                     0,
                     QString(),
                     tr("the merge cannot be undone: the unit is no longer "
                        "merged into the one that was kept")}};
        if (const QSqlError e = before.restore(m_db); e.isValid())
            return fail(e);
        if (const QSqlError e = AuditLog::record(m_db, QStringLiteral("units"), before.other(),
                                                 QStringLiteral("unmerge"),
                                                 {{QStringLiteral("merged_into"), before.keep()}},
                                                 {{QStringLiteral("merged_into"), QVariant()}});
            e.isValid())
            return fail(e);
        if (const QSqlError e = tx.commit(); e.isValid())
            return fail(e);
    }
    m_db.events()->notify(DataEvents::Units | DataEvents::Links | DataEvents::Letters);
    return {};
}

int UnitRepository::carryOverCount(qint64 fromCampaign, qint64 toCampaign, QSqlError *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM participations p JOIN units u ON u.id = p.unit_id"
        " WHERE p.campaign_id = ? AND u.merged_into IS NULL AND NOT EXISTS (SELECT 1 FROM"
        " participations c WHERE c.campaign_id = ? AND c.unit_id = p.unit_id)"));
    q.addBindValue(fromCampaign);
    q.addBindValue(toCampaign);
    const Lookup<int> count
        = lookupFirstRow(q, [](const QSqlQuery &row) { return row.value(0).toInt(); });
    if (!count && count.error().isDatabase())
        failedWith(count.error().sqlError, error);
    return count.value_or(-1);
}

Problems UnitRepository::carryOver(qint64 fromCampaign, qint64 toCampaign, int *created)
{
    if (created)
        *created = 0;
    if (fromCampaign == toCampaign || fromCampaign == 0 || toCampaign == 0)
        return {{{}, 0, QString(), tr("there is no earlier campaign to carry units over from")}};
    int count = 0;
    {
        Transaction tx(m_db);
        if (tx.error().isValid())
            return fail(tx.error());
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "SELECT p.unit_id, p.kind, COALESCE(pu.merged_into, p.parent_unit_id), p.sample_target"
            " FROM participations p JOIN units u ON u.id = p.unit_id"
            " LEFT JOIN units pu ON pu.id = p.parent_unit_id"
            " WHERE p.campaign_id = ? AND u.merged_into IS NULL"
            " AND NOT EXISTS (SELECT 1 FROM participations c WHERE c.campaign_id = ? AND c.unit_id "
            "= p.unit_id)"
            " ORDER BY p.unit_id"));
        q.addBindValue(fromCampaign);
        q.addBindValue(toCampaign);
        if (!execPrepared(q))
            return fail(q.lastError());
        QList<Participation> todo;
        while (q.next()) {
            Participation p;
            p.campaignId = toCampaign;
            p.unitId = q.value(0).toLongLong();
            p.kind = DomainNames::unitKindFromText(q.value(1).toString())
                         .value_or(UnitKind::Supporting);
            p.parentUnitId = q.value(2).toLongLong();
            p.sampleTarget = q.value(3).toLongLong();
            todo.append(p);
        }
        q.finish();
        const QString now = Clock::nowText();
        for (Participation &p : todo) {
            QVariantMap values = participationValues(p);
            values.insert(QStringLiteral("carried_over_from_campaign_id"), fromCampaign);
            if (QSqlError e = insertParticipationRow(p, now, values); e.isValid())
                return fail(e);
            ++count;
        }
        if (QSqlError e = tx.commit(); e.isValid())
            return fail(e);
    }
    if (created)
        *created = count;
    m_db.events()->notify(DataEvents::Units);
    return {};
}
