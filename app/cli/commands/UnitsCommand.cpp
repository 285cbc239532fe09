#include "CliCommand.h"
#include "CliTable.h"

#include "db/Database.h"
#include "domain/Regions.h"
#include "imports/UnitExporter.h"
#include "imports/UnitImporter.h"
#include "repo/CampaignRepository.h"
#include "repo/UnitRepository.h"

#include <QFileInfo>

namespace {

class UnitsCommand : public CliCommand
{
public:
    int run(CliContext &ctx, const QStringList &arguments) override
    {
        return ctx.runAction(
            arguments, this,
            {{"import", &UnitsCommand::importUnits},
             {"export", &UnitsCommand::exportUnits},
             {"list", &UnitsCommand::list}},
            QStringLiteral(
                "secretariat-cli units\n\n"
                "  units import FILE [--campaign Y] [--dry-run] [--skip-invalid] [--rejects FILE]\n"
                "  units export FILE [--campaign Y]          (.csv or .xlsx by extension)\n"
                "  units list [--campaign Y] [--format text|csv]"));
    }

private:
    int importUnits(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        CliContext::describe(
            parser,
            QStringLiteral(
                "secretariat-cli units import FILE\n\n"
                "Register units from a CSV (UTF-8, UTF-8 with BOM, GB18030) or .xlsx file with the "
                "columns\n"
                "name,kind,region,city,contact,phone,email,position,parent,target (or the Chinese "
                "headers\n"
                "单位名称,单位类型,省份/地区,城市,联系人,联系方式/"
                "电话,邮箱,职务,上级单位,样本目标).\n"
                "Any problem means nothing is imported, unless --skip-invalid."),
            CliContext::WithCampaign);
        parser.addOption(
            {QStringLiteral("dry-run"),
             QStringLiteral("Check the file and report every problem; change nothing.")});
        parser.addOption({QStringLiteral("skip-invalid"),
                          QStringLiteral("Import the good rows; write the rejected ones with "
                                         "reasons to the rejects file.")});
        parser.addOption(
            {QStringLiteral("rejects"),
             QStringLiteral(
                 "Where --skip-invalid writes rejected rows (default FILE.rejects.csv)."),
             QStringLiteral("FILE")});
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     QStringLiteral("The .csv or .xlsx file."));
        if (const auto status = ctx.parse(parser, arguments))
            return *status;
        if (const auto status
            = ctx.positionals(parser, 1, QStringLiteral("units import needs exactly one FILE")))
            return *status;
        const QString path = parser.positionalArguments().first();
        if (!QFileInfo::exists(path)) {
            ctx.err() << path << ":0: file: no such file" << Qt::endl;
            return ExitRejected;
        }
        std::unique_ptr<Database> db;
        const auto c = ctx.openCampaign(parser, &db);
        if (!c)
            return c.error();
        UnitImporter::Options options;
        options.campaignId = c->id;
        options.dryRun = parser.isSet(QStringLiteral("dry-run"));
        options.skipInvalid = parser.isSet(QStringLiteral("skip-invalid"));
        options.rejectsPath = parser.value(QStringLiteral("rejects"));
        const ImportReport r = UnitImporter(*db).run(path, options);
        for (const Problem &p : r.problems)
            ctx.err() << p.toString() << '\n';
        for (const Problem &p : r.warnings)
            ctx.err() << p.toString() << " (warning)\n";
        ctx.err().flush();
        if (options.dryRun) {
            if (!r.problems.isEmpty() && r.rejected == 0) // the file itself was refused
                ctx.out() << "dry run: the file is refused (" << r.problems.size()
                          << " problem(s)); nothing changed" << Qt::endl;
            else
                ctx.out() << "dry run: " << r.read << " rows read, " << r.rejected
                          << " with problems; nothing changed" << Qt::endl;
            return r.problems.isEmpty() ? ExitOk : ExitRejected;
        }
        if (!r.problems.isEmpty() && !options.skipInvalid) {
            ctx.out() << "nothing imported: " << r.problems.size() << " problem(s)" << Qt::endl;
            return ExitRejected;
        }
        if (!r.problems.isEmpty() && r.read == 0)
            return ExitRejected;
        ctx.out() << "campaign " << c->year << ": " << r.created << " new, " << r.updated
                  << " updated, " << r.rejected << " rejected";
        if (!r.rejectsFile.isEmpty())
            ctx.out() << " (written to " << r.rejectsFile << ")";
        ctx.out() << Qt::endl;
        return ExitOk;
    }

    int exportUnits(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        CliContext::describe(
            parser,
            QStringLiteral("secretariat-cli units export FILE\n\nWrite the campaign's units as "
                           ".csv (UTF-8 with BOM) or .xlsx, "
                           "in the import columns."),
            CliContext::WithCampaign);
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     QStringLiteral("The .csv or .xlsx file to write."));
        if (const auto status = ctx.parse(parser, arguments))
            return *status;
        if (const auto status
            = ctx.positionals(parser, 1, QStringLiteral("units export needs exactly one FILE")))
            return *status;
        const QString path = parser.positionalArguments().first();
        if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
            && !path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
            return ctx.usageError(QStringLiteral("the export file must end in .csv or .xlsx"),
                                  &parser);
        std::unique_ptr<Database> db;
        const auto c = ctx.openCampaign(parser, &db);
        if (!c)
            return c.error();
        QString error;
        if (!UnitExporter(*db).exportTo(path, c->id, &error)) {
            ctx.err() << error << Qt::endl;
            return ExitRejected;
        }
        ctx.out() << "campaign " << c->year << ": units written to " << path << Qt::endl;
        return ExitOk;
    }

    int list(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        CliContext::describe(
            parser, QStringLiteral("secretariat-cli units list\n\nList the units of a campaign."),
            CliContext::WithCampaign);
        ctx.addFormatOption(parser, {QStringLiteral("text"), QStringLiteral("csv")});
        std::unique_ptr<Database> db;
        const auto c = ctx.openCampaign(parser, arguments, &db, CliContext::Arguments::None);
        if (!c)
            return c.error();
        const QString format = parser.value(QStringLiteral("format"));
        QSqlError error;
        const QList<UnitListRow> rows = UnitRepository(*db).list(c->id, &error);
        if (error.isValid())
            return ctx.databaseError(error);
        CliTable table(ctx.out(), format,
                       {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"),
                        QStringLiteral("region"), QStringLiteral("city"), QStringLiteral("contact"),
                        QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("parent"),
                        QStringLiteral("target")},
                       QStringLiteral("\t"), true);
        for (const UnitListRow &r : rows) {
            const Region *region = Regions::byCode(r.province);
            const QStringList cells = {QString::number(r.unitId),
                                       r.name,
                                       DomainNames::code(r.kind),
                                       region ? region->fullName : r.province,
                                       r.city,
                                       r.contact,
                                       r.phone,
                                       r.email,
                                       r.parentName,
                                       QString::number(r.target)};
            table.add(cells);
        }
        table.finish();
        return ExitOk;
    }
};

CliRegistration<UnitsCommand> registration("units",
                                           "Import, export or list units (import, export, list).");

} // namespace
