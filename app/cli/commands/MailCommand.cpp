#include "CliCommand.h"
#include "CliTable.h"

#include "checklist/ChecklistItem.h"
#include "db/Database.h"
#include "mail/MailAccountRepository.h"
#include "mail/MailLogRepository.h"
#include "mail/MailRun.h"
#include "mail/MailingRepository.h"
#include "mail/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <termios.h>
#include <unistd.h>

#include <cstdio>

namespace {

// Reads a line from the terminal without echo, or the first line piped in.
QString readPassword(QTextStream &err)
{
    if (!isatty(STDIN_FILENO))
        return QTextStream(stdin).readLine();
    err << "SMTP password (authorization code): " << Qt::flush;
    termios old {};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    QTextStream in(stdin);
    const QString line = in.readLine();
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    err << Qt::endl;
    return line;
}

const char kUsage[]
    = "secretariat-cli mail\n\n"
      "  mail send --campaign Y --mailing NAME [--units ID,...] [--failed]\n"
      "            [--missing ITEM] [--dry-run DIR]\n"
      "  mail log --campaign Y [--mailing NAME] [--unit ID] [--format text|csv]\n"
      "  mail mailings --campaign Y\n"
      "  mail account [--host H --port P --security tls|starttls|none --user U\n"
      "               --from ADDRESS --from-name NAME --pace SECONDS\n"
      "               --trust-cert FILE.pem|none]\n"
      "  mail password [--forget]   (into / out of the desktop keyring)\n\n"
      "The password is taken from SECRETARIAT_SMTP_PASSWORD, else the desktop keyring,\n"
      "else asked on the terminal (or read from a pipe); it is never stored by the\n"
      "program.";

class MailCommand : public CliCommand
{
public:
    int run(CliContext &ctx, const QStringList &arguments) override
    {
        return ctx.runAction(arguments, this,
                             {{"send", &MailCommand::send},
                              {"log", &MailCommand::log},
                              {"mailings", &MailCommand::mailings},
                              {"account", &MailCommand::account},
                              {"password", &MailCommand::keyring}},
                             QString::fromUtf8(kUsage));
    }

private:
    static int rejected(CliContext &ctx, const Problems &problems)
    {
        ctx.err() << formatProblems(problems) << Qt::endl;
        return ExitRejected;
    }

    static int rejected(CliContext &ctx, const QString &field, const QString &message)
    {
        return rejected(ctx, {{{}, 0, field, message}});
    }

    static QString password(CliContext &ctx, const MailAccount &account)
    {
        if (const QString env = qEnvironmentVariable("SECRETARIAT_SMTP_PASSWORD"); !env.isEmpty())
            return env;
        if (const auto stored = SecretStore::lookup(account.secretKey()))
            return *stored;
        return readPassword(ctx.err());
    }

