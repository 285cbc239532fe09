#pragma once

#include "common/Problem.h"
#include "db/LookupError.h"
#include "mail/Mailing.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlError>

class Database;

// A campaign's mailings (table mailings). The built-in 'letters' and 'links' are listed from
// builtIn() until someone saves them; then the stored text wins.
class MailingRepository
{
    Q_DECLARE_TR_FUNCTIONS(MailingRepository)
public:
    explicit MailingRepository(Database &db)
        : m_db(db)
    {}

    // The stored mailings and the built-in ones not stored, by name. Empty, and *error set, when
    // the database failed (never the built-in ones alone: they may have been changed).
    QList<Mailing> list(qint64 campaignId, QSqlError *error = nullptr) const;
    // The mailing of that name: NotFound when neither stored nor built in, Database when the
    // read failed (LookupError).
    Lookup<Mailing> byName(qint64 campaignId, const QString &name) const;
    // Inserts (id 0) or updates one mailing in one transaction. Refuses an empty name or
    // subject, a name taken, and (on "row_version") a mailing someone else saved meanwhile.
    Problems save(Mailing &mailing);

    // The ready-made 'letters' and 'links' mailings of a campaign, in Chinese as the units read.
    static QList<Mailing> builtIn(qint64 campaignId);

private:
    Database &m_db;
};
