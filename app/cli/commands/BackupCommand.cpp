#include "CliCommand.h"

#include "db/Database.h"
#include "imports/DatabaseCopy.h"

namespace {

// "backup FILE" and "restore FILE": the File menu's Back up / Restore, for scripts.
class BackupCommand : public CliCommand
{
public:
    explicit BackupCommand(bool restore = false)
        : m_restore(restore)
    {}

    int run(CliContext &ctx, const QStringList &arguments) override
    {
        QCommandLineParser parser;
        CliContext::describe(
            parser,
            m_restore ? QStringLiteral(
                "secretariat-cli restore FILE\n\nReplaces the database's contents with the "
                "backup FILE, after checking it (integrity,\nnot written by a newer program) and "
                "keeping a copy of what it replaces in <database>.backups/.\nOn PostgreSQL "
                "prints the pg_restore command instead.")
                      : QStringLiteral(
                          "secretariat-cli backup FILE\n\nWrites a consistent copy of the "
                          "database (SQLite) to FILE and checks it. On PostgreSQL\nprints the "
                          "pg_dump command instead."));
        parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The backup file."));
        if (const auto status = ctx.parse(parser, arguments))
            return *status;
        if (const auto status
            = ctx.positionals(parser, 1, QStringLiteral("%1 needs one FILE").arg(name())))
            return *status;
        const QString file = parser.positionalArguments().constFirst();
        auto db = ctx.openDatabase();
        if (!db)
            return ExitRejected;
        if (!db->dialect().isSQLite()) {
            ctx.err() << DatabaseCopy::postgresCommands(*db) << Qt::endl;
            return ExitUsage;
        }
        QString kept;
        const QString error = m_restore ? DatabaseCopy::restoreFrom(*db, file, &kept)
                                        : DatabaseCopy::backupTo(*db, file);
        if (!error.isEmpty()) {
            ctx.err() << file << ": " << error << Qt::endl;
            return ExitRejected;
        }
        if (m_restore)
            ctx.out() << "restored from " << file << "; the replaced database was kept as " << kept
                      << Qt::endl;
        else
            ctx.out() << "backed up to " << file << " (integrity_check ok)" << Qt::endl;
        return ExitOk;
    }

private:
    bool m_restore;
};

CliRegistration<BackupCommand>
    backupRegistration("backup", "Write a checked copy of the SQLite database to FILE.");
CliRegistration<BackupCommand>
    restoreRegistration("restore",
                        "Restore the SQLite database from a backup (keeps a copy first).", true);

} // namespace
