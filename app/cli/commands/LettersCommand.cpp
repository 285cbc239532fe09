#include "CliCommand.h"

#include "db/Database.h"
#include "io/CsvWriter.h"
#include "letters/LetterRenderer.h"
#include "letters/LetterRepository.h"
#include "letters/LetterTemplateRepository.h"
#include "repo/CampaignRepository.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <functional>

namespace {

class LettersCommand : public CliCommand
{
public:
    int run(CliContext &ctx, const QStringList &arguments) override
    {
        return ctx.runAction(
            arguments, this,
            {{"issue", &LettersCommand::issue},
             {"render", &LettersCommand::render},
             {"list", &LettersCommand::list},
             {"revoke", &LettersCommand::revoke},
             {"reissue", &LettersCommand::reissue},
             {"verify", &LettersCommand::verify}},
            QStringLiteral(
                "secretariat-cli letters\n\n"
                "  letters issue --campaign Y (--unit ID ... | --all)\n"
                "  letters render --campaign Y --out DIR [--single FILE.pdf]\n"
                "  letters list [--campaign Y] [--format text|csv]\n"
                "  letters revoke NUMBER --reason TEXT\n"
                "  letters reissue NUMBER\n"
                "  letters verify CODE          (exit 0 only when the letter is valid)"));
    }

private:
    static int rejected(CliContext &ctx, const Problems &problems)
    {
        ctx.err() << formatProblems(problems) << Qt::endl;
        return ExitRejected;
    }

    int issue(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        CliContext::describe(parser,
                             QStringLiteral("secretariat-cli letters issue\n\nIssue numbered "
                                            "letters to units of a campaign, in one"
                                            " transaction: all or nothing."),
                             CliContext::NamedCampaign);
        parser.addOption({QStringLiteral("unit"), QStringLiteral("A unit id (repeatable)."),
                          QStringLiteral("ID")});
        parser.addOption({QStringLiteral("all"),
                          QStringLiteral("Every unit of the campaign without a valid letter.")});
        if (const auto status = ctx.parse(parser, arguments))
            return *status;
        if (!parser.isSet(QStringLiteral("campaign")))
            return ctx.usageError(QStringLiteral("letters issue needs --campaign"), &parser);
        const bool all = parser.isSet(QStringLiteral("all"));
        if (all == parser.isSet(QStringLiteral("unit")))
            return ctx.usageError(
                QStringLiteral("letters issue needs either --unit ID ... or --all"), &parser);
        auto given = ctx.ids(parser, QStringLiteral("unit"));
        if (!given)
            return given.error();
        QList<qint64> units = *given;
        for (const QString &extra : parser.positionalArguments()) {
            bool ok = false;
            const qint64 id = extra.toLongLong(&ok);
            if (!ok || id <= 0 || all)
                return ctx.usageError(QStringLiteral("unexpected argument '%1'").arg(extra),
                                      &parser);
            units.append(id);
        }
        std::unique_ptr<Database> db;
        const auto campaign = ctx.openCampaign(parser, &db);
        if (!campaign)
            return campaign.error();
        LetterRepository repo(*db);
        QList<Letter> issued;
        const Problems problems = all ? repo.issueMissing(campaign->id, &issued)
                                      : repo.issue(campaign->id, units, &issued);
        if (!problems.isEmpty())
            return rejected(ctx, problems);
        for (const Letter &l : std::as_const(issued))
            ctx.out() << CsvWriter::formatRow(
                {l.number, QString::number(l.unitId), l.unitName, l.verifyCode})
                      << '\n';
        ctx.out() << issued.size() << " letter(s) issued" << Qt::endl;
        return ExitOk;
    }

    int render(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        addRenderOptions(parser);
        if (const auto status = ctx.parse(parser, arguments, CliContext::Arguments::None))
            return *status;
        if (!parser.isSet(QStringLiteral("out")) && !parser.isSet(QStringLiteral("single")))
            return ctx.usageError(
                QStringLiteral("letters render needs --out DIR or --single FILE.pdf"), &parser);
        std::unique_ptr<Database> db;
        const auto campaign = ctx.openCampaign(parser, &db);
        if (!campaign)
            return campaign.error();
        QSqlError e;
        QList<Letter> letters = LetterRepository(*db).validLetters(campaign->id, &e);
        if (e.isValid())
            return ctx.databaseError(e);
        if (const auto status = chooseLetters(ctx, parser, *campaign, letters))
            return *status;
        if (!LetterRenderer::pdfFontInstalled())
            ctx.err()
                << "warning: font '" << LetterRenderer::pdfFontFamily()
                << "' is not installed (fonts-arphic-uming); the PDF text may not copy exactly"
                << Qt::endl;
        const QList<LetterDocument> documents
            = LetterTemplateRepository(*db).documentsFor(letters, &e);
        if (e.isValid())
            return ctx.databaseError(e);
        return writePdfs(ctx, parser, documents);
    }

