#include "checklist/ChecklistRepository.h"

#include "common/Clock.h"
#include "db/DataEvents.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/LookupError.h"
#include "db/Transaction.h"
#include "repo/AuditLog.h"
#include "repo/CampaignRepository.h"
#include "db/SqlPrepare.h"

#include <QCollator>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace {

const QString kTable = QStringLiteral("checklist_ticks");

Problems failure(const QString &field, const QString &message)
{
    return {{{}, 0, field, message}};
}

Problems failure(const QSqlError &error)
{
    return failure(QString(), Dialect::describeError(error));
}

void setError(QSqlError *error, const QSqlError &e)
{
    if (error && !error->isValid())
        *error = e;
}

ChecklistMark doneMark(const QString &at, const QString &by, const QString &source)
{
    ChecklistMark m;
    m.done = true;
    m.at = at;
    m.day = Clock::chinaDay(at);
    m.by = by;
    m.source = source;
    return m;
}

QVariantMap tickValues(qint64 campaignId, const ChecklistTick &t)
{
    if (!t.ticked)
        return {};
    return {{QStringLiteral("campaign_id"), campaignId},
            {QStringLiteral("unit_id"), t.unitId},
            {QStringLiteral("item"), ChecklistItems::code(t.item)},
            {QStringLiteral("ticked_at"), t.at},
            {QStringLiteral("ticked_by"), t.by},
            {QStringLiteral("source"), t.source}};
}

} // namespace

QDate ChecklistRepository::dueDate(const Campaign &campaign, ChecklistItem item)
{
    switch (item) {
    case ChecklistItem::FormReceived:
        return campaign.formDue;
    case ChecklistItem::LinksRequested:
        return campaign.linkRequestDue;
    case ChecklistItem::GiftListReceived:
        return campaign.giftListDue;
    default:
        return campaign.startDate.isValid() ? campaign.startDate.addDays(-1) : QDate();
    }
}

QList<ChecklistRow> ChecklistRepository::rows(qint64 campaignId, QSqlError *error) const
{
    return rows(campaignId, Clock::chinaToday(), error);
}

