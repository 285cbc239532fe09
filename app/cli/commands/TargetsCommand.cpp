#include "CliCommand.h"

#include "db/Database.h"
#include "imports/RejectFile.h"
#include "imports/TargetImporter.h"

namespace {

// targets import FILE [--campaign Y] [--rejects FILE]
class TargetsCommand : public CliCommand
{
public:
    int run(CliContext &ctx, const QStringList &arguments) override
    {
        QCommandLineParser parser;
        CliContext::describe(
            parser,
            QStringLiteral("secretariat-cli targets\n\n"
                           "  targets import FILE [--campaign Y] [--rejects FILE]\n\n"
                           "FILE is CSV or .xlsx with the columns unit (name or id) and target. "
                           "Any bad row rejects the\n"
                           "whole file (exit 1, FILE:LINE: field: message) and nothing changes."),
            CliContext::WithCampaign);
        parser.addOption({QStringLiteral("rejects"),
                          QStringLiteral("Write the rejected rows with their reasons to FILE "
                                         "(CSV: file,line,field,reason,row...)."),
                          QStringLiteral("FILE")});
        parser.addPositionalArgument(QStringLiteral("import"),
                                     QStringLiteral("The action: import."));
        parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("CSV or .xlsx file."));
        if (const auto status = ctx.parse(parser, arguments))
            return *status;
        const QStringList args = parser.positionalArguments();
        if (args.isEmpty() || args.first() != QLatin1String("import"))
            return ctx.usageError(
                args.isEmpty() ? QStringLiteral("targets needs an action: import")
                               : QStringLiteral("unknown targets action '%1'").arg(args.first()),
                &parser);
        if (args.size() != 2)
            return ctx.usageError(QStringLiteral("targets import needs exactly one FILE"), &parser);
        std::unique_ptr<Database> db;
        const auto campaign = ctx.openCampaign(parser, &db);
        if (!campaign)
            return campaign.error();
        const QString rejectsPath = parser.value(QStringLiteral("rejects"));
        RejectFile rejects(rejectsPath);
        const ImportReport r = TargetImporter(*db).importFile(
            campaign->id, args.at(1), rejectsPath.isEmpty() ? RejectSink() : rejects.sink());
        if (const QString rejectsError = rejects.close(); !rejectsError.isEmpty())
            ctx.err() << rejectsPath << ": " << rejectsError << Qt::endl;
        else if (rejects.rowsWritten() > 0)
            ctx.out() << rejects.rowsWritten() << " rejected row(s) written to " << rejectsPath
                      << Qt::endl;
        if (!r.changedData()) {
            ctx.err() << formatProblems(r.problems) << Qt::endl;
            return ExitRejected;
        }
        ctx.out() << "targets " << campaign->year << ": " << r.read << " rows, " << r.updated
                  << " changed" << Qt::endl;
        return ExitOk;
    }
};

CliRegistration<TargetsCommand> registration("targets",
                                             "Import units' sample targets (targets import FILE).");

} // namespace
