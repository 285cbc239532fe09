#include "progress/GradingRepository.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/LookupError.h"
#include "db/SqlPrepare.h"
#include "db/SqlValue.h"
#include "db/Transaction.h"
#include "repo/AuditLog.h"

#include <QSqlQuery>

QList<GradingRule> GradingRepository::rules(qint64 campaignId, bool *stored, QSqlError *error) const
{
    QList<GradingRule> out;
    QSqlQuery q(m_db.connection());
    if (refusedToPrepare(
            q,
            QStringLiteral("SELECT grade, rank, min_share, min_samples, min_support FROM"
                           " grading_rules WHERE campaign_id = ? ORDER BY rank, grade"))) {
        failedWith(q.lastError(), error);
        if (stored)
            *stored = false;
        return Grading::defaultRules(); // no answer: only a value for the caller (see header)
    }
    q.addBindValue(campaignId);
    readEveryRow(q, error, [&](const QSqlQuery &row) {
        out.append({row.value(0).toString(), row.value(1).toInt(), row.value(2).toDouble(),
                    row.value(3).toLongLong(), row.value(4).toInt()});
    });
    if (stored)
        *stored = !out.isEmpty();
    return out.isEmpty() ? Grading::defaultRules() : out;
}

QSqlError GradingRepository::insertRules(Database &db, qint64 campaignId,
                                         const QList<GradingRule> &rules)
{
    QSqlQuery q(db.connection());
    for (const GradingRule &r : rules) {
        q.prepare(QStringLiteral(
            "INSERT INTO grading_rules (campaign_id, grade, rank, min_share, min_samples,"
            " min_support) VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(campaignId);
        q.addBindValue(SqlValue::text(r.grade.trimmed()));
        q.addBindValue(r.rank);
        q.addBindValue(r.minShare);
        q.addBindValue(r.minSamples);
        q.addBindValue(r.minSupport);
        if (!execPrepared(q))
            return q.lastError();
    }
    return {};
}

namespace {
QVariantMap ruleValues(const QList<GradingRule> &rules)
{
    QVariantMap m;
    for (const GradingRule &r : rules)
        m.insert(r.grade,
                 QStringLiteral("rank %1, share %2, samples %3, support %4")
                     .arg(r.rank)
                     .arg(r.minShare)
                     .arg(r.minSamples)
                     .arg(r.minSupport));
    return m;
}
} // namespace

QStringList GradingRepository::saveRules(qint64 campaignId, const QList<GradingRule> &rules,
                                         const QList<GradingRule> *loaded, ConflictError *conflict)
{
    QStringList problems = Grading::validate(rules);
    if (rules.isEmpty())
        problems << tr("a campaign needs at least one grading rule");
    if (!problems.isEmpty())
        return problems;
    Transaction tx(m_db);
    if (tx.error().isValid())
        return {Dialect::describeError(tx.error())};
    QSqlQuery q(m_db.connection());
    // The rules are one record per campaign: saves of one campaign's rules take turns (the
    // campaign row is the lock), so the comparison below sees the last committed rules.
    q.prepare(QStringLiteral("SELECT id FROM campaigns WHERE id = ?")
              + m_db.dialect().lockRowsSuffix());
    q.addBindValue(campaignId);
    if (!execPrepared(q))
        return {Dialect::describeError(q.lastError())};
    q.finish();
    bool stored = false;
    QSqlError readError;
    const QList<GradingRule> old = this->rules(campaignId, &stored, &readError);
    // Rules that could not be read are neither "someone else's" nor the defaults.
    if (readError.isValid())
        return {Dialect::describeError(readError)};
    if (loaded && *loaded != old) {
        ConflictError c;
        c.table = QStringLiteral("grading_rules");
        c.recordId = campaignId;
        c.changedFields = {QStringLiteral("rules")};
        const QList<AuditLog::Entry> entries
            = AuditLog::forRecord(m_db, QStringLiteral("grading_rules"), campaignId, &c.readError);
        if (!entries.isEmpty()) {
            c.changedBy = entries.constLast().user;
            c.changedAt = entries.constLast().at;
        }
        if (conflict)
            *conflict = c;
        return {tr("the grading rules were %1").arg(c.message())};
    }
    q.prepare(QStringLiteral("DELETE FROM grading_rules WHERE campaign_id = ?"));
    q.addBindValue(campaignId);
    if (!execPrepared(q))
        return {Dialect::describeError(q.lastError())};
    if (QSqlError e = insertRules(m_db, campaignId, rules); e.isValid())
        return {Dialect::describeError(e)};
    if (QSqlError e = AuditLog::record(m_db, QStringLiteral("grading_rules"), campaignId,
                                       QStringLiteral("replace"),
                                       stored ? ruleValues(old) : QVariantMap(), ruleValues(rules));
        e.isValid())
        return {Dialect::describeError(e)};
    if (QSqlError e = tx.commit(); e.isValid())
        return {Dialect::describeError(e)};
    m_db.events()->notify(DataEvents::Grades);
    return {};
}

QStringList GradingRepository::setSupportScore(qint64 campaignId, qint64 unitId, int score)
{
    if (score < 0)
        return {tr("the support score cannot be negative")};
    Transaction tx(m_db);
    if (tx.error().isValid())
        return {Dialect::describeError(tx.error())};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT id, support_score FROM participations WHERE campaign_id = ? AND unit_id = ?"));
    q.addBindValue(campaignId);
    q.addBindValue(unitId);
    if (!execPrepared(q) || !q.next())
        return {tr("unit %1 does not take part in this campaign").arg(unitId)};
    const qint64 id = q.value(0).toLongLong();
    const int old = q.value(1).toInt();
    q.finish();
    if (old == score)
        return {};
    q.prepare(
        QStringLiteral("UPDATE participations SET support_score = ?, row_version = row_version + 1,"
                       " updated_at = ?, updated_by = ? WHERE id = ?"));
    q.addBindValue(score);
    q.addBindValue(Clock::nowText());
    q.addBindValue(SqlValue::text(m_db.userName()));
    q.addBindValue(id);
    if (!execPrepared(q))
        return {Dialect::describeError(q.lastError())};
    if (QSqlError e = AuditLog::record(
            m_db, QStringLiteral("participations"), id, QStringLiteral("update"),
            {{QStringLiteral("support_score"), old}}, {{QStringLiteral("support_score"), score}});
        e.isValid())
        return {Dialect::describeError(e)};
    if (QSqlError e = tx.commit(); e.isValid())
        return {Dialect::describeError(e)};
    m_db.events()->notify(DataEvents::Grades);
    return {};
}

int GradingRepository::applyGrades(qint64 campaignId, const QList<UnitGrade> &grades,
                                   QString *error)
{
    const auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return -1;
    };
    Transaction tx(m_db);
    if (tx.error().isValid())
        return fail(Dialect::describeError(tx.error()));
    QSqlQuery read(m_db.connection());
    read.prepare(
        QStringLiteral("SELECT id, unit_id, grade FROM participations WHERE campaign_id = ?"));
    read.addBindValue(campaignId);
    if (!execPrepared(read))
        return fail(Dialect::describeError(read.lastError()));
    QHash<qint64, QPair<qint64, QString>> current;
    while (read.next())
        current.insert(read.value(1).toLongLong(),
                       {read.value(0).toLongLong(), read.value(2).toString()});
    read.finish();
    QSqlQuery q(m_db.connection());
    const QString now = Clock::nowText();
    const QString user = m_db.userName();
    int changed = 0;
    for (const UnitGrade &g : grades) {
        const auto it = current.constFind(g.unitId);
        if (it == current.constEnd() || it->second == g.grade)
            continue;
        q.prepare(
            QStringLiteral("UPDATE participations SET grade = ?, row_version = row_version + 1,"
                           " updated_at = ?, updated_by = ? WHERE id = ?"));
        q.addBindValue(SqlValue::text(g.grade));
        q.addBindValue(now);
        q.addBindValue(SqlValue::text(user));
        q.addBindValue(it->first);
        if (!execPrepared(q))
            return fail(Dialect::describeError(q.lastError()));
        if (QSqlError e = AuditLog::record(
                m_db, QStringLiteral("participations"), it->first, QStringLiteral("grade"),
                {{QStringLiteral("grade"), it->second}}, {{QStringLiteral("grade"), g.grade}});
            e.isValid())
            return fail(Dialect::describeError(e));
        ++changed;
    }
    if (QSqlError e = tx.commit(); e.isValid())
        return fail(Dialect::describeError(e));
    if (changed > 0)
        m_db.events()->notify(DataEvents::Grades);
    return changed;
}
