#include "CliCommand.h"

#include "certificates/CertificateRepository.h"
#include "db/Database.h"
#include "io/CsvWriter.h"
#include "letters/LetterRenderer.h"

#include <QDir>
#include <QFileInfo>

namespace {

class CertificatesCommand : public CliCommand
{
public:
    int run(CliContext &ctx, const QStringList &arguments) override
    {
        return ctx.runAction(
            arguments, this,
            {{"issue", &CertificatesCommand::issue},
             {"render", &CertificatesCommand::render},
             {"list", &CertificatesCommand::list},
             {"verify", &CertificatesCommand::verify},
             {"revoke", &CertificatesCommand::revoke}},
            QStringLiteral(
                "secretariat-cli certificates\n\n"
                "  certificates issue --campaign Y   (every unit of the commendation list)\n"
                "  certificates render --campaign Y (--out DIR | --single FILE.pdf)\n"
                "  certificates list --campaign Y\n"
                "  certificates verify CODE          (exit 0 only for a valid certificate)\n"
                "  certificates revoke NUMBER --reason TEXT"));
    }

private:
    // Parses the common options and --campaign: the status to exit with, or nullopt to go on.
    static std::optional<int> parse(CliContext &ctx, QCommandLineParser &parser,
                                    const QStringList &arguments, const char *what,
                                    bool positional = false)
    {
        CliContext::describe(parser, QString::fromUtf8(what), CliContext::WithCampaign);
        return ctx.parse(parser, arguments,
                         positional ? CliContext::Arguments::Any : CliContext::Arguments::None);
    }

    static void print(CliContext &ctx, const Certificate &c)
    {
        QStringList row {c.number, QString::number(c.unitId), c.unitName, c.grade, c.verifyCode};
        if (c.isRevoked())
            row << QStringLiteral("revoked") << c.revokeReason;
        ctx.out() << CsvWriter::formatRow(row) << '\n';
    }

    int issue(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        if (const auto s = parse(ctx, parser, arguments,
                                 "secretariat-cli certificates issue\n\nIssue numbered "
                                 "certificates to every unit of the commendation list that holds "
                                 "none, in one transaction."))
            return *s;
        std::unique_ptr<Database> db;
        const auto campaign = ctx.openCampaign(parser, &db);
        if (!campaign)
            return campaign.error();
        QList<Certificate> issued;
        if (const Problems p = CertificateRepository(*db).issueCommended(campaign->id, &issued);
            !p.isEmpty()) {
            ctx.err() << formatProblems(p) << Qt::endl;
            return ExitRejected;
        }
        for (const Certificate &c : std::as_const(issued))
            print(ctx, c);
        ctx.out() << issued.size() << " certificate(s) issued" << Qt::endl;
        return ExitOk;
    }

