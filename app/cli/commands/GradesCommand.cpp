#include "CliCommand.h"

#include "db/Database.h"
#include "progress/GradingRepository.h"
#include "progress/ProgressExport.h"
#include "progress/ProgressQuery.h"
#include "progress/TableExport.h"

namespace {

// grades --campaign Y [--format csv] [--apply]
class GradesCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("grades"); }
    QString summary() const override
    {
        return QStringLiteral("Print each unit's grade under the campaign's grading rules.");
    }

    int run(CliContext &ctx, const QStringList &arguments) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            QStringLiteral("secretariat-cli grades\n\n"
                           "Prints "
                           "unit_id,unit,kind,region,target,valid_samples,percent,support_score,"
                           "grade,stored_grade.\n"
                           "grade is computed from the campaign's grading rules (the defaults when "
                           "none are stored);\n"
                           "--apply stores it as each unit's grade (its data-query tier)."));
        CliContext::addCommonOptions(parser);
        CliContext::addCampaignOption(parser);
        ctx.addFormatOption(parser, {QStringLiteral("csv")});
        parser.addOption({QStringLiteral("apply"), QStringLiteral("Store the computed grades.")});
        if (const auto status = ctx.parse(parser, arguments, CliContext::Arguments::None))
            return *status;
        std::unique_ptr<Database> db;
        const auto campaign = ctx.openCampaign(parser, &db);
        if (!campaign)
            return campaign.error();
        QSqlError error;
        auto snapshot = ProgressQuery(*db).load(campaign->id, &error);
        if (!snapshot) {
            ctx.err() << error.text() << Qt::endl;
            return ExitRejected;
        }
        GradingRepository repo(*db);
        const QList<UnitGrade> grades = Grading::grade(*snapshot, repo.rules(campaign->id));
        if (parser.isSet(QStringLiteral("apply"))) {
            QString applyError;
            const int changed = repo.applyGrades(campaign->id, grades, &applyError);
            if (changed < 0) {
                ctx.err() << applyError << Qt::endl;
                return ExitRejected;
            }
            snapshot = ProgressQuery(*db).load(campaign->id, &error);
            if (!snapshot)
                return ExitRejected;
            ctx.err() << changed << " grades stored" << Qt::endl;
        }
        ctx.out() << TableExport::toCsvText(ProgressExport::gradeColumns(),
                                            ProgressExport::gradeRows(*snapshot, grades));
        ctx.out().flush();
        return ExitOk;
    }
};

CliRegistration<GradesCommand> registration;

} // namespace
