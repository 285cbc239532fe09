#include "CliCommand.h"

#include "checklist/ChecklistRepository.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "domain/Regions.h"
#include "io/CsvWriter.h"

namespace {

const char kUsage[]
    = "secretariat-cli checklist\n\n"
      "Who is missing what before the window opens: each unit's checklist.\n\n"
      "  checklist [list] [--campaign Y] [--missing ITEM] [--overdue] [--format text|csv]\n"
      "  checklist tick ITEM --unit ID [--unit ID ...] [--campaign Y]\n"
      "  checklist untick ITEM --unit ID [--unit ID ...] [--campaign Y]\n\n"
      "ITEM: form-received, links-requested, links-issued, links-sent, letter-issued,\n"
      "letter-printed, letter-sent, gift-list-received, target-agreed. links-requested,\n"
      "links-issued and letter-issued tick themselves (links request, links issue, letters\n"
      "issue) and cannot be ticked by hand. Several --unit are ticked in one transaction.\n"
      "The csv lists unit_id,unit,kind,region,contact,phone, then one column per item (the\n"
      "day it was done, yyyy-MM-dd in China Standard Time; empty when not; \"overdue\" when\n"
      "its due date has passed; \"n/a\" when not expected of the unit: gift lists come from\n"
      "companies), then missing (the items not done). Today is\n"
      "SECRETARIAT_TODAY when set.";

class ChecklistCommand : public CliCommand
{
public:
    int run(CliContext &ctx, const QStringList &arguments) override
    {
        const QString action = arguments.value(1);
        if (action == QLatin1String("tick") || action == QLatin1String("untick")) {
            QStringList rest = arguments.mid(2);
            rest.prepend(arguments.first() + QLatin1Char(' ') + action);
            return tick(ctx, rest, action == QLatin1String("tick"));
        }
        if (action == QLatin1String("list")) {
            QStringList rest = arguments.mid(2);
            rest.prepend(arguments.first());
            return list(ctx, rest);
        }
        return list(ctx, arguments);
    }

private:
    static void addOptions(QCommandLineParser &parser)
    {
        CliContext::describe(parser, QString::fromUtf8(kUsage), CliContext::WithCampaign);
    }

    int list(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        addOptions(parser);
        parser.addOption({QStringLiteral("missing"),
                          QStringLiteral("Only the units that have not done ITEM."),
                          QStringLiteral("ITEM")});
        parser.addOption({QStringLiteral("overdue"),
                          QStringLiteral("Only the units with an overdue item (with --missing: "
                                         "that item overdue).")});
        ctx.addFormatOption(parser, {QStringLiteral("text"), QStringLiteral("csv")});
        if (const auto status = ctx.parse(parser, arguments, CliContext::Arguments::None))
            return *status;
        std::optional<ChecklistItem> missing;
        if (parser.isSet(QStringLiteral("missing"))) {
            missing = ChecklistItems::fromCode(parser.value(QStringLiteral("missing")));
            if (!missing)
                return ctx.usageError(QStringLiteral("--missing is one of ")
                                      + ChecklistItems::codeList());
        }
        const QString format = parser.value(QStringLiteral("format"));
        std::unique_ptr<Database> db;
        const auto c = ctx.openCampaign(parser, &db);
        if (!c)
            return c.error();
        QSqlError error;
        const QList<ChecklistRow> rows = ChecklistRepository(*db).rows(c->id, &error);
        if (error.isValid())
            return ctx.databaseError(error);
        ChecklistFilter filter;
        filter.missing = missing;
        filter.overdueOnly = parser.isSet(QStringLiteral("overdue"));
        const bool csv = format == QLatin1String("csv");
        if (csv)
            ctx.out() << CsvWriter::formatRow(header()) << '\n';
        for (const ChecklistRow &r : rows) {
            if (!filter.accepts(r))
                continue;
            ctx.out() << (csv ? CsvWriter::formatRow(cells(r)) : textLine(r)) << '\n';
        }
        ctx.out().flush();
        return ExitOk;
    }