    int render(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("out"), QStringLiteral("Folder for one PDF each."),
                          QStringLiteral("DIR")});
        parser.addOption({QStringLiteral("single"), QStringLiteral("All in one PDF."),
                          QStringLiteral("FILE.pdf")});
        if (const auto s = parse(ctx, parser, arguments,
                                 "secretariat-cli certificates render\n\nWrite the campaign's "
                                 "certificates as A4 PDF, one <number>_<unit>.pdf each in DIR or "
                                 "all in FILE.pdf. Revoked ones are left out."))
            return *s;
        if (parser.isSet(QStringLiteral("out")) == parser.isSet(QStringLiteral("single")))
            return ctx.usageError(QStringLiteral("render needs --out DIR or --single FILE.pdf"),
                                  &parser);
        std::unique_ptr<Database> db;
        const auto campaign = ctx.openCampaign(parser, &db);
        if (!campaign)
            return campaign.error();
        CertificateRepository repo(*db);
        QSqlError e;
        QList<Certificate> valid = repo.list(campaign->id, &e);
        valid.removeIf([](const Certificate &c) { return c.isRevoked(); });
        const QList<LetterDocument> docs
            = e.isValid() ? QList<LetterDocument>() : repo.documents(valid, &e);
        if (e.isValid())
            return ctx.databaseError(e);
        if (docs.isEmpty()) {
            ctx.err() << "campaign " << campaign->year << " has no certificates" << Qt::endl;
            return ExitRejected;
        }
        QString error;
        QStringList written;
        const QString single = QFileInfo(parser.value(QStringLiteral("single"))).absoluteFilePath();
        const bool ok = parser.isSet(QStringLiteral("single"))
            ? LetterRenderer::renderPdf(single, docs, {}, &error)
            : LetterRenderer::renderEach(parser.value(QStringLiteral("out")), docs, &written, {},
                                         &error);
        if (!ok) {
            ctx.err() << error << Qt::endl;
            return ExitRejected;
        }
        for (const QString &f : std::as_const(written))
            ctx.out() << QDir::toNativeSeparators(f) << '\n';
        ctx.out() << docs.size() << " certificate(s) written" << Qt::endl;
        return ExitOk;
    }

    int list(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        if (const auto s = parse(ctx, parser, arguments,
                                 "secretariat-cli certificates list\n\nnumber,unit_id,unit,grade,"
                                 "verify_code of every certificate of the campaign; a revoked "
                                 "one adds ,revoked,REASON."))
            return *s;
        std::unique_ptr<Database> db;
        const auto campaign = ctx.openCampaign(parser, &db);
        if (!campaign)
            return campaign.error();
        QSqlError e;
        const QList<Certificate> certificates = CertificateRepository(*db).list(campaign->id, &e);
        if (e.isValid())
            return ctx.databaseError(e);
        for (const Certificate &c : certificates)
            print(ctx, c);
        ctx.out().flush();
        return ExitOk;
    }

    int verify(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        if (const auto s = parse(ctx, parser, arguments,
                                 "secretariat-cli certificates verify CODE\n\nWhich certificate "
                                 "carries the code; exit 1 when none.",
                                 true))
            return *s;
        if (const auto status = ctx.positionals(parser, 1, QStringLiteral("verify needs one CODE")))
            return *status;
        auto db = ctx.openDatabase();
        if (!db)
            return ExitRejected;
        const auto c = CertificateRepository(*db).verify(parser.positionalArguments().first());
        if (!c && c.error().isDatabase())
            return ctx.databaseError(c.error());
        if (!c) {
            ctx.out() << "unknown: no certificate carries this code" << Qt::endl;
            return ExitRejected;
        }
        if (c->isRevoked()) {
            ctx.out() << "revoked: " << c->number << ' ' << c->unitName << " (by " << c->revokedBy
                      << " at " << c->revokedAt << ": " << c->revokeReason << ')' << Qt::endl;
            return ExitRejected;
        }
        ctx.out() << "valid: " << c->number << ' ' << c->unitName << Qt::endl;
        return ExitOk;
    }

    int revoke(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        CliContext::describe(
            parser,
            QStringLiteral(
                "secretariat-cli certificates revoke NUMBER --reason TEXT\n\nRevoke a certificate "
                "(e.g. 2024-RY-0003): verification then answers revoked, with the reason; the "
                "audit "
                "log records who and when."));
        parser.addOption(
            {QStringLiteral("reason"), QStringLiteral("Why (required)."), QStringLiteral("TEXT")});
        if (const auto status = ctx.parse(parser, arguments))
            return *status;
        if (const auto status
            = ctx.positionals(parser, 1, QStringLiteral("revoke needs one NUMBER")))
            return *status;
        auto db = ctx.openDatabase();
        if (!db)
            return ExitRejected;
        Certificate c;
        if (const Problems p = CertificateRepository(*db).revoke(
                parser.positionalArguments().first(), parser.value(QStringLiteral("reason")), &c);
            !p.isEmpty()) {
            ctx.err() << formatProblems(p) << Qt::endl;
            return ExitRejected;
        }
        ctx.out() << "revoked: " << c.number << ' ' << c.unitName << Qt::endl;
        return ExitOk;
    }
};

CliRegistration<CertificatesCommand>
    registration("certificates", "Commendation certificates (issue, render, list, verify).");

} // namespace