QList<ChecklistRow> ChecklistRepository::rows(qint64 campaignId, const QDate &today,
                                              QSqlError *errorOut) const
{
    // Rows without their marks are no answer: any failed read makes the result empty.
    QSqlError failure;
    QSqlError *const error = &failure;
    QList<ChecklistRow> list;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT p.unit_id, u.name, p.kind, u.province, COALESCE(p.parent_unit_id, 0),"
        " COALESCE(pu.name, ''), u.contact, u.phone, p.links_requested, p.links_requested_at,"
        " (SELECT a.user_name FROM audit_log a WHERE a.table_name = 'participations'"
        "  AND a.record_id = p.id AND a.action = 'links-request' ORDER BY a.id DESC LIMIT 1),"
        " u.sort"
        " FROM participations p JOIN units u ON u.id = p.unit_id"
        " LEFT JOIN units pu ON pu.id = p.parent_unit_id"
        " WHERE p.campaign_id = ? AND u.merged_into IS NULL ORDER BY u.name_key, u.id"));
    q.addBindValue(campaignId);
    if (!execPrepared(q)) {
        failedWith(q.lastError(), errorOut);
        return {};
    }
    const int items = int(ChecklistItems::all().size());
    while (q.next()) {
        ChecklistRow r;
        r.unitId = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.kind
            = DomainNames::unitKindFromText(q.value(2).toString()).value_or(UnitKind::Supporting);
        r.province = q.value(3).toString();
        r.parentId = q.value(4).toLongLong();
        r.parentName = q.value(5).toString();
        r.contact = q.value(6).toString();
        r.phone = q.value(7).toString();
        r.sort = DomainNames::unitSortFromText(q.value(11).toString()).value_or(UnitSort::Other);
        r.marks.resize(items);
        if (!q.value(8).isNull())
            r.marks[int(ChecklistItem::LinksRequested)] = doneMark(
                q.value(9).toString(), q.value(10).toString(), QStringLiteral("program"));
        list.append(r);
    }
    setError(error, q.lastError()); // SQLite reports a damaged page when its row is fetched
    // By name in pinyin order, as the unit list shows them.
    const QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    std::stable_sort(list.begin(), list.end(), [&](const ChecklistRow &a, const ChecklistRow &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    addAutomaticMarks(campaignId, list, error);
    addTicks(campaignId, list, error);

    const Lookup<Campaign> campaign = CampaignRepository(m_db).byId(campaignId);
    if (!campaign && campaign.error().isDatabase())
        setError(error, campaign.error().sqlError);
    for (ChecklistRow &r : list) {
        for (ChecklistItem item : ChecklistItems::all()) {
            ChecklistMark &m = r.marks[int(item)];
            m.due = campaign ? dueDate(*campaign, item) : QDate();
            m.applies
                = m.done || item != ChecklistItem::GiftListReceived || r.sort == UnitSort::Company;
            m.overdue = m.applies && !m.done && m.due.isValid() && today > m.due;
        }
    }
    if (failedWith(failure, errorOut))
        return {};
    return list;
}

// Links issued and letter issued, read from the links and letters themselves.
void ChecklistRepository::addAutomaticMarks(qint64 campaignId, QList<ChecklistRow> &rows,
                                            QSqlError *error) const
{
    QHash<qint64, int> rowOf;
    for (int i = 0; i < rows.size(); ++i)
        rowOf.insert(rows.at(i).unitId, i);
    const QList<QPair<ChecklistItem, QString>> sources = {
        {ChecklistItem::LinksIssued,
         QStringLiteral("SELECT unit_id, created_at, created_by FROM links"
                        " WHERE campaign_id = ? AND status = 'active' ORDER BY created_at, id")},
        {ChecklistItem::LetterIssued,
         QStringLiteral("SELECT unit_id, issued_at, issued_by FROM letters"
                        " WHERE campaign_id = ? AND status = 'issued' ORDER BY issued_at, id")},
    };
    QSqlQuery q(m_db.connection());
    for (const auto &[item, sql] : sources) {
        q.prepare(sql);
        q.addBindValue(campaignId);
        if (!execPrepared(q)) {
            setError(error, q.lastError());
            continue;
        }
        while (q.next()) {
            const auto it = rowOf.constFind(q.value(0).toLongLong());
            if (it == rowOf.constEnd() || rows[*it].marks[int(item)].done)
                continue; // the first one counts
            rows[*it].marks[int(item)]
                = doneMark(q.value(1).toString(), q.value(2).toString(), QStringLiteral("program"));
        }
        setError(error, q.lastError());
    }
}

void ChecklistRepository::addTicks(qint64 campaignId, QList<ChecklistRow> &rows,
                                   QSqlError *error) const
{
    QHash<qint64, int> rowOf;
    for (int i = 0; i < rows.size(); ++i)
        rowOf.insert(rows.at(i).unitId, i);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT unit_id, item, ticked_at, ticked_by, source"
                             " FROM checklist_ticks WHERE campaign_id = ?"));
    q.addBindValue(campaignId);
    if (!execPrepared(q)) {
        setError(error, q.lastError());
        return;
    }
    while (q.next()) {
        const auto it = rowOf.constFind(q.value(0).toLongLong());
        const auto item = ChecklistItems::fromCode(q.value(1).toString());
        if (it == rowOf.constEnd() || !item || ChecklistItems::isAutomatic(*item))
            continue;
        rows[*it].marks[int(*item)]
            = doneMark(q.value(2).toString(), q.value(3).toString(), q.value(4).toString());
    }
    setError(error, q.lastError());
}

Problems ChecklistRepository::tick(qint64 campaignId, const QList<qint64> &unitIds,
                                   ChecklistItem item, const QString &source, const QString &user,
                                   QList<ChecklistTick> *before)
{
    return setTicked(campaignId, unitIds, item, true, source, user, before);
}

Problems ChecklistRepository::untick(qint64 campaignId, const QList<qint64> &unitIds,
                                     ChecklistItem item, QList<ChecklistTick> *before)
{
    return setTicked(campaignId, unitIds, item, false, QString(), QString(), before);
}

Problems ChecklistRepository::checkTakesPart(qint64 campaignId, const QList<qint64> &unitIds) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT 1 FROM participations p JOIN units u ON u.id = p.unit_id"
                       " WHERE p.campaign_id = ? AND p.unit_id = ? AND u.merged_into IS NULL"));
    for (const qint64 unitId : unitIds) {
        q.addBindValue(campaignId);
        q.addBindValue(unitId);
        if (!execPrepared(q))
            return failure(q.lastError());
        if (!q.next())
            return failure(QStringLiteral("unit"),
                           tr("unit %1 does not take part in this campaign").arg(unitId));
        q.finish();
    }
    return {};
}

