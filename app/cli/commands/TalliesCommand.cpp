#include "CliCommand.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "imports/TallyImporter.h"
#include "imports/TallyWithdrawal.h"
#include "imports/formats/TallyFormats.h"
#include "imports/RejectFile.h"
#include "io/CsvWriter.h"
#include "repo/CampaignRepository.h"
#include "repo/ImportRepository.h"

#include <QDate>

namespace {

class TalliesCommand : public CliCommand
{
public:
    int run(CliContext &ctx, const QStringList &arguments) override
    {
        return ctx.runAction(
            arguments, this,
            {{"import", &TalliesCommand::import},
             {"history", &TalliesCommand::history},
             {"withdraw", &TalliesCommand::withdraw}},
            QStringLiteral("secretariat-cli tallies\n\n"
                           "  tallies import FILE... [--campaign Y] [--kind auto|daily|responses] "
                           "[--skip-invalid]\n"
                           "                 [--rejects FILE] [--encoding auto|utf-8|gb18030]\n"
                           "                 [--questionnaire NAME] [--survey-platform P] "
                           "[--column FIELD=HEADER ...] [--min-seconds N]\n"
                           "  tallies history [--campaign Y] [--format text|csv]\n"
                           "  tallies withdraw IMPORT_ID"));
    }

private:
    static void addPlatformOptions(QCommandLineParser &parser)
    {
        parser.addOption(CliContext::questionnaireOption());
        parser.addOption({QStringLiteral("survey-platform"),
                          QStringLiteral("Whose export the files are: ")
                              + TallyFormats::platformKeys().join(QLatin1Char('|'))
                              + QStringLiteral(" (default auto: from the header)."),
                          QStringLiteral("P"), QStringLiteral("auto")});
        parser.addOption({QStringLiteral("column"),
                          QStringLiteral("Read FIELD (response_id, link, submitted_at, valid, "
                                         "duration, status, day, valid_samples, ...) from the "
                                         "column headed HEADER; may be repeated."),
                          QStringLiteral("FIELD=HEADER")});
        parser.addOption({QStringLiteral("min-seconds"),
                          QStringLiteral("Responses completed faster are invalid (default: the "
                                         "questionnaire's rule)."),
                          QStringLiteral("N")});
    }

    // --survey-platform, --column and --min-seconds into options; the exit status of a usage
    // error, else nullopt.
    static std::optional<int> platformOptions(CliContext &ctx, const QCommandLineParser &parser,
                                              TallyImporter::Options &options)
    {
        const QString platform = parser.value(QStringLiteral("survey-platform")).toLower();
        if (!TallyFormats::platformKeys().contains(platform))
            return ctx.usageError(QStringLiteral("--survey-platform is one of ")
                                      + TallyFormats::platformKeys().join(QLatin1Char('|')),
                                  &parser);
        if (platform != QLatin1String("auto"))
            options.format = platform;
        for (const QString &column : parser.values(QStringLiteral("column"))) {
            const qsizetype eq = column.indexOf(QLatin1Char('='));
            int field = -1;
            for (int f = 0; eq > 0 && f < ColumnMapping::FieldCount; ++f) {
                if (ColumnMapping::fieldKey(ColumnMapping::Field(f)) == column.left(eq).trimmed())
                    field = f;
            }
            if (field < 0 || column.mid(eq + 1).trimmed().isEmpty())
                return ctx.usageError(
                    QStringLiteral("--column is FIELD=HEADER, FIELD one of response_id, link, "
                                   "submitted_at, valid, duration, status, day, valid_samples, "
                                   "invalid_samples, suggestions"),
                    &parser);
            options.columns.insert(ColumnMapping::Field(field), column.mid(eq + 1).trimmed());
        }
        if (parser.isSet(QStringLiteral("min-seconds"))) {
            bool ok = false;
            options.minSeconds = parser.value(QStringLiteral("min-seconds")).toInt(&ok);
            if (!ok || options.minSeconds < 0)
                return ctx.usageError(QStringLiteral("--min-seconds is a number of seconds"),
                                      &parser);
        }
        return std::nullopt;
    }

