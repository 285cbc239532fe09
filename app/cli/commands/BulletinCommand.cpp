#include "CliCommand.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "progress/Bulletin.h"
#include "progress/BulletinRenderer.h"
#include "progress/ProgressQuery.h"

#include <QDir>
#include <QFileInfo>

namespace {

// bulletin --campaign Y [--date D] --out FILE.png|.pdf
class BulletinCommand : public CliCommand
{
public:
    int run(CliContext &ctx, const QStringList &arguments) override
    {
        QCommandLineParser parser;
        CliContext::describe(
            parser,
            QStringLiteral(
                "secretariat-cli bulletin\n\n"
                "Renders the day's progress bulletin (每日进度通报) for the units' groups: a PNG "
                "1080 "
                "px wide or\n"
                "a one-page PDF. Figures are those of 'progress' and 'daily', counted up to and "
                "including\n"
                "--date (default: the last day with figures)."),
            CliContext::WithCampaign);
        parser.addOption(
            {QStringLiteral("date"), QStringLiteral("The day, yyyy-MM-dd."), QStringLiteral("D")});
        parser.addOption({QStringLiteral("out"), QStringLiteral("The file, .png or .pdf."),
                          QStringLiteral("FILE")});
        if (const auto status = ctx.parse(parser, arguments, CliContext::Arguments::None))
            return *status;
        const QString out = parser.value(QStringLiteral("out"));
        const QString suffix = QFileInfo(out).suffix().toLower();
        if (out.isEmpty() || (suffix != QLatin1String("png") && suffix != QLatin1String("pdf")))
            return ctx.usageError(QStringLiteral("bulletin needs --out FILE.png or FILE.pdf"),
                                  &parser);
        QDate date;
        if (parser.isSet(QStringLiteral("date"))) {
            date = Clock::parseDate(parser.value(QStringLiteral("date")));
            if (!date.isValid())
                return ctx.usageError(QStringLiteral("--date is yyyy-MM-dd"), &parser);
        }
        std::unique_ptr<Database> db;
        const auto campaign = ctx.openCampaign(parser, &db);
        if (!campaign)
            return campaign.error();
        QSqlError error;
        const auto snapshot = ProgressQuery(*db).load(campaign->id, &error);
        if (!snapshot)
            return ctx.databaseError(error);
        const BulletinData data = Bulletin::compute(
            *snapshot, date.isValid() ? date : Bulletin::defaultDate(*snapshot));
        if (const QString e = BulletinRenderer::write(out, data); !e.isEmpty()) {
            ctx.err() << e << Qt::endl;
            return ExitRejected;
        }
        ctx.out() << "bulletin of " << data.date.toString(Qt::ISODate) << " written to "
                  << QDir::toNativeSeparators(out) << Qt::endl;
        return ExitOk;
    }
};

CliRegistration<BulletinCommand> registration("bulletin",
                                              "Render the daily progress bulletin as PNG or PDF.");

} // namespace