// A tick by hand: an item the program does not tick itself, for at least one unit.
Problems ChecklistRepository::checkManualTick(const QList<qint64> &unitIds, ChecklistItem item)
{
    if (ChecklistItems::isAutomatic(item))
        return failure(QStringLiteral("item"),
                       tr("\"%1\" ticks itself from the program's records and cannot be ticked "
                          "by hand")
                           .arg(ChecklistItems::displayName(item)));
    if (unitIds.isEmpty())
        return failure(QStringLiteral("unit"), tr("choose at least one unit"));
    return {};
}

Problems ChecklistRepository::setTicked(qint64 campaignId, const QList<qint64> &unitIds,
                                        ChecklistItem item, bool ticked, const QString &source,
                                        const QString &user, QList<ChecklistTick> *before)
{
    if (Problems p = checkManualTick(unitIds, item); !p.isEmpty())
        return p;
    Transaction tx(m_db);
    if (tx.error().isValid())
        return failure(tx.error());
    if (Problems p = checkTakesPart(campaignId, unitIds); !p.isEmpty())
        return p;
    QList<ChecklistTick> states;
    if (Problems p = writeTicks(campaignId, unitIds, item, ticked, source, user, &states);
        !p.isEmpty())
        return p;
    if (QSqlError e = tx.commit(); e.isValid())
        return failure(e);
    if (before)
        *before = states;
    m_db.events()->notify(DataEvents::Checklist);
    return {};
}

Problems ChecklistRepository::plan(qint64 campaignId, const QList<qint64> &unitIds,
                                   ChecklistItem item, bool ticked, const QString &source,
                                   QList<ChecklistTick> *before, QList<ChecklistTick> *after) const
{
    if (Problems p = checkManualTick(unitIds, item); !p.isEmpty())
        return p;
    if (Problems p = checkTakesPart(campaignId, unitIds); !p.isEmpty())
        return p;
    const QString now = Clock::nowText();
    for (const qint64 unitId : unitIds) {
        ChecklistTick current;
        qint64 rowId = 0;
        QSqlError e;
        if (!readTick(campaignId, unitId, item, &current, &rowId, &e))
            return failure(e);
        before->append(current);
        ChecklistTick wanted = current;
        if (current.ticked != ticked) { // ticked twice keeps the first tick
            wanted.ticked = ticked;
            wanted.at = ticked ? now : QString();
            wanted.by = ticked ? m_db.userName() : QString();
            wanted.source = ticked ? source : QString();
        }
        after->append(wanted);
    }
    return {};
}

Problems ChecklistRepository::tickWithinTransaction(qint64 campaignId, const QList<qint64> &unitIds,
                                                    ChecklistItem item, const QString &source)
{
    QList<qint64> taking;
    for (const qint64 unitId : unitIds) {
        if (checkTakesPart(campaignId, {unitId}).isEmpty())
            taking.append(unitId);
    }
    if (taking.isEmpty() || ChecklistItems::isAutomatic(item))
        return {};
    QList<ChecklistTick> states;
    return writeTicks(campaignId, taking, item, true, source, QString(), &states);
}

Problems ChecklistRepository::writeTicks(qint64 campaignId, const QList<qint64> &unitIds,
                                         ChecklistItem item, bool ticked, const QString &source,
                                         const QString &user, QList<ChecklistTick> *states)
{
    const QString now = Clock::nowText();
    const QString who = user.isEmpty() ? m_db.userName() : user;
    for (const qint64 unitId : unitIds) {
        ChecklistTick current;
        qint64 rowId = 0;
        QSqlError e;
        if (!readTick(campaignId, unitId, item, &current, &rowId, &e))
            return failure(e);
        states->append(current);
        if (current.ticked == ticked)
            continue; // ticked twice keeps the first tick
        ChecklistTick wanted = current;
        wanted.ticked = ticked;
        wanted.at = ticked ? now : QString();
        wanted.by = ticked ? who : QString();
        wanted.source = ticked ? (source.isEmpty() ? QStringLiteral("manual") : source) : QString();
        if (QSqlError w = writeTick(campaignId, current, wanted, rowId); w.isValid())
            return failure(w);
    }
    return {};
}

