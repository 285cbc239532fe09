#include "letters/LetterTemplateRepository.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/LookupError.h"
#include "db/SqlValue.h"
#include "db/Transaction.h"
#include "repo/AuditLog.h"
#include "repo/CampaignRepository.h"
#include "db/SqlPrepare.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSqlQuery>

namespace {
Problems sqlProblem(const QSqlError &e)
{
    return {{{}, 0, QString(), Dialect::describeError(e)}};
}

bool validSeries(const QString &series)
{
    return series == QLatin1String("FQ") || series == QLatin1String("ZC");
}
} // namespace

LetterTemplate LetterTemplateRepository::load(qint64 campaignId, const QString &series,
                                              bool *custom, QSqlError *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT html, seal_image, row_version FROM letter_templates"
                             " WHERE campaign_id = ? AND series = ?"));
    q.addBindValue(campaignId);
    q.addBindValue(series);
    if (execPrepared(q) && q.next()) {
        LetterTemplate t;
        t.series = series;
        t.html = q.value(0).toString();
        t.sealImage = q.value(1).toByteArray();
        t.rowVersion = q.value(2).toInt();
        if (custom)
            *custom = true;
        return t;
    }
    if (q.lastError().isValid() && error)
        *error = q.lastError();
    if (custom)
        *custom = false;
    return LetterTemplate::defaultFor(series);
}

ConflictError LetterTemplateRepository::conflictWith(qint64 campaignId,
                                                     const LetterTemplate &tmpl) const
{
    ConflictError c;
    c.table = QStringLiteral("letter_templates");
    c.recordId = campaignId;
    c.loadedVersion = tmpl.rowVersion;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT row_version, updated_by, updated_at FROM letter_templates"
                             " WHERE campaign_id = ? AND series = ?"));
    q.addBindValue(campaignId);
    q.addBindValue(tmpl.series);
    const Lookup<bool> stored = lookupFirstRow(q, [&c](const QSqlQuery &row) {
        c.currentVersion = row.value(0).toInt();
        c.changedBy = row.value(1).toString();
        c.changedAt = row.value(2).toString();
        c.changedFields = {QStringLiteral("html")};
        return true;
    });
    if (!stored && stored.error().isDatabase())
        c.readError = stored.error().sqlError;
    else if (!stored)
        c.deleted = true; // reset to the built-in template meanwhile
    return c;
}

Problems LetterTemplateRepository::refuse(qint64 campaignId, const LetterTemplate &tmpl,
                                          ConflictError *conflict) const
{
    const ConflictError c = conflictWith(campaignId, tmpl);
    if (conflict)
        *conflict = c;
    return {{{},
             0,
             QStringLiteral("row_version"),
             c.deleted ? tr("the template was reset to the built-in one since it was opened")
                       : tr("the template was %1").arg(c.message())}};
}

