#include "CliCommand.h"
#include "CliTable.h"

#include "db/Database.h"
#include "registers/ExpertPool.h"

namespace {

const char kUsage[]
    = "secretariat-cli experts\n\n"
      "The expert pool: every expert recommended on any unit's information form, across units\n"
      "and years. The same name with the same phone (in any spelling: +86 138 0013 8000 is\n"
      "13800138000) is one person, listed once with every unit that recommended them.\n\n"
      "  experts list [--field F] [--search TEXT] [--format text|csv]\n\n"
      "F: publicity, questionnaire, report, data or other. The csv lists\n"
      "name,phone,fields,specialties,sources (sources: \"YEAR unit; …\", newest first).";

class ExpertsCommand : public CliCommand
{
public:
    int run(CliContext &ctx, const QStringList &arguments) override
    {
        return ctx.runAction(arguments, this, {{"list", &ExpertsCommand::list}},
                             QString::fromUtf8(kUsage));
    }

private:
    static QStringList cells(const PooledExpert &e)
    {
        QStringList fields, sources;
        for (ExpertField f : e.fields)
            fields << DomainNames::code(f);
        for (const ExpertSource &s : e.sources)
            sources << QStringLiteral("%1 %2").arg(s.year).arg(s.unitName);
        return {e.name, e.phone, fields.join(QLatin1Char(' ')),
                e.specialties.join(QStringLiteral("; ")), sources.join(QStringLiteral("; "))};
    }

    int list(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        CliContext::describe(parser, QString::fromUtf8(kUsage));
        parser.addOption({QStringLiteral("field"),
                          QStringLiteral("Only experts recommended for field F."),
                          QStringLiteral("F")});
        parser.addOption({QStringLiteral("search"),
                          QStringLiteral("Only experts whose name, phone, specialty or "
                                         "recommending unit contains TEXT."),
                          QStringLiteral("TEXT")});
        ctx.addFormatOption(parser, {QStringLiteral("text"), QStringLiteral("csv")});
        if (const auto status = ctx.parse(parser, arguments))
            return *status;
        const QString format = parser.value(QStringLiteral("format"));
        std::optional<ExpertField> field;
        if (parser.isSet(QStringLiteral("field"))) {
            field = DomainNames::expertFieldFromText(parser.value(QStringLiteral("field")));
            if (!field)
                return ctx.usageError(
                    QStringLiteral("--field is publicity, questionnaire, report, data or other"));
        }
        auto db = ctx.openDatabase();
        if (!db)
            return ExitRejected;
        QSqlError error;
        const QList<PooledExpert> pool
            = ExpertPool(*db).list(parser.value(QStringLiteral("search")), field, &error);
        if (error.isValid())
            return ctx.databaseError(error);
        CliTable table(ctx.out(), format,
                       {QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("fields"),
                        QStringLiteral("specialties"), QStringLiteral("sources")});
        for (const PooledExpert &e : pool)
            table.add(cells(e));
        table.finish();
        return ExitOk;
    }
};

CliRegistration<ExpertsCommand> registration("experts",
                                             "The expert pool across units and years (list).");

} // namespace