    static void addRenderOptions(QCommandLineParser &parser)
    {
        CliContext::describe(
            parser,
            QStringLiteral(
                "secretariat-cli letters render\n\nWrite the campaign's valid letters as A4 PDF: "
                "one "
                "file per"
                " letter named <number>_<unit>.pdf in DIR, or all in one FILE.pdf with --single."),
            CliContext::WithCampaign);
        parser.addOption({QStringLiteral("out"), QStringLiteral("Folder for the PDF files."),
                          QStringLiteral("DIR")});
        parser.addOption(
            {QStringLiteral("single"),
             QStringLiteral("One PDF with every letter, written where given (a relative path is "
                            "relative to the working folder, not to DIR)."),
             QStringLiteral("FILE.pdf")});
        parser.addOption({QStringLiteral("number"),
                          QStringLiteral("Only this letter (repeatable)."),
                          QStringLiteral("NUMBER")});
    }

    // Only the letters named by --number (each must be one of them), and at least one; the exit
    // status when not, else nullopt.
    static std::optional<int> chooseLetters(CliContext &ctx, const QCommandLineParser &parser,
                                            const Campaign &campaign, QList<Letter> &letters)
    {
        const QStringList numbers = parser.values(QStringLiteral("number"));
        if (!numbers.isEmpty()) {
            letters.removeIf([&](const Letter &l) { return !numbers.contains(l.number); });
            for (const QString &n : numbers) {
                if (std::none_of(letters.cbegin(), letters.cend(),
                                 [&](const Letter &l) { return l.number == n; }))
                    return rejected(ctx,
                                    {{{},
                                      0,
                                      QStringLiteral("number"),
                                      QStringLiteral("%1 is not a valid letter of %2")
                                          .arg(n)
                                          .arg(campaign.year)}});
            }
        }
        if (letters.isEmpty())
            return rejected(ctx,
                            {{{},
                              0,
                              QStringLiteral("campaign"),
                              QStringLiteral("campaign %1 has no valid letters to render")
                                  .arg(campaign.year)}});
        return std::nullopt;
    }

    // One FILE.pdf with every letter (--single), else one file per letter in --out DIR.
    static int writePdfs(CliContext &ctx, const QCommandLineParser &parser,
                         const QList<LetterDocument> &documents)
    {
        const QString out = parser.value(QStringLiteral("out"));
        QString error;
        if (parser.isSet(QStringLiteral("single"))) {
            // Where it was asked for (relative to the working folder), never under --out.
            const QString file
                = QFileInfo(parser.value(QStringLiteral("single"))).absoluteFilePath();
            if (!QFileInfo(file).absoluteDir().exists())
                QDir().mkpath(QFileInfo(file).absolutePath());
            if (!LetterRenderer::renderPdf(file, documents, {}, &error))
                return rejected(ctx, {{file, 0, QString(), error}});
            ctx.out() << documents.size() << " letter(s) written to "
                      << QDir::toNativeSeparators(file) << Qt::endl;
            return ExitOk;
        }
        QStringList written;
        if (!LetterRenderer::renderEach(out, documents, &written, {}, &error))
            return rejected(ctx, {{out, 0, QString(), error}});
        for (const QString &f : std::as_const(written))
            ctx.out() << QDir::toNativeSeparators(f) << '\n';
        ctx.out() << written.size() << " file(s) written" << Qt::endl;
        return ExitOk;
    }

    int list(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        CliContext::describe(
            parser,
            QStringLiteral(
                "secretariat-cli letters list\n\nEvery letter and version with its state."),
            CliContext::WithCampaign);
        ctx.addFormatOption(parser, {QStringLiteral("text"), QStringLiteral("csv")});
        if (const auto status = ctx.parse(parser, arguments, CliContext::Arguments::None))
            return *status;
        const QString format = parser.value(QStringLiteral("format"));
        auto db = ctx.openDatabase();
        if (!db)
            return ExitRejected;
        qint64 campaignId = 0;
        if (parser.isSet(QStringLiteral("campaign"))) {
            const std::optional<Campaign> c = ctx.campaign(*db, parser);
            if (!c)
                return ExitRejected;
            campaignId = c->id;
        }
        QSqlError error;
        const QList<Letter> letters = LetterRepository(*db).list(campaignId, &error);
        if (error.isValid())
            return ctx.databaseError(error);
        const bool csv = format == QLatin1String("csv");
        if (csv)
            ctx.out() << "number,unit_id,unit,kind,issued_at,status,verify_code\n";
        for (const Letter &l : letters) {
            if (csv) {
                ctx.out() << CsvWriter::formatRow({l.number, QString::number(l.unitId), l.unitName,
                                                   l.kind, l.issuedAt, Letter::statusCode(l.status),
                                                   l.verifyCode})
                          << '\n';
            } else {
                ctx.out() << l.number
                          << (l.version > 1 ? QStringLiteral(" v%1").arg(l.version) : QString())
                          << "  " << Letter::statusCode(l.status) << "  " << l.verifyCode << "  "
                          << l.unitName << " (" << l.unitId << ", " << l.kind << ")  " << l.issuedAt
                          << '\n';
            }
        }
        ctx.out().flush();
        return ExitOk;
    }

