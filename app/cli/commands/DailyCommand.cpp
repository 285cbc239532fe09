#include "CliCommand.h"

#include "db/Database.h"
#include "progress/ProgressExport.h"
#include "progress/ProgressQuery.h"
#include "progress/TableExport.h"

namespace {

// daily --campaign Y [--format csv]
class DailyCommand : public CliCommand
{
public:
    int run(CliContext &ctx, const QStringList &arguments) override
    {
        QCommandLineParser parser;
        CliContext::describe(
            parser,
            QStringLiteral("secretariat-cli daily\n\n"
                           "Prints unit_id,unit,date,valid_samples,suggestions: one row per unit "
                           "and window day up to\n"
                           "the last day with figures (0 when a unit reported nothing that day)."),
            CliContext::WithCampaign);
        parser.addOption(CliContext::questionnaireOption());
        ctx.addFormatOption(parser, {QStringLiteral("csv")});
        std::unique_ptr<Database> db;
        const auto campaign = ctx.openCampaign(parser, arguments, &db, CliContext::Arguments::None);
        if (!campaign)
            return campaign.error();
        qint64 questionnaireId = 0;
        if (!ctx.questionnaire(*db, campaign->id, parser, &questionnaireId))
            return ExitRejected;
        QSqlError error;
        const auto snapshot = ProgressQuery(*db).load(campaign->id, &error, questionnaireId);
        if (!snapshot)
            return ctx.databaseError(error);
        ctx.out() << TableExport::toCsvText(ProgressExport::dailyCliColumns(),
                                            ProgressExport::dailyCliRows(*snapshot));
        ctx.out().flush();
        return ExitOk;
    }
};

CliRegistration<DailyCommand>
    registration("daily", "Print each unit's valid samples and suggestions per day.");

} // namespace
