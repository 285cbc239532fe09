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
    int run(CliContext &ctx, const QStringList &arguments) override
    {
        QCommandLineParser parser;
        CliContext::describe(
            parser,
            QStringLiteral("secretariat-cli grades\n\n"
                           "Prints "
                           "unit_id,unit,kind,region,target,valid_samples,percent,support_score,"
                           "grade,stored_grade.\n"
                           "grade is computed from the campaign's grading rules (the defaults when "
                           "none are stored);\n"
                           "--apply stores it as each unit's grade (its data-query tier)."),
            CliContext::WithCampaign);
        ctx.addFormatOption(parser, {QStringLiteral("csv")});
        parser.addOption({QStringLiteral("apply"), QStringLiteral("Store the computed grades.")});
        std::unique_ptr<Database> db;
        const auto campaign = ctx.openCampaign(parser, arguments, &db, CliContext::Arguments::None);
        if (!campaign)
            return campaign.error();
        QSqlError error;
        auto snapshot = ProgressQuery(*db).load(campaign->id, &error);
        if (!snapshot)
            return ctx.databaseError(error);
        GradingRepository repo(*db);
        const QList<GradingRule> rules = repo.rules(campaign->id, nullptr, &error);
        if (error.isValid())
            return ctx.databaseError(error);
        const QList<UnitGrade> grades = Grading::grade(*snapshot, rules);
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

CliRegistration<GradesCommand>
    registration("grades", "Print each unit's grade under the campaign's grading rules.");

} // namespace