    int revoke(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        CliContext::describe(
            parser,
            QStringLiteral("secretariat-cli letters revoke\n\nWithdraw a valid letter. Its number "
                           "is never given out again."));
        parser.addPositionalArgument(QStringLiteral("NUMBER"),
                                     QStringLiteral("The letter number, e.g. 2024-FQ-0001."));
        parser.addOption({QStringLiteral("reason"), QStringLiteral("Why it is revoked."),
                          QStringLiteral("TEXT")});
        return changeLetter(
            ctx, parser, arguments, "revoke",
            [&](LetterRepository &repo, const QString &number, Letter *l) {
                return repo.revoke(number, parser.value(QStringLiteral("reason")), l);
            },
            [&](const Letter &l) {
                ctx.out() << l.number << " revoked at " << l.revokedAt << ": " << l.revokeReason
                          << Qt::endl;
            },
            "reason");
    }

    int reissue(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            QStringLiteral("secretariat-cli letters reissue\n\nA new version of a valid letter "
                           "with a new code; the old"
                           " version is superseded and no longer verifies."));
        parser.addPositionalArgument(QStringLiteral("NUMBER"),
                                     QStringLiteral("The letter number."));
        return changeLetter(
            ctx, parser, arguments, "reissue",
            [](LetterRepository &repo, const QString &number, Letter *l) {
                return repo.reissue(number, l);
            },
            [&](const Letter &l) {
                ctx.out() << l.number << " version " << l.version << " issued, code "
                          << l.verifyCode << Qt::endl;
            });
    }

    // What revoke and reissue share: parser holds the action's description, NUMBER and its own
    // options (a TEXT option named by required must not be blank); change is made to the letter
    // NUMBER (one positional argument) and report prints the letter as it now is. The exit
    // status.
    int changeLetter(
        CliContext &ctx, QCommandLineParser &parser, const QStringList &arguments,
        const char *action,
        const std::function<Problems(LetterRepository &, const QString &, Letter *)> &change,
        const std::function<void(const Letter &)> &report, const char *required = nullptr)
    {
        CliContext::addCommonOptions(parser);
        if (const auto status = ctx.parse(parser, arguments))
            return *status;
        if (const auto status = ctx.positionals(
                parser, 1,
                QStringLiteral("letters %1 needs one NUMBER").arg(QLatin1String(action))))
            return *status;
        if (required && parser.value(QLatin1String(required)).trimmed().isEmpty())
            return ctx.usageError(QStringLiteral("letters %1 needs --%2 TEXT")
                                      .arg(QLatin1String(action), QLatin1String(required)),
                                  &parser);
        auto db = ctx.openDatabase();
        if (!db)
            return ExitRejected;
        LetterRepository repo(*db);
        Letter l;
        if (const Problems problems = change(repo, parser.positionalArguments().first(), &l);
            !problems.isEmpty())
            return rejected(ctx, problems);
        report(l);
        return ExitOk;
    }

    int verify(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            QStringLiteral("secretariat-cli letters verify\n\nCheck a letter's code offline: "
                           "prints valid, superseded,"
                           " revoked or unknown. Exit 0 only when valid, else 1."));
        parser.addPositionalArgument(QStringLiteral("CODE"),
                                     QStringLiteral("The verification code."));
        if (const auto status = ctx.parse(parser, arguments))
            return *status;
        if (parser.positionalArguments().isEmpty())
            return ctx.usageError(QStringLiteral("letters verify needs a CODE"), &parser);
        auto db = ctx.openDatabase();
        if (!db)
            return ExitRejected;
        const LetterRepository::Verification v
            = LetterRepository(*db).verify(parser.positionalArguments().join(QString()));
        if (v.error.isValid())
            return ctx.databaseError(v.error);
        ctx.out() << LetterRepository::stateCode(v.state);
        if (v.letter) {
            ctx.out() << ' ' << v.letter->number << " v" << v.letter->version << ' '
                      << v.letter->unitId << ' ' << v.letter->unitName;
            if (v.state == LetterRepository::VerifyState::Revoked)
                ctx.out() << " (revoked " << v.letter->revokedAt << ": " << v.letter->revokeReason
                          << ')';
        }
        ctx.out() << Qt::endl;
        return v.state == LetterRepository::VerifyState::Valid ? ExitOk : ExitRejected;
    }
};

CliRegistration<LettersCommand>
    registration("letters",
                 "Authorization letters (issue, render, list, revoke, reissue, verify).");

} // namespace