Problems LetterTemplateRepository::save(qint64 campaignId, LetterTemplate &tmpl,
                                        ConflictError *conflict)
{
    if (!validSeries(tmpl.series))
        return {{{}, 0, QStringLiteral("series"), tr("the series is FQ or ZC")}};
    if (tmpl.html.trimmed().isEmpty())
        return {{{}, 0, QStringLiteral("html"), tr("the template is empty")}};
    QStringList unknown;
    tmpl.fill({}, {}, &unknown);
    for (const QString &name : LetterTemplate::placeholderNames())
        unknown.removeAll(name);
    if (!unknown.isEmpty())
        return {{{},
                 0,
                 QStringLiteral("html"),
                 tr("unknown placeholders: %1").arg(unknown.join(QStringLiteral(", ")))}};
    if (!tmpl.html.contains(QLatin1String("{{number}}"))
        || !tmpl.html.contains(QLatin1String("{{verify_code}}")))
        return {{{},
                 0,
                 QStringLiteral("html"),
                 tr("the template must print {{number}} and {{verify_code}}")}};

    Transaction tx(m_db);
    if (tx.error().isValid())
        return sqlProblem(tx.error());
    bool custom = false;
    QSqlError error; // a template the database failed to read is not the built-in one
    const LetterTemplate before = load(campaignId, tmpl.series, &custom, &error);
    if (error.isValid())
        return sqlProblem(error);
    // The update happens only over the version the editor loaded (none: the built-in one); a
    // concurrent save of the same version makes this one match no row (PostgreSQL re-checks
    // the WHERE after the other commits; SQLite holds the write lock).
    if (before.rowVersion != tmpl.rowVersion)
        return refuse(campaignId, tmpl, conflict);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO letter_templates (campaign_id, series, html, seal_image, updated_at, "
        "updated_by)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (campaign_id, series) DO UPDATE SET"
        " html = excluded.html, seal_image = excluded.seal_image, updated_at = excluded.updated_at,"
        " updated_by = excluded.updated_by, row_version = letter_templates.row_version + 1"
        " WHERE letter_templates.row_version = ?"));
    q.addBindValue(campaignId);
    q.addBindValue(tmpl.series);
    q.addBindValue(tmpl.html);
    q.addBindValue(tmpl.sealImage.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                            : QVariant(tmpl.sealImage));
    q.addBindValue(Clock::nowText());
    q.addBindValue(SqlValue::text(m_db.userName()));
    q.addBindValue(tmpl.rowVersion);
    if (!execPrepared(q))
        return sqlProblem(q.lastError());
    if (q.numRowsAffected() != 1) {
        q.finish();
        return refuse(campaignId, tmpl, conflict);
    }
    tmpl.rowVersion = before.rowVersion + 1;
    const auto digest = [](const QByteArray &data) {
        return data.isEmpty()
            ? QString()
            : QString::fromLatin1(
                QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    };
    const QVariantMap oldValues {{QStringLiteral("series"), tmpl.series},
                                 {QStringLiteral("custom"), custom},
                                 {QStringLiteral("html"), before.html},
                                 {QStringLiteral("seal_sha256"), digest(before.sealImage)}};
    const QVariantMap newValues {{QStringLiteral("series"), tmpl.series},
                                 {QStringLiteral("html"), tmpl.html},
                                 {QStringLiteral("seal_sha256"), digest(tmpl.sealImage)}};
    if (QSqlError e = AuditLog::record(m_db, QStringLiteral("letter_templates"), campaignId,
                                       QStringLiteral("save"), oldValues, newValues);
        e.isValid())
        return sqlProblem(e);
    if (QSqlError e = tx.commit(); e.isValid())
        return sqlProblem(e);
    m_db.events()->notify(DataEvents::Letters);
    return {};
}

Problems LetterTemplateRepository::reset(qint64 campaignId, const QString &series)
{
    Transaction tx(m_db);
    if (tx.error().isValid())
        return sqlProblem(tx.error());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM letter_templates WHERE campaign_id = ? AND series = ?"));
    q.addBindValue(campaignId);
    q.addBindValue(series);
    if (!execPrepared(q))
        return sqlProblem(q.lastError());
    if (QSqlError e
        = AuditLog::record(m_db, QStringLiteral("letter_templates"), campaignId,
                           QStringLiteral("reset"), {{QStringLiteral("series"), series}}, {});
        e.isValid())
        return sqlProblem(e);
    if (QSqlError e = tx.commit(); e.isValid())
        return sqlProblem(e);
    m_db.events()->notify(DataEvents::Letters);
    return {};
}

QList<LetterDocument> LetterTemplateRepository::documentsFor(const QList<Letter> &letters,
                                                             QSqlError *error) const
{
    QList<LetterDocument> documents;
    QHash<qint64, Campaign> campaigns;
    QHash<QString, LetterTemplate> templates;
    CampaignRepository campaignRepository(m_db);
    for (const Letter &l : letters) {
        if (!campaigns.contains(l.campaignId)) {
            const Lookup<Campaign> c = campaignRepository.byId(l.campaignId);
            if (!c && c.error().isDatabase()) {
                failedWith(c.error().sqlError, error);
                return {};
            }
            campaigns.insert(l.campaignId, c.value_or(Campaign {}));
        }
        const QString key = QString::number(l.campaignId) + QLatin1Char('/') + l.series;
        if (!templates.contains(key)) {
            QSqlError e;
            templates.insert(key, load(l.campaignId, l.series, nullptr, &e));
            if (failedWith(e, error))
                return {};
        }
        documents.append({l, campaigns.value(l.campaignId), templates.value(key)});
    }
    return documents;
}