    int import(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        addImportOptions(parser);
        if (const auto status = ctx.parse(parser, arguments))
            return *status;
        const QStringList files = parser.positionalArguments();
        if (files.isEmpty())
            return ctx.usageError(QStringLiteral("tallies import needs at least one FILE"),
                                  &parser);
        TallyImporter::Options options;
        if (const auto status = readImportOptions(ctx, parser, options))
            return *status;
        auto db = ctx.openDatabase();
        if (!db || db->isReadOnly())
            return ExitRejected;
        const std::optional<Campaign> campaign = ctx.campaign(*db, parser);
        if (!campaign || !ctx.questionnaire(*db, campaign->id, parser, &options.questionnaireId))
            return ExitRejected;
        QString rejectsPath = parser.value(QStringLiteral("rejects"));
        if (rejectsPath.isEmpty() && options.skipInvalid)
            rejectsPath = RejectFile::defaultPathFor(files.first());
        RejectFile rejects(rejectsPath);
        const RejectSink sink = rejectsPath.isEmpty() ? RejectSink() : rejects.sink();
        TallyImporter importer(*db, campaign->id);
        ImportReport total;
        bool allOk = true;
        for (const QString &file : files) {
            const ImportReport r = importer.importFile(file, options, nullptr, {}, sink);
            printReport(ctx, file, r);
            total.addCounts(r);
            allOk = allOk
                && (r.outcome == ImportReport::Outcome::Imported
                    || r.outcome == ImportReport::Outcome::AlreadyImported);
        }
        closeRejects(ctx, rejects, rejectsPath);
        ctx.out() << total.summaryLine() << Qt::endl;
        return allOk ? ExitOk : ExitRejected;
    }

    static void addImportOptions(QCommandLineParser &parser)
    {
        CliContext::describe(
            parser,
            QStringLiteral(
                "secretariat-cli tallies import\n\n"
                "Import daily or per-response sample tally files (CSV or .xlsx), each file in one\n"
                "transaction. The last line printed is the total:\n"
                "read N, accepted N, duplicate N, rejected N, unknown-link N"));
        parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Tally files."),
                                     QStringLiteral("FILE..."));
        CliContext::addCampaignOption(parser);
        parser.addOption({QStringLiteral("kind"),
                          QStringLiteral("auto (from the header), daily or responses."),
                          QStringLiteral("KIND"), QStringLiteral("auto")});
        parser.addOption(
            {QStringLiteral("skip-invalid"),
             QStringLiteral("Import the good rows of a file with malformed rows; write the "
                            "others to the rejects file.")});
        parser.addOption(
            {QStringLiteral("rejects"),
             QStringLiteral("Where rows not counted go, with reasons (CSV; default with "
                            "--skip-invalid: FILE.rejects.csv)."),
             QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("encoding"), QStringLiteral("auto, utf-8 or gb18030."),
                          QStringLiteral("ENC"), QStringLiteral("auto")});
        addPlatformOptions(parser);
    }

    // --kind, --encoding, --skip-invalid and the platform's options into options; the exit
    // status of a usage error, else nullopt.
    static std::optional<int> readImportOptions(CliContext &ctx, const QCommandLineParser &parser,
                                                TallyImporter::Options &options)
    {
        const auto kind = ctx.choice(
            parser, QStringLiteral("kind"),
            {QStringLiteral("auto"), QStringLiteral("daily"), QStringLiteral("responses")});
        if (!kind)
            return kind.error();
        options.kind = ColumnMapping::kindFromKey(*kind);
        const QString encoding = parser.value(QStringLiteral("encoding")).toLower();
        if (encoding == QLatin1String("utf-8") || encoding == QLatin1String("utf8"))
            options.reader.encoding = TableReader::Encoding::Utf8;
        else if (encoding == QLatin1String("gb18030") || encoding == QLatin1String("gbk"))
            options.reader.encoding = TableReader::Encoding::Gb18030;
        else if (encoding != QLatin1String("auto"))
            return ctx.usageError(QStringLiteral("--encoding is auto, utf-8 or gb18030"), &parser);
        options.skipInvalid = parser.isSet(QStringLiteral("skip-invalid"));
        return platformOptions(ctx, parser, options);
    }

    // A file's problems and unknown tokens on stderr; what it was read as and its counts on
    // stdout.
    static void printReport(CliContext &ctx, const QString &file, const ImportReport &r)
    {
        if (!r.problems.isEmpty() || !r.warnings.isEmpty() || r.problemsNotListed > 0)
            ctx.err() << r.problemText() << Qt::endl;
        if (const QString tokens = r.unknownTokenText(); !tokens.isEmpty())
            ctx.err() << tokens << Qt::endl;
        QString how;
        if (!r.kind.isEmpty()) {
            how = QStringLiteral(" (%1, %2")
                      .arg(r.format.isEmpty() ? r.kind : r.format, r.encoding);
            if (!r.delimiter.isNull())
                how += QStringLiteral(", delimiter %1")
                           .arg(r.delimiter == QLatin1Char('\t')
                                    ? QStringLiteral("tab")
                                    : QStringLiteral("'%1'").arg(r.delimiter));
            how += QLatin1Char(')');
        }
        ctx.out() << file << ": " << r.message << how << ": " << r.summaryLine() << Qt::endl;
    }

