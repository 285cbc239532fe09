#include "CliCommand.h"

#include "db/Database.h"
#include "progress/Commendations.h"
#include "progress/GradingRepository.h"
#include "progress/ProgressQuery.h"
#include "progress/TableExport.h"

#include <QFileInfo>

namespace {

// commendations --campaign Y --out FILE(.csv|.xlsx|.pdf)
class CommendationsCommand : public CliCommand
{
public:
    int run(CliContext &ctx, const QStringList &arguments) override
    {
        QCommandLineParser parser;
        CliContext::describe(
            parser,
            QStringLiteral("secretariat-cli commendations\n\n"
                           "Writes the initiating units that earned the best grade, each followed "
                           "by the supporting\n"
                           "units it recommended, to FILE: .csv, .xlsx or a printable .pdf."),
            CliContext::WithCampaign);
        parser.addOption({QStringLiteral("out"),
                          QStringLiteral("Output file (.csv, .xlsx or .pdf)."),
                          QStringLiteral("FILE")});
        if (const auto status = ctx.parse(parser, arguments))
            return *status;
        const QString out = parser.value(QStringLiteral("out"));
        const QString suffix = QFileInfo(out).suffix().toLower();
        if (out.isEmpty())
            return ctx.usageError(QStringLiteral("commendations needs --out FILE"), &parser);
        if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx")
            && suffix != QLatin1String("pdf"))
            return ctx.usageError(QStringLiteral("--out must end in .csv, .xlsx or .pdf"), &parser);
        std::unique_ptr<Database> db;
        const auto campaign = ctx.openCampaign(parser, &db);
        if (!campaign)
            return campaign.error();
        QSqlError error;
        const auto snapshot = ProgressQuery(*db).load(campaign->id, &error);
        if (!snapshot)
            return ctx.databaseError(error);
        const QList<GradingRule> rules
            = GradingRepository(*db).rules(campaign->id, nullptr, &error);
        if (error.isValid())
            return ctx.databaseError(error);
        const QList<Commendation> list = Commendations::build(*snapshot, rules);
        QString writeError;
        bool ok = false;
        if (suffix == QLatin1String("pdf"))
            ok = TableExport::writePdf(out, Commendations::html(*snapshot, list),
                                       QStringLiteral("Commendations %1").arg(campaign->year),
                                       &writeError);
        else
            ok = TableExport::write(out,
                                    {QStringLiteral("commendations"), Commendations::columns(),
                                     Commendations::rows(*snapshot, list)},
                                    &writeError);
        if (!ok) {
            ctx.err() << out << ": " << writeError << Qt::endl;
            return ExitRejected;
        }
        int supporters = 0;
        for (const Commendation &c : list)
            supporters += int(c.supporterRows.size());
        ctx.out() << list.size() << " commended units, " << supporters
                  << " recommended supporters -> " << out << Qt::endl;
        return ExitOk;
    }
};

CliRegistration<CommendationsCommand>
    registration("commendations", "Write the commendation list as .csv, .xlsx or .pdf.");

} // namespace
