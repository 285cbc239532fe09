#include "imports/ImportHistory.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/SqlValue.h"
#include "imports/ImportReport.h"
#include "db/SqlPrepare.h"

#include <QFileInfo>
#include <QSqlQuery>

QString ImportHistory::key(ImportStatus status)
{
    switch (status) {
    case ImportStatus::Running:
        return QStringLiteral("running");
    case ImportStatus::Imported:
        return QStringLiteral("imported");
    case ImportStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

std::optional<ImportStatus> ImportHistory::status(const QString &text)
{
    for (const ImportStatus s :
         {ImportStatus::Running, ImportStatus::Imported, ImportStatus::Withdrawn}) {
        if (text == key(s))
            return s;
    }
    return std::nullopt;
}

qint64 ImportHistory::begin(qint64 campaignId, const QString &kind, const QString &path,
                            const QString &sha256, const QString &user, QSqlError *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO imports (campaign_id, kind, file_name, sha256, status, "
                             "user_name, started_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(campaignId);
    q.addBindValue(kind);
    q.addBindValue(QFileInfo(path).fileName());
    q.addBindValue(sha256.isNull() ? QStringLiteral("") : sha256); // NOT NULL until finish()
    q.addBindValue(key(ImportStatus::Running));
    q.addBindValue(SqlValue::text(user));
    q.addBindValue(Clock::nowText());
    if (!execPrepared(q) || !q.next()) {
        *error = q.lastError();
        return 0;
    }
    return q.value(0).toLongLong();
}

QSqlError ImportHistory::finish(qint64 importId, const ImportReport &report, bool withdrawable)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE imports SET sha256 = ?, rows_read = ?, accepted = ?,"
                             " duplicate = ?, rejected = ?, unknown_link = ?, status = ?,"
                             " withdrawable = ?, finished_at = ?, message = ? WHERE id = ?"));
    q.addBindValue(report.sha256);
    q.addBindValue(report.read);
    q.addBindValue(report.accepted);
    q.addBindValue(report.duplicate);
    q.addBindValue(report.rejected);
    q.addBindValue(report.unknownLink);
    q.addBindValue(key(ImportStatus::Imported));
    q.addBindValue(withdrawable ? 1 : 0);
    q.addBindValue(Clock::nowText());
    q.addBindValue(report.summaryLine());
    q.addBindValue(importId);
    return execPrepared(q) ? QSqlError() : q.lastError();
}

QSqlError ImportHistory::record(qint64 campaignId, const QString &kind, const ImportReport &report,
                                const QString &message, qint64 *importId)
{
    Finished import;
    import.campaignId = campaignId;
    import.kind = kind;
    import.fileName = QFileInfo(report.file).fileName();
    import.sha256 = report.sha256;
    import.read = report.read;
    import.accepted = report.created + report.updated;
    import.rejected = report.rejected;
    import.message = message;
    return record(import, importId);
}

QSqlError ImportHistory::record(const Finished &import, qint64 *importId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO imports (campaign_id, kind, file_name, sha256, rows_read, accepted,"
        " rejected, status, user_name, started_at, finished_at, message)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const QString now = Clock::nowText();
    q.addBindValue(import.campaignId);
    q.addBindValue(import.kind);
    q.addBindValue(SqlValue::text(import.fileName));
    q.addBindValue(SqlValue::text(import.sha256));
    q.addBindValue(import.read);
    q.addBindValue(import.accepted);
    q.addBindValue(import.rejected);
    q.addBindValue(key(ImportStatus::Imported));
    q.addBindValue(SqlValue::text(import.user.isEmpty() ? m_db.userName() : import.user));
    q.addBindValue(import.startedAt.isEmpty() ? now : import.startedAt);
    q.addBindValue(import.finishedAt.isEmpty() ? now : import.finishedAt);
    q.addBindValue(SqlValue::text(import.message));
    if (!execPrepared(q) || !q.next())
        return q.lastError();
    if (importId)
        *importId = q.value(0).toLongLong();
    return {};
}

QSqlError ImportHistory::withdraw(qint64 importId, const QString &user, bool *changed)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE imports SET status = ?, withdrawn_at = ?, withdrawn_by = ?"
                             " WHERE id = ? AND status = ?"));
    q.addBindValue(key(ImportStatus::Withdrawn));
    q.addBindValue(Clock::nowText());
    q.addBindValue(user);
    q.addBindValue(importId);
    q.addBindValue(key(ImportStatus::Imported));
    if (!execPrepared(q))
        return q.lastError();
    *changed = q.numRowsAffected() == 1;
    return {};
}

QSqlError ImportHistory::reinstate(qint64 importId, bool *changed)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE imports SET status = ?, withdrawn_at = NULL,"
                             " withdrawn_by = '' WHERE id = ? AND status = ?"));
    q.addBindValue(key(ImportStatus::Imported));
    q.addBindValue(importId);
    q.addBindValue(key(ImportStatus::Withdrawn));
    if (!execPrepared(q))
        return q.lastError();
    *changed = q.numRowsAffected() == 1;
    return {};
}
