#include "CliCommand.h"

#include "db/Database.h"
#include "demo/DemoDataGenerator.h"

namespace {

class DemoCommand : public CliCommand
{
public:
    int run(CliContext &ctx, const QStringList &arguments) override
    {
        QCommandLineParser parser;
        CliContext::describe(
            parser,
            QStringLiteral("secretariat-cli demo\n\nFills one campaign year with invented units in "
                           "every region, targets,\n"
                           "tracking links and ten days of tallies, and the year before it (unless "
                           "it exists) with most of\n"
                           "the same units, for year-over-year comparison."));
        parser.addOption({QStringLiteral("year"), QStringLiteral("Campaign year (default 2024)."),
                          QStringLiteral("Y"), QStringLiteral("2024")});
        if (const auto status = ctx.parse(parser, arguments))
            return *status;
        bool ok = false;
        const int year = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok)
            return ctx.usageError(QStringLiteral("--year needs a number"), &parser);
        auto db = ctx.openDatabase();
        if (!db)
            return ExitRejected;
        DemoDataGenerator::Summary summary;
        const Problems problems = DemoDataGenerator(*db).generate(year, &summary, true);
        if (!problems.isEmpty()) {
            ctx.err() << formatProblems(problems) << Qt::endl;
            return ExitRejected;
        }
        ctx.out() << "demo campaign " << summary.year << ": " << summary.units << " units, "
                  << summary.links << " links, " << summary.validSamples << " valid samples";
        if (summary.previousYearUnits > 0)
            ctx.out() << "; previous year " << summary.year - 1 << ": " << summary.previousYearUnits
                      << " units";
        ctx.out() << Qt::endl;
        return ExitOk;
    }
};

CliRegistration<DemoCommand> registration("demo", "Fill a campaign with invented demo data.");

} // namespace
