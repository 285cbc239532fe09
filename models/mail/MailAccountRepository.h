#pragma once

#include "common/Problem.h"
#include "mail/MailAccount.h"

#include <QCoreApplication>
#include <QSqlError>

class Database;

// The office mailbox's settings, shared by every desk on the database (table mail_settings,
// one row per setting). No password ever goes here.
class MailAccountRepository
{
    Q_DECLARE_TR_FUNCTIONS(MailAccountRepository)
public:
    explicit MailAccountRepository(Database &db)
        : m_db(db)
    {}

    // The stored account; defaults (port 465, TLS, 2 s pace) for what was never set. When the
    // read failed *error is set and the defaults are no answer (the account may be there).
    MailAccount load(QSqlError *error = nullptr) const;
    // Replaces every setting in one transaction. Refuses a port outside 1..65535 or a negative
    // pace, a sender address without '@', and a trusted certificate that is not PEM.
    Problems save(const MailAccount &account);

private:
    Database &m_db;
};
