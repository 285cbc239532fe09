#pragma once

#include "domain/Campaign.h"
#include "letters/LetterRenderer.h"
#include "links/Link.h"
#include "mail/MailAccount.h"
#include "mail/MailMessage.h"
#include "mail/Mailing.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>

#include <optional>

class Database;
struct UnitListRow;

// Builds each unit's message of a mailing: the filled subject and body and the attachments the
// mailing asks for (the letter PDF by LetterRenderer, the links .xlsx by LinkExporter, the QR
// codes by LinkFileExporter). Reads the database once when made; message() touches only files
// in a temporary folder, so one builder serves a whole run in the thread that made it.
class MailMessageBuilder
{
    Q_DECLARE_TR_FUNCTIONS(MailMessageBuilder)
public:
    MailMessageBuilder(Database &db, const Campaign &campaign, const Mailing &mailing,
                       const MailAccount &account);

    // The unit's message, or nullopt with *problem saying why none can be made (no e-mail
    // address, no valid letter or no active link when the mailing attaches them, a file that
    // could not be rendered).
    std::optional<MailMessage> message(const UnitListRow &unit, QString *problem) const;
    // The placeholder values for a unit (also for a preview without attachments).
    QMap<QString, QString> values(const UnitListRow &unit) const;
    // Set when reading the letters or links failed: then no message may be made, since every
    // unit would seem to lack its letter or links.
    QSqlError readError() const { return m_readError; }

private:
    bool attachLetter(const LetterDocument &doc, MailMessage &m, QString *problem) const;
    bool attachLinks(const QList<Link> &links, MailMessage &m, QString *problem) const;

    Campaign m_campaign;
    Mailing m_mailing;
    MailAccount m_account;
    QHash<qint64, LetterDocument> m_letters; // valid letter by unit
    QHash<qint64, QList<Link>> m_links; // active links by unit
    QSqlError m_readError;
};
