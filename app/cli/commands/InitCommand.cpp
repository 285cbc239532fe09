#include "CliCommand.h"

#include "db/Database.h"
#include "db/Dialect.h"
#include "db/Migrations.h"
#include "db/ServerRoles.h"
#include "letters/VerificationCode.h"

namespace {

class InitCommand : public CliCommand
{
public:
    int run(CliContext &ctx, const QStringList &arguments) override
    {
        QCommandLineParser parser;
        CliContext::describe(parser,
                             QStringLiteral("secretariat-cli init\n\n") + summary()
                                 + QStringLiteral(" Running it again changes nothing.\n\n"
                                                  "On PostgreSQL it also creates the group roles"
                                                  " secretariat_clerk, secretariat_coordinator and"
                                                  " secretariat_manager and grants them their"
                                                  " privileges on this database (run it as the"
                                                  " database's owner, with CREATEROLE)."));
        if (const auto status = ctx.parse(parser, arguments))
            return *status;
        if (!parser.positionalArguments().isEmpty())
            return ctx.usageError(QStringLiteral("init takes no arguments"), &parser);

        Database db;
        const QString location = ctx.databaseLocation();
        if (QSqlError e = db.open(location); e.isValid()) {
            ctx.err() << location << ": " << Dialect::describeError(e) << Qt::endl;
            return ExitRejected;
        }
        const int before = Migrations::currentVersion(db);
        Migrations::State state;
        if (QSqlError e = Migrations::prepare(db, &state); e.isValid()) {
            ctx.err() << location << ": " << Dialect::describeError(e) << Qt::endl;
            return ExitRejected;
        }
        switch (state) {
        case Migrations::State::NewerThanProgram:
            ctx.err() << db.displayLocation() << ": " << db.readOnlyReason() << Qt::endl;
            return ExitRejected;
        case Migrations::State::Current:
            ctx.out() << db.displayLocation() << ": schema version " << before << ", up to date"
                      << Qt::endl;
            break;
        case Migrations::State::Fresh:
        case Migrations::State::Migrated:
            ctx.out() << db.displayLocation() << ": schema version " << before << " -> "
                      << Migrations::latestVersion() << Qt::endl;
            break;
        }
        if (db.dialect().isPostgreSQL()) {
            if (QSqlError e = ServerRoles::install(db); e.isValid()) {
                ctx.err() << db.displayLocation() << ": roles: " << Dialect::describeError(e)
                          << Qt::endl;
                return ExitRejected;
            }
            ctx.out() << db.displayLocation() << ": roles "
                      << ServerRoles::all().join(QStringLiteral(", ")) << " granted" << Qt::endl;
            // The letters' verification secret, made now by the administrator: coordinators
            // issue letters but may not write db_meta, where it is kept.
            QSqlError e;
            if (VerificationCode::ensureSecret(db, &e).isEmpty()) {
                ctx.err() << db.displayLocation()
                          << ": verification secret: " << Dialect::describeError(e) << Qt::endl;
                return ExitRejected;
            }
        }
        return ExitOk;
    }
};

CliRegistration<InitCommand> registration("init",
                                          "Create the database or bring its schema up to date.");

} // namespace
