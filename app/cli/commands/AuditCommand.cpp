#include "CliCommand.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "io/CsvWriter.h"
#include "repo/AuditLog.h"
#include "repo/AuditText.h"

namespace {

// audit [--unit ID] [--since DATE] [--until DATE] [--user NAME] [--format text|csv]: the
// history of changes, newest first, as the GUI's History of Changes shows it.
class AuditCommand : public CliCommand
{
public:
    int run(CliContext &ctx, const QStringList &arguments) override
    {
        QCommandLineParser parser;
        CliContext::describe(
            parser,
            QStringLiteral(
                "secretariat-cli audit [--unit ID] [--since DATE] [--until DATE] [--user NAME]\n"
                "                      [--format text|csv]\n\n"
                "Prints the history of changes, newest first: when (local time), who, which "
                "record,\nwhat was done and old -> new for each field. --unit shows one unit's own "
                "history\n(the unit, its participations, letters and links); dates are yyyy-MM-dd, "
                "inclusive."));
        parser.addOption({QStringLiteral("unit"), QStringLiteral("Only this unit's history."),
                          QStringLiteral("ID")});
        parser.addOption({QStringLiteral("since"), QStringLiteral("From this date on."),
                          QStringLiteral("DATE")});
        parser.addOption(
            {QStringLiteral("until"), QStringLiteral("Up to this date."), QStringLiteral("DATE")});
        parser.addOption({QStringLiteral("user"), QStringLiteral("Only this user's changes."),
                          QStringLiteral("NAME")});
        ctx.addFormatOption(parser, {QStringLiteral("text"), QStringLiteral("csv")});
        if (const auto status = ctx.parse(parser, arguments, CliContext::Arguments::None))
            return *status;
        AuditLog::Filter filter;
        if (const auto status = readFilter(ctx, parser, &filter))
            return *status;
        const QString format = parser.value(QStringLiteral("format"));
        auto db = ctx.openDatabase();
        if (!db)
            return ExitRejected;
        QSqlError error;
        const QList<AuditLog::Entry> entries = AuditLog::find(*db, filter, &error);
        if (error.isValid()) {
            ctx.err() << Dialect::describeError(error) << Qt::endl;
            return ExitRejected;
        }
        if (format == QLatin1String("csv"))
            printCsv(ctx, entries);
        else
            printText(ctx, entries);
        return ExitOk;
    }

private:
    // Fills *filter from the options; ExitUsage after a usage error, else nullopt.
    static std::optional<int> readFilter(CliContext &ctx, const QCommandLineParser &parser,
                                         AuditLog::Filter *filter)
    {
        if (parser.isSet(QStringLiteral("unit"))) {
            bool ok = false;
            filter->unitId = parser.value(QStringLiteral("unit")).toLongLong(&ok);
            if (!ok || filter->unitId <= 0)
                return ctx.usageError(QStringLiteral("--unit takes a unit number"), &parser);
        }
        for (const char *option : {"since", "until"}) {
            const QString name = QLatin1String(option);
            if (!parser.isSet(name))
                continue;
            const QDate date = Clock::parseDate(parser.value(name));
            if (!date.isValid())
                return ctx.usageError(QStringLiteral("--%1 takes a date yyyy-MM-dd").arg(name),
                                      &parser);
            (name == QLatin1String("since") ? filter->since : filter->until) = date;
        }
        filter->user = parser.value(QStringLiteral("user"));
        filter->limit = std::numeric_limits<int>::max();
        return std::nullopt;
    }

    static void printCsv(CliContext &ctx, const QList<AuditLog::Entry> &entries)
    {
        // For scripts: the stored UTC time and the raw table and record beside the readable text.
        ctx.out() << "at,user,table,record_id,action,description,changes\n";
        for (const AuditLog::Entry &e : entries)
            ctx.out() << CsvWriter::formatRow({e.at, e.user, e.table, QString::number(e.recordId),
                                               e.action, AuditText::actionText(e),
                                               AuditText::changesText(e)})
                      << '\n';
        ctx.out().flush();
    }

    static void printText(CliContext &ctx, const QList<AuditLog::Entry> &entries)
    {
        for (const AuditLog::Entry &e : entries)
            ctx.out() << AuditText::csvRow(e).join(QStringLiteral("  ")) << '\n';
        if (entries.isEmpty())
            ctx.err() << "no changes match" << Qt::endl;
        ctx.out().flush();
    }
};

CliRegistration<AuditCommand> auditRegistration("audit",
                                                "Show who changed what and when (the audit log).");

} // namespace
