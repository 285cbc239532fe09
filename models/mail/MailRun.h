#pragma once

#include "domain/Campaign.h"
#include "mail/MailAccount.h"
#include "mail/MailMessage.h"
#include "mail/Mailing.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlError>
#include <QStringList>

#include <functional>
#include <optional>

class Database;
class SmtpSender;
struct UnitListRow;

// One run of a mailing: for each chosen unit build its message (MailMessageBuilder), write it
// as MIME (MimeComposer) and either save it as <unit id>_<unit>.eml in a folder (dry run,
// nothing logged) or hand it to the SMTP server (SmtpSender) and log the outcome at once
// (MailLogRepository), one unit after the other at the account's pace. A unit is logged sent
// only after the server accepted its message, so a cancelled or broken run leaves the others
// unsent or failed, never sent. Runs in any thread with a Database opened in it.
class MailRun
{
    Q_DECLARE_TR_FUNCTIONS(MailRun)
public:
    struct Options
    {
        Campaign campaign;
        Mailing mailing;
        QList<qint64> unitIds; // empty: every unit the mailing selects
        bool failedOnly = false; // only units whose latest try of this mailing failed
        QString dryRunDir; // set: write .eml files there instead of sending
        MailAccount account;
        QString password;
        // Called with 0 first, then after each unit with the units done so far.
        std::function<void(int done, int total)> progress;
        std::function<bool()> cancelled; // polled before each unit and while pacing
    };

    struct Outcome
    {
        int sent = 0;
        int failed = 0;
        int written = 0; // .eml files of a dry run
        bool cancelled = false;
        QStringList lines; // one per unit: "unit: sent (reply)" / "unit: failed: reason"
        QStringList files; // the .eml files written
        // Set when the database failed before the first message: then nothing was tried.
        QSqlError error;
    };

    // The units a run would address, in unit id order: the campaign's units filtered by the
    // mailing's kind, region and missing checklist item (ChecklistRow::missing), then by
    // unitIds and failedOnly.
    // None, and *error set, when the database failed.
    static QList<UnitListRow> recipients(Database &db, const Options &options,
                                         QSqlError *error = nullptr);
    static Outcome run(Database &db, const Options &options);

private:
    // Waits the account's pace; false when cancelled meanwhile.
    static bool pause(const Options &options);
    static QByteArray compose(const MailMessage &message, const Options &options,
                              QString *messageId);
    // A dry run's one unit: its .eml file, or the reason there is none, into out.
    static void writeOne(const Options &options, const UnitListRow &unit,
                         const std::optional<MailMessage> &message, const QString &problem,
                         Outcome &out);
    // One unit sent (or the reason it could not be) and logged at once, counted into out.
    static void sendOne(Database &db, const Options &options, const UnitListRow &unit,
                        const std::optional<MailMessage> &message, const QString &problem,
                        SmtpSender &sender, Outcome &out);
};
