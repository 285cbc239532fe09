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
    QString name() const override { return QStringLiteral("daily"); }
    QString summary() const override
    {
        return QStringLiteral("Print each unit's valid samples and suggestions per day.");
    }

    int run(CliContext &ctx, const QStringList &arguments) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            QStringLiteral("secretariat-cli daily\n\n"
                           "Prints unit_id,unit,date,valid_samples,suggestions: one row per unit "
                           "and window day up to\n"
                           "the last day with figures (0 when a unit reported nothing that day)."));
        CliContext::addCommonOptions(parser);
        CliContext::addCampaignOption(parser);
        parser.addOption(CliContext::questionnaireOption());
        parser.addOption({QStringLiteral("format"), QStringLiteral("csv (the only format)."),
                          QStringLiteral("FORMAT"), QStringLiteral("csv")});
        if (const int status = ctx.parse(parser, arguments); status >= 0)
            return status;
        if (parser.value(QStringLiteral("format")) != QLatin1String("csv"))
            return ctx.usageError(QStringLiteral("--format is csv"), &parser);
        if (!parser.positionalArguments().isEmpty())
            return ctx.usageError(QStringLiteral("unexpected argument '%1'")
                                      .arg(parser.positionalArguments().first()),
                                  &parser);
        auto db = ctx.openDatabase();
        if (!db)
            return ExitRejected;
        const auto campaign = ctx.campaign(*db, parser);
        qint64 questionnaireId = 0;
        if (!campaign || !ctx.questionnaire(*db, campaign->id, parser, &questionnaireId))
            return ExitRejected;
        QSqlError error;
        const auto snapshot = ProgressQuery(*db).load(campaign->id, &error, questionnaireId);
        if (!snapshot) {
            ctx.err() << error.text() << Qt::endl;
            return ExitRejected;
        }
        ctx.out() << TableExport::toCsvText(ProgressExport::dailyCliColumns(),
                                            ProgressExport::dailyCliRows(*snapshot));
        ctx.out().flush();
        return ExitOk;
    }
};

CliRegistration<DailyCommand> registration;

} // namespace