    static void closeRejects(CliContext &ctx, RejectFile &rejects, const QString &path)
    {
        const QString error = rejects.close();
        if (rejects.rowsWritten() > 0 && error.isEmpty())
            ctx.out() << rejects.rowsWritten() << " row(s) not counted written to " << path
                      << Qt::endl;
        if (!error.isEmpty())
            ctx.err() << path << ": " << error << Qt::endl;
    }

    int history(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        CliContext::describe(
            parser,
            QStringLiteral(
                "secretariat-cli tallies history\n\nList the imports of a campaign, newest first."),
            CliContext::WithCampaign);
        ctx.addFormatOption(parser, {QStringLiteral("text"), QStringLiteral("csv")});
        std::unique_ptr<Database> db;
        const auto campaign = ctx.openCampaign(parser, arguments, &db, CliContext::Arguments::None);
        if (!campaign)
            return campaign.error();
        const QString format = parser.value(QStringLiteral("format"));
        QSqlError error;
        const QList<ImportRecord> records = ImportRepository(*db).forCampaign(campaign->id, &error);
        if (error.isValid())
            return ctx.databaseError(error);
        const QStringList header {QStringLiteral("id"),           QStringLiteral("finished_at"),
                                  QStringLiteral("user"),         QStringLiteral("kind"),
                                  QStringLiteral("file"),         QStringLiteral("read"),
                                  QStringLiteral("accepted"),     QStringLiteral("duplicate"),
                                  QStringLiteral("rejected"),     QStringLiteral("unknown_link"),
                                  QStringLiteral("sha256"),       QStringLiteral("status"),
                                  QStringLiteral("withdrawn_at"), QStringLiteral("withdrawn_by")};
        if (format == QLatin1String("csv"))
            ctx.out() << CsvWriter::formatRow(header) << '\n';
        for (const ImportRecord &r : records) {
            const QStringList row {QString::number(r.id),
                                   r.finishedAt,
                                   r.user,
                                   r.kind,
                                   r.fileName,
                                   QString::number(r.rowsRead),
                                   QString::number(r.accepted),
                                   QString::number(r.duplicate),
                                   QString::number(r.rejected),
                                   QString::number(r.unknownLink),
                                   r.sha256,
                                   r.status,
                                   r.withdrawnAt,
                                   r.withdrawnBy};
            if (format == QLatin1String("csv"))
                ctx.out() << CsvWriter::formatRow(row) << '\n';
            else
                ctx.out() << '#' << r.id << "  " << r.finishedAt << "  " << r.user << "  " << r.kind
                          << "  " << r.fileName << "  read " << r.rowsRead << ", accepted "
                          << r.accepted << ", duplicate " << r.duplicate << ", rejected "
                          << r.rejected << ", unknown-link " << r.unknownLink
                          << (r.isWithdrawn() ? QStringLiteral("  WITHDRAWN %1 by %2")
                                                    .arg(r.withdrawnAt, r.withdrawnBy)
                                              : QString())
                          << '\n';
        }
        ctx.out().flush();
        return ExitOk;
    }

    int withdraw(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        CliContext::describe(
            parser,
            QStringLiteral(
                "secretariat-cli tallies withdraw IMPORT_ID\n\n"
                "Withdraw an import (its id from 'tallies history'): the counts it added are "
                "subtracted, the daily figures it replaced put back and the response ids it "
                "counted "
                "forgotten; a later import that had the same responses counts them instead. The "
                "import stays in the history, marked withdrawn."));
        parser.addPositionalArgument(QStringLiteral("IMPORT_ID"), QStringLiteral("The import."));
        if (const auto status = ctx.parse(parser, arguments))
            return *status;
        const QStringList args = parser.positionalArguments();
        bool ok = false;
        const qint64 importId = args.size() == 1 ? args.first().toLongLong(&ok) : 0;
        if (!ok || importId <= 0)
            return ctx.usageError(QStringLiteral("give one import id (see 'tallies history')"),
                                  &parser);
        auto db = ctx.openDatabase();
        if (!db)
            return ExitRejected;
        const TallyWithdrawal::Result r = TallyWithdrawal(*db, importId).run();
        (r.ok ? ctx.out() : ctx.err()) << r.message << Qt::endl;
        return r.ok ? ExitOk : ExitRejected;
    }
};

CliRegistration<TalliesCommand>
    registration("tallies",
                 "Import sample tally files, list past imports or withdraw one (import, history, "
                 "withdraw).");

} // namespace
