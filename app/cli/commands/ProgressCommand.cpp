#include "CliCommand.h"
#include "CliTable.h"

#include "db/Database.h"
#include "progress/ProgressExport.h"
#include "progress/ProgressQuery.h"
#include "progress/TableExport.h"

namespace {

// progress --campaign Y [--format csv|json]
class ProgressCommand : public CliCommand
{
public:
    int run(CliContext &ctx, const QStringList &arguments) override
    {
        QCommandLineParser parser;
        CliContext::describe(
            parser,
            QStringLiteral(
                "secretariat-cli progress\n\n"
                "Prints unit_id,unit,kind,region,target,valid_samples,percent,forecast for every "
                "unit "
                "of a\n"
                "campaign. percent has one decimal (empty without a target); forecast is the "
                "projected "
                "final\n"
                "count: current + mean of the last 3 reported days x window days after today\n"
                "(none once the window is over). --questionnaire counts only its links."),
            CliContext::WithCampaign);
        parser.addOption(CliContext::questionnaireOption());
        ctx.addFormatOption(parser, {QStringLiteral("csv"), QStringLiteral("json")});
        std::unique_ptr<Database> db;
        const auto campaign = ctx.openCampaign(parser, arguments, &db, CliContext::Arguments::None);
        if (!campaign)
            return campaign.error();
        const QString format = parser.value(QStringLiteral("format"));
        qint64 questionnaireId = 0;
        if (!ctx.questionnaire(*db, campaign->id, parser, &questionnaireId))
            return ExitRejected;
        QSqlError error;
        const auto snapshot = ProgressQuery(*db).load(campaign->id, &error, questionnaireId);
        if (!snapshot)
            return ctx.databaseError(error);
        if (format == QLatin1String("json")) {
            CliTable table(ctx.out(), format,
                           {QStringLiteral("unit_id"), QStringLiteral("unit"),
                            QStringLiteral("kind"), QStringLiteral("region"),
                            QStringLiteral("target"), QStringLiteral("valid_samples"),
                            QStringLiteral("percent"), QStringLiteral("forecast")});
            for (const UnitProgress &u : snapshot->units)
                table.addValues({u.unitId, u.name, u.kind, ProgressExport::regionName(u.province),
                                 u.target, u.valid,
                                 u.hasTarget() ? QVariant(Percent::tenths(u.valid, u.target) / 10.0)
                                               : QVariant(),
                                 u.forecast});
            table.finish();
            return ExitOk;
        }
        QList<QVariantList> rows;
        rows.reserve(snapshot->units.size());
        for (const UnitProgress &u : snapshot->units)
            rows.append(ProgressExport::cliRow(u));
        ctx.out() << TableExport::toCsvText(ProgressExport::cliColumns(), rows);
        ctx.out().flush();
        return ExitOk;
    }
};

CliRegistration<ProgressCommand>
    registration("progress", "Print each unit's samples against its target, with forecast.");

} // namespace
