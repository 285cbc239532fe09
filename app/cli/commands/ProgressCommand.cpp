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
    QString name() const override { return QStringLiteral("progress"); }
    QString summary() const override
    {
        return QStringLiteral("Print each unit's samples against its target, with forecast.");
    }

    int run(CliContext &ctx, const QStringList &arguments) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral(
            "secretariat-cli progress\n\n"
            "Prints unit_id,unit,kind,region,target,valid_samples,percent,forecast for every unit "
            "of a\n"
            "campaign. percent has one decimal (empty without a target); forecast is the projected "
            "final\n"
            "count: current + mean of the last 3 reported days x window days after today\n"
            "(none once the window is over). --questionnaire counts only its links."));
        CliContext::addCommonOptions(parser);
        CliContext::addCampaignOption(parser);
        parser.addOption(CliContext::questionnaireOption());
        ctx.addFormatOption(parser, {QStringLiteral("csv"), QStringLiteral("json")});
        if (const auto status = ctx.parse(parser, arguments, CliContext::Arguments::None))
            return *status;
        const QString format = parser.value(QStringLiteral("format"));
        std::unique_ptr<Database> db;
        const auto campaign = ctx.openCampaign(parser, &db);
        if (!campaign)
            return campaign.error();
        qint64 questionnaireId = 0;
        if (!ctx.questionnaire(*db, campaign->id, parser, &questionnaireId))
            return ExitRejected;
        QSqlError error;
        const auto snapshot = ProgressQuery(*db).load(campaign->id, &error, questionnaireId);
        if (!snapshot) {
            ctx.err() << error.text() << Qt::endl;
            return ExitRejected;
        }
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

CliRegistration<ProgressCommand> registration;

} // namespace
