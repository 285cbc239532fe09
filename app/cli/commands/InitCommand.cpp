#include "CliCommand.h"

#include "db/Database.h"
#include "db/Migrations.h"

namespace {

class InitCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override { return QStringLiteral("Create the database or bring its schema up to date."); }

    int run(CliContext &ctx, const QStringList &arguments) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral("secretariat-cli init\n\n") + summary()
                                         + QStringLiteral(" Running it again changes nothing."));
        CliContext::addCommonOptions(parser);
        if (const int status = ctx.parse(parser, arguments); status >= 0)
            return status;
        if (!parser.positionalArguments().isEmpty())
            return ctx.usageError(QStringLiteral("init takes no arguments"), &parser);

        Database db;
        const QString location = ctx.databaseLocation();
        if (QSqlError e = db.open(location); e.isValid()) {
            ctx.err() << location << ": " << e.text() << Qt::endl;
            return ExitRejected;
        }
        const int before = Migrations::currentVersion(db);
        Migrations::State state;
        if (QSqlError e = Migrations::prepare(db, &state); e.isValid()) {
            ctx.err() << location << ": " << e.text() << Qt::endl;
            return ExitRejected;
        }
        switch (state) {
        case Migrations::State::NewerThanProgram:
            ctx.err() << db.displayLocation() << ": " << db.readOnlyReason() << Qt::endl;
            return ExitRejected;
        case Migrations::State::Current:
            ctx.out() << db.displayLocation() << ": schema version " << before << ", up to date" << Qt::endl;
            break;
        case Migrations::State::Fresh:
        case Migrations::State::Migrated:
            ctx.out() << db.displayLocation() << ": schema version " << before << " -> "
                      << Migrations::latestVersion() << Qt::endl;
            break;
        }
        return ExitOk;
    }
};

CliRegistration<InitCommand> registration;

} // namespace
