#include "CliCommand.h"
#include "CliTable.h"

#include "db/Database.h"
#include "domain/Regions.h"
#include "registers/GiftRegister.h"

namespace {

const char kUsage[]
    = "secretariat-cli gifts\n\n"
      "The gift register: every gift the campaign's units offer to the public-welfare shop.\n\n"
      "  gifts list [--campaign Y] [--search TEXT] [--totals] [--format text|csv]\n\n"
      "The csv lists gift,unit_id,unit,kind,region,quantity,local_only (1: only for the unit's\n"
      "own region); with --totals gift,quantity,local_only_quantity,units, one line per gift\n"
      "(spellings differing only in width, spaces, case or traditional characters are one).";

class GiftsCommand : public CliCommand
{
public:
    int run(CliContext &ctx, const QStringList &arguments) override
    {
        return ctx.runAction(arguments, this, {{"list", &GiftsCommand::list}},
                             QString::fromUtf8(kUsage));
    }

private:
    int list(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        CliContext::describe(parser, QString::fromUtf8(kUsage), CliContext::WithCampaign);
        parser.addOption({QStringLiteral("search"),
                          QStringLiteral("Only gifts whose name or unit contains TEXT."),
                          QStringLiteral("TEXT")});
        parser.addOption({QStringLiteral("totals"), QStringLiteral("One line per gift.")});
        ctx.addFormatOption(parser, {QStringLiteral("text"), QStringLiteral("csv")});
        std::unique_ptr<Database> db;
        const auto c = ctx.openCampaign(parser, arguments, &db);
        if (!c)
            return c.error();
        const QString format = parser.value(QStringLiteral("format"));
        QSqlError error;
        const QList<GiftEntry> entries
            = GiftRegister(*db).entries(c->id, parser.value(QStringLiteral("search")), &error);
        if (error.isValid())
            return ctx.databaseError(error);
        if (parser.isSet(QStringLiteral("totals"))) {
            CliTable table(ctx.out(), format,
                           {QStringLiteral("gift"), QStringLiteral("quantity"),
                            QStringLiteral("local_only_quantity"), QStringLiteral("units")});
            for (const GiftTotal &t : GiftRegister::totals(entries))
                table.add({t.name, QString::number(t.quantity),
                           QString::number(t.localOnlyQuantity), QString::number(t.units)});
            table.finish();
            return ExitOk;
        }
        CliTable table(ctx.out(), format,
                       {QStringLiteral("gift"), QStringLiteral("unit_id"), QStringLiteral("unit"),
                        QStringLiteral("kind"), QStringLiteral("region"),
                        QStringLiteral("quantity"), QStringLiteral("local_only")});
        for (const GiftEntry &e : entries) {
            const Region *region = Regions::byCode(e.province);
            table.add({e.name, QString::number(e.unitId), e.unitName, DomainNames::code(e.kind),
                       region ? region->fullName : e.province, QString::number(e.quantity),
                       e.localOnly ? QStringLiteral("1") : QStringLiteral("0")});
        }
        table.finish();
        return ExitOk;
    }
};

CliRegistration<GiftsCommand>
    registration("gifts", "The gift register across units, with totals per gift (list).");

} // namespace