bool ChecklistRepository::readTick(qint64 campaignId, qint64 unitId, ChecklistItem item,
                                   ChecklistTick *tick, qint64 *rowId, QSqlError *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, ticked_at, ticked_by, source FROM checklist_ticks"
                             " WHERE campaign_id = ? AND unit_id = ? AND item = ?")
              + m_db.dialect().lockRowsSuffix());
    q.addBindValue(campaignId);
    q.addBindValue(unitId);
    q.addBindValue(ChecklistItems::code(item));
    if (!execPrepared(q)) {
        *error = q.lastError();
        return false;
    }
    *tick = ChecklistTick {unitId, item, false, {}, {}, {}};
    *rowId = 0;
    if (q.next()) {
        *rowId = q.value(0).toLongLong();
        tick->ticked = true;
        tick->at = q.value(1).toString();
        tick->by = q.value(2).toString();
        tick->source = q.value(3).toString();
    }
    return true;
}

// Replaces the stored state from (row rowId, 0 when there is none) with to, audited.
QSqlError ChecklistRepository::writeTick(qint64 campaignId, const ChecklistTick &from,
                                         const ChecklistTick &to, qint64 rowId)
{
    QSqlQuery q(m_db.connection());
    if (rowId != 0) {
        q.prepare(QStringLiteral("DELETE FROM checklist_ticks WHERE id = ?"));
        q.addBindValue(rowId);
        if (!execPrepared(q))
            return q.lastError();
    }
    qint64 recordId = rowId;
    if (to.ticked) {
        q.prepare(QStringLiteral("INSERT INTO checklist_ticks (campaign_id, unit_id, item,"
                                 " ticked_at, ticked_by, source) VALUES (?, ?, ?, ?, ?, ?)"
                                 " RETURNING id"));
        q.addBindValue(campaignId);
        q.addBindValue(to.unitId);
        q.addBindValue(ChecklistItems::code(to.item));
        q.addBindValue(to.at);
        q.addBindValue(to.by);
        q.addBindValue(to.source);
        if (!execPrepared(q) || !q.next())
            return q.lastError();
        recordId = q.value(0).toLongLong();
        q.finish();
    }
    return AuditLog::record(m_db, kTable, recordId,
                            to.ticked ? QStringLiteral("tick") : QStringLiteral("untick"),
                            tickValues(campaignId, from), tickValues(campaignId, to));
}

QList<ChecklistTick> ChecklistRepository::ticks(qint64 campaignId, const QList<qint64> &unitIds,
                                                ChecklistItem item) const
{
    QList<ChecklistTick> list;
    for (const qint64 unitId : unitIds) {
        ChecklistTick t;
        qint64 rowId = 0;
        QSqlError e;
        readTick(campaignId, unitId, item, &t, &rowId, &e);
        list.append(t);
    }
    return list;
}

Problems ChecklistRepository::restore(qint64 campaignId, const QList<ChecklistTick> &expected,
                                      const QList<ChecklistTick> &wanted)
{
    if (expected.size() != wanted.size())
        return failure(QString(), QStringLiteral("restore: expected and wanted differ in size"));
    Transaction tx(m_db);
    if (tx.error().isValid())
        return failure(tx.error());
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        ChecklistTick current;
        qint64 rowId = 0;
        QSqlError e;
        const ChecklistTick &w = wanted.at(i);
        if (!readTick(campaignId, w.unitId, w.item, &current, &rowId, &e))
            return failure(e);
        if (current != expected.at(i)) {
            const QString who = current.ticked ? current.by : tr("someone else");
            return failure(QStringLiteral("item"),
                           tr("%1 changed \"%2\" of unit %3 meanwhile; nothing was changed")
                               .arg(who.isEmpty() ? tr("someone else") : who,
                                    ChecklistItems::displayName(w.item))
                               .arg(w.unitId));
        }
        if (current == w)
            continue;
        if (QSqlError we = writeTick(campaignId, current, w, rowId); we.isValid())
            return failure(we);
    }
    if (QSqlError e = tx.commit(); e.isValid())
        return failure(e);
    m_db.events()->notify(DataEvents::Checklist);
    return {};
}
