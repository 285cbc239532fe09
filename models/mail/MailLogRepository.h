#pragma once

#include "common/Problem.h"
#include "checklist/ChecklistItem.h"
#include "mail/MailLogEntry.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlError>

class Database;

// The send log (table mail_log): one row per message tried, never changed afterwards. Queryable
// per unit and mailing, so that a unit's checklist can tell "letter sent" or "links sent".
class MailLogRepository
{
    Q_DECLARE_TR_FUNCTIONS(MailLogRepository)
public:
    explicit MailLogRepository(Database &db)
        : m_db(db)
    {}

    // Adds one entry (at and by filled in when empty) in its own transaction, so what the server
    // accepted stays recorded even when the run breaks off after it.
    // A sent entry also ticks items of the unit's checklist ("links sent", "letter sent":
    // what the message carried), in the same transaction, from source "mail"; a failed one
    // ticks nothing.
    Problems record(MailLogEntry &entry, const QList<ChecklistItem> &ticksWhenSent = {});

    // The reads below return nothing (empty, false) and set *error when the database failed
    // (the core's convention, db/LookupError.h).
    // Entries of a campaign, newest first; mailing empty: every mailing; unitId 0: every unit.
    QList<MailLogEntry> list(qint64 campaignId, const QString &mailing = {}, qint64 unitId = 0,
                             QSqlError *error = nullptr) const;
    // Each unit's latest entry for a mailing, by unit id.
    QHash<qint64, MailLogEntry> latestByUnit(qint64 campaignId, const QString &mailing,
                                             QSqlError *error = nullptr) const;
    // The units whose latest entry for the mailing is a failure ("resend the failed").
    QList<qint64> failedUnits(qint64 campaignId, const QString &mailing,
                              QSqlError *error = nullptr) const;
    // Whether the mailing was ever sent to the unit (accepted by the server).
    bool wasSent(qint64 campaignId, const QString &mailing, qint64 unitId,
                 QSqlError *error = nullptr) const;

private:
    Database &m_db;
};