    int send(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        CliContext::describe(
            parser,
            QStringLiteral(
                "secretariat-cli mail send\n\nSend a mailing to the units it selects (or those "
                "given),"
                " through the office account (mail account), one unit after the other at the"
                " account's pace; each outcome goes to the send log at once. With --dry-run nothing"
                " is sent or logged: one .eml file per unit is written to DIR instead."),
            CliContext::NamedCampaign);
        parser.addOption({QStringLiteral("mailing"), QStringLiteral("The mailing's name."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("units"), QStringLiteral("Only these unit ids."),
                          QStringLiteral("ID,...")});
        parser.addOption({QStringLiteral("failed"),
                          QStringLiteral("Only units whose last try of this mailing failed.")});
        parser.addOption({QStringLiteral("missing"),
                          QStringLiteral("Only units whose checklist misses ITEM (%1); instead of"
                                         " the mailing's own choice.")
                              .arg(ChecklistItems::codeList()),
                          QStringLiteral("ITEM")});
        parser.addOption({QStringLiteral("dry-run"),
                          QStringLiteral("Write .eml files to DIR instead of sending."),
                          QStringLiteral("DIR")});
        if (const auto status = ctx.parse(parser, arguments, CliContext::Arguments::None))
            return *status;
        if (!parser.isSet(QStringLiteral("campaign")) || !parser.isSet(QStringLiteral("mailing")))
            return ctx.usageError(QStringLiteral("mail send needs --campaign and --mailing"),
                                  &parser);
        MailRun::Options options;
        const auto units = ctx.ids(parser, QStringLiteral("units"));
        if (!units)
            return units.error();
        options.unitIds = *units;
        std::unique_ptr<Database> db;
        const auto campaign = ctx.openCampaign(parser, &db);
        if (!campaign)
            return campaign.error();
        const QString name = parser.value(QStringLiteral("mailing"));
        const Lookup<Mailing> mailing = MailingRepository(*db).byName(campaign->id, name);
        if (!mailing && mailing.error().isDatabase())
            return ctx.databaseError(mailing.error());
        if (!mailing)
            return rejected(
                ctx, QStringLiteral("mailing"),
                QStringLiteral("campaign %1 has no mailing '%2'").arg(campaign->year).arg(name));
        options.campaign = *campaign;
        options.mailing = *mailing;
        options.failedOnly = parser.isSet(QStringLiteral("failed"));
        if (parser.isSet(QStringLiteral("missing"))) {
            options.mailing.missingItem = parser.value(QStringLiteral("missing"));
            if (!ChecklistItems::fromCode(options.mailing.missingItem))
                return ctx.usageError(
                    QStringLiteral("--missing is one of: %1").arg(ChecklistItems::codeList()),
                    &parser);
        }
        QSqlError e;
        options.account = MailAccountRepository(*db).load(&e);
        if (e.isValid())
            return ctx.databaseError(e);
        options.dryRunDir = parser.value(QStringLiteral("dry-run"));
        return runMailing(ctx, *db, options);
    }

    int runMailing(CliContext &ctx, Database &db, MailRun::Options &options)
    {
        const bool dry = !options.dryRunDir.isEmpty();
        if (dry) {
            options.dryRunDir = QFileInfo(options.dryRunDir).absoluteFilePath();
            if (!QDir().mkpath(options.dryRunDir))
                return rejected(ctx, QStringLiteral("dry-run"),
                                QStringLiteral("cannot make the folder %1").arg(options.dryRunDir));
        }
        if (!options.account.isConfigured())
            return rejected(ctx, QStringLiteral("account"),
                            QStringLiteral("no office mail account yet: set it with "
                                           "'mail account --host H --from ADDRESS ...'"));
        if (!dry)
            options.password = password(ctx, options.account);
        const MailRun::Outcome out = MailRun::run(db, options);
        if (out.error.isValid())
            return ctx.databaseError(out.error);
        for (const QString &line : out.lines)
            ctx.out() << line << '\n';
        if (dry)
            ctx.out() << out.written << " message(s) written" << Qt::endl;
        else
            ctx.out() << out.sent << " sent, " << out.failed << " failed" << Qt::endl;
        return out.failed > 0 || (dry && out.written < out.lines.size()) ? ExitRejected : ExitOk;
    }

    int log(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        CliContext::describe(
            parser,
            QStringLiteral(
                "secretariat-cli mail log\n\nThe send log, newest first: time, mailing, unit, "
                "recipient, sent or failed, the server's answer or the reason."),
            CliContext::WithCampaign);
        parser.addOption({QStringLiteral("mailing"), QStringLiteral("Only this mailing."),
                          QStringLiteral("NAME")});
        parser.addOption(
            {QStringLiteral("unit"), QStringLiteral("Only this unit id."), QStringLiteral("ID")});
        ctx.addFormatOption(parser, {QStringLiteral("text"), QStringLiteral("csv")});
        std::unique_ptr<Database> db;
        const auto campaign = ctx.openCampaign(parser, arguments, &db);
        if (!campaign)
            return campaign.error();
        const QString format = parser.value(QStringLiteral("format"));
        QSqlError error;
        const QList<MailLogEntry> entries = MailLogRepository(*db).list(
            campaign->id, parser.value(QStringLiteral("mailing")),
            parser.value(QStringLiteral("unit")).toLongLong(), &error);
        if (error.isValid())
            return ctx.databaseError(error);
        CliTable table(ctx.out(), format,
                       {QStringLiteral("at"), QStringLiteral("mailing"), QStringLiteral("unit_id"),
                        QStringLiteral("unit"), QStringLiteral("recipient"),
                        QStringLiteral("status"), QStringLiteral("detail")},
                       QStringLiteral("\t"));
        for (const MailLogEntry &e : entries)
            table.add({e.at, e.mailing, QString::number(e.unitId), e.unitName, e.recipient,
                       MailLogEntry::statusCode(e.status), e.detail});
        table.finish();
        return ExitOk;
    }

    int mailings(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        CliContext::describe(
            parser,
            QStringLiteral(
                "secretariat-cli mail mailings\n\nThe campaign's mailings, tab-separated: name, "
                "what "
                "each message carries, the units it goes to (all, or kind=, region=, missing= an "
                "item of their checklist) and its subject template."),
            CliContext::WithCampaign);
        std::unique_ptr<Database> db;
        const auto campaign = ctx.openCampaign(parser, arguments, &db);
        if (!campaign)
            return campaign.error();
        QSqlError e;
        const QList<Mailing> all = MailingRepository(*db).list(campaign->id, &e);
        if (e.isValid())
            return ctx.databaseError(e);
        for (const Mailing &m : all) {
            QStringList carries;
            if (m.attachLetter)
                carries << QStringLiteral("letter");
            if (m.attachLinks)
                carries << QStringLiteral("links.xlsx");
            if (m.attachQr)
                carries << QStringLiteral("qr");
            QStringList units;
            if (!m.unitKind.isEmpty())
                units << QStringLiteral("kind=") + m.unitKind;
            if (!m.province.isEmpty())
                units << QStringLiteral("region=") + m.province;
            if (!m.missingItem.isEmpty())
                units << QStringLiteral("missing=") + m.missingItem;
            if (units.isEmpty())
                units << QStringLiteral("all");
            ctx.out() << m.name << '\t' << carries.join(QLatin1Char('+')) << '\t'
                      << units.join(QLatin1Char(' ')) << '\t' << m.subject << '\n';
        }
        ctx.out().flush();
        return ExitOk;
    }

    int account(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        CliContext::describe(
            parser,
            QStringLiteral(
                "secretariat-cli mail account\n\nShow or set the office mailbox messages are sent "
                "from (e.g. --host smtp.163.com --port 465 --security tls). No password is "
                "stored."));
        const QList<QPair<QString, QString>> fields {
            {QStringLiteral("host"), QStringLiteral("H")},
            {QStringLiteral("port"), QStringLiteral("P")},
            {QStringLiteral("security"), QStringLiteral("tls|starttls|none")},
            {QStringLiteral("user"), QStringLiteral("U")},
            {QStringLiteral("from"), QStringLiteral("ADDRESS")},
            {QStringLiteral("from-name"), QStringLiteral("NAME")},
            {QStringLiteral("pace"), QStringLiteral("SECONDS")}};
        for (const auto &[option, value] : fields)
            parser.addOption({option, QStringLiteral("The account's %1.").arg(option), value});
        parser.addOption({QStringLiteral("trust-cert"),
                          QStringLiteral("Trust the server's certificate in FILE.pem besides the "
                                         "system's authorities (a self-signed office server); "
                                         "none: only the system's."),
                          QStringLiteral("FILE.pem|none")});
        if (const auto status = ctx.parse(parser, arguments))
            return *status;
        auto db = ctx.openDatabase();
        if (!db)
            return ExitRejected;
        MailAccountRepository repo(*db);
        QSqlError e;
        MailAccount a = repo.load(&e);
        if (e.isValid())
            return ctx.databaseError(e);
        bool changed = false;
        for (const auto &[option, value] : fields)
            changed = changed || parser.isSet(option);
        if (parser.isSet(QStringLiteral("trust-cert"))) {
            changed = true;
            const QString file = parser.value(QStringLiteral("trust-cert"));
            a.trustedCertificate.clear();
            if (file != QLatin1String("none")) {
                QFile f(file);
                if (!f.open(QIODevice::ReadOnly))
                    return rejected(ctx, QStringLiteral("trust-cert"),
                                    QStringLiteral("cannot read %1").arg(file));
                a.trustedCertificate = f.readAll();
            }
        }
        if (changed) {
            const QString security = parser.value(QStringLiteral("security"));
            if (!security.isEmpty() && security != QLatin1String("tls")
                && security != QLatin1String("starttls") && security != QLatin1String("none"))
                return ctx.usageError(QStringLiteral("--security is tls, starttls or none"),
                                      &parser);
            setFields(parser, a);
            if (const Problems p = repo.save(a); !p.isEmpty())
                return rejected(ctx, p);
        }
        ctx.out() << "host\t" << a.host << "\nport\t" << a.port << "\nsecurity\t"
                  << MailAccount::securityCode(a.security) << "\nuser\t" << a.username << "\nfrom\t"
                  << a.fromAddress << "\nfrom-name\t" << a.fromName << "\npace\t" << a.paceSeconds
                  << "\ntrusted certificate\t"
                  << (a.trustedCertificate.isEmpty() ? QStringLiteral("none")
                                                     : QStringLiteral("set"))
                  << Qt::endl;
        return ExitOk;
    }

    int keyring(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        CliContext::describe(
            parser,
            QStringLiteral(
                "secretariat-cli mail password [--forget]\n\nKeep the office account's password "
                "(asked on the terminal, or the first line piped in) in the desktop keyring, so "
                "'mail send' finds it there; --forget removes it. Nothing is written to disk by "
                "the "
                "program; without a keyring (no D-Bus session) this fails."));
        parser.addOption({QStringLiteral("forget"), QStringLiteral("Remove it instead.")});
        if (const auto status = ctx.parse(parser, arguments))
            return *status;
        auto db = ctx.openDatabase();
        if (!db)
            return ExitRejected;
        QSqlError e;
        const MailAccount a = MailAccountRepository(*db).load(&e);
        if (e.isValid())
            return ctx.databaseError(e);
        if (!a.isConfigured())
            return rejected(ctx, QStringLiteral("account"),
                            QStringLiteral("no office mail account yet"));
        QString error;
        const bool ok = parser.isSet(QStringLiteral("forget"))
            ? SecretStore::remove(a.secretKey(), &error)
            : SecretStore::store(a.secretKey(), readPassword(ctx.err()), &error);
        if (!ok)
            return rejected(
                ctx, QStringLiteral("keyring"),
                error.isEmpty()
                    ? QStringLiteral("the keyring holds no password for %1").arg(a.secretKey())
                    : error);
        ctx.out() << (parser.isSet(QStringLiteral("forget")) ? "forgotten: " : "kept: ")
                  << a.secretKey() << Qt::endl;
        return ExitOk;
    }

    static void setFields(const QCommandLineParser &p, MailAccount &a)
    {
        auto value = [&](const char *option, const QString &current) {
            return p.isSet(QLatin1String(option)) ? p.value(QLatin1String(option)) : current;
        };
        a.host = value("host", a.host);
        a.port = value("port", QString::number(a.port)).toInt();
        a.security = MailAccount::securityFromCode(
            value("security", MailAccount::securityCode(a.security)));
        a.username = value("user", a.username);
        a.fromAddress = value("from", a.fromAddress);
        a.fromName = value("from-name", a.fromName);
        a.paceSeconds = value("pace", QString::number(a.paceSeconds)).toDouble();
    }
};

CliRegistration<MailCommand>
    registration("mail", "Mailings to units by e-mail (send, log, mailings, account).");

} // namespace
