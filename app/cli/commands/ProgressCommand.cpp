#include "CliCommand.h"

#include "db/Database.h"
#include "progress/ProgressExport.h"
#include "progress/ProgressQuery.h"
#include "progress/TableExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
        parser.addOption({QStringLiteral("format"), QStringLiteral("csv (default) or json."),
                          QStringLiteral("FORMAT"), QStringLiteral("csv")});
        if (const int status = ctx.parse(parser, arguments); status >= 0)
            return status;
        const QString format = parser.value(QStringLiteral("format"));
        if (format != QLatin1String("csv") && format != QLatin1String("json"))
            return ctx.usageError(QStringLiteral("--format is csv or json"), &parser);
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
        if (format == QLatin1String("json")) {
            QJsonArray array;
            for (const UnitProgress &u : snapshot->units) {
                QJsonObject o;
                o.insert(QStringLiteral("unit_id"), u.unitId);
                o.insert(QStringLiteral("unit"), u.name);
                o.insert(QStringLiteral("kind"), u.kind);
                o.insert(QStringLiteral("region"), ProgressExport::regionName(u.province));
                o.insert(QStringLiteral("target"), u.target);
                o.insert(QStringLiteral("valid_samples"), u.valid);
                o.insert(QStringLiteral("percent"),
                         u.hasTarget() ? QJsonValue(Percent::tenths(u.valid, u.target) / 10.0)
                                       : QJsonValue());
                o.insert(QStringLiteral("forecast"), u.forecast);
                array.append(o);
            }
            ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        } else {
            QList<QVariantList> rows;
            rows.reserve(snapshot->units.size());
            for (const UnitProgress &u : snapshot->units)
                rows.append(ProgressExport::cliRow(u));
            ctx.out() << TableExport::toCsvText(ProgressExport::cliColumns(), rows);
        }
        ctx.out().flush();
        return ExitOk;
    }
};

CliRegistration<ProgressCommand> registration;

} // namespace