    static QStringList header()
    {
        QStringList h
            = {QStringLiteral("unit_id"), QStringLiteral("unit"),    QStringLiteral("kind"),
               QStringLiteral("region"),  QStringLiteral("contact"), QStringLiteral("phone")};
        for (ChecklistItem item : ChecklistItems::all())
            h << ChecklistItems::code(item);
        h << QStringLiteral("missing");
        return h;
    }

    static QString state(const ChecklistMark &m)
    {
        if (m.done)
            return Clock::dateText(m.day);
        if (!m.applies)
            return QStringLiteral("n/a"); // not "-": a spreadsheet would take it for a formula
        return m.overdue ? QStringLiteral("overdue") : QString();
    }

    static QString regionName(const QString &code)
    {
        const Region *region = Regions::byCode(code);
        return region ? region->fullName : code;
    }

    static QString missingList(const ChecklistRow &r)
    {
        QStringList codes;
        for (ChecklistItem item : r.missing())
            codes << ChecklistItems::code(item);
        return codes.join(QLatin1Char(' '));
    }

    static QStringList cells(const ChecklistRow &r)
    {
        QStringList c = {QString::number(r.unitId), r.name,    DomainNames::code(r.kind),
                         regionName(r.province),    r.contact, r.phone};
        for (ChecklistItem item : ChecklistItems::all())
            c << state(r.mark(item));
        c << missingList(r);
        return c;
    }

    static QString textLine(const ChecklistRow &r)
    {
        QStringList overdue;
        for (ChecklistItem item : r.missing()) {
            if (r.mark(item).overdue)
                overdue << ChecklistItems::code(item);
        }
        QString line = QStringLiteral("%1  %2  %3  missing: %4")
                           .arg(r.unitId)
                           .arg(r.name, r.phone.isEmpty() ? QStringLiteral("-") : r.phone,
                                r.missing().isEmpty() ? QStringLiteral("nothing") : missingList(r));
        if (!overdue.isEmpty())
            line += QStringLiteral("  overdue: ") + overdue.join(QLatin1Char(' '));
        return line;
    }

    int tick(CliContext &ctx, const QStringList &arguments, bool ticking)
    {
        QCommandLineParser parser;
        addOptions(parser);
        parser.addOption({QStringLiteral("unit"),
                          QStringLiteral("A unit's id (repeat for several, or ids separated by "
                                         "commas; one transaction)."),
                          QStringLiteral("ID")});
        if (const auto status = ctx.parse(parser, arguments))
            return *status;
        if (const auto status = ctx.positionals(
                parser, 1, QStringLiteral("name one ITEM: ") + ChecklistItems::codeList()))
            return *status;
        const auto item = ChecklistItems::fromCode(parser.positionalArguments().first());
        if (!item)
            return ctx.usageError(QStringLiteral("ITEM is one of ") + ChecklistItems::codeList());
        const auto given = ctx.ids(parser, QStringLiteral("unit"));
        if (!given)
            return given.error();
        const QList<qint64> units = *given;
        if (units.isEmpty())
            return ctx.usageError(QStringLiteral("name the units with --unit ID"), &parser);
        std::unique_ptr<Database> db;
        const auto c = ctx.openCampaign(parser, &db);
        if (!c)
            return c.error();
        ChecklistRepository repo(*db);
        const Problems p = ticking ? repo.tick(c->id, units, *item, QStringLiteral("cli"))
                                   : repo.untick(c->id, units, *item);
        if (!p.isEmpty()) {
            ctx.err() << formatProblems(p) << Qt::endl;
            return ExitRejected;
        }
        ctx.out() << ChecklistItems::code(*item) << (ticking ? " ticked" : " unticked") << " for "
                  << units.size() << " unit(s)" << Qt::endl;
        return ExitOk;
    }
};

CliRegistration<ChecklistCommand>
    registration("checklist", "Who is missing what: each unit's checklist (list, tick, untick).");

} // namespace
