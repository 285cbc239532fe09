#include "CliCommand.h"

#include "db/Database.h"
#include "imports/TargetImporter.h"

namespace {

// targets import FILE [--campaign Y]
class TargetsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("targets"); }
    QString summary() const override
    {
        return QStringLiteral("Import units' sample targets (targets import FILE).");
    }

    int run(CliContext &ctx, const QStringList &arguments) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            QStringLiteral("secretariat-cli targets\n\n"
                           "  targets import FILE [--campaign Y]\n\n"
                           "FILE is CSV or .xlsx with the columns unit (name or id) and target. "
                           "Any bad row rejects the\n"
                           "whole file (exit 1, FILE:LINE: field: message) and nothing changes."));
        CliContext::addCommonOptions(parser);
        CliContext::addCampaignOption(parser);
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
        const ImportReport r = TargetImporter(*db).importFile(campaign->id, args.at(1));
        if (!r.changedData()) {
            ctx.err() << formatProblems(r.problems) << Qt::endl;
            return ExitRejected;
        }
        ctx.out() << "targets " << campaign->year << ": " << r.read << " rows, " << r.updated
                  << " changed" << Qt::endl;
        return ExitOk;
    }
};

CliRegistration<TargetsCommand> registration;

} // namespace
