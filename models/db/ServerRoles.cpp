#include "db/ServerRoles.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "db/SqlPrepare.h"

#include <QSqlQuery>

namespace {

struct TableGrant
{
    const char *table;
    const char *role; // the lowest role that gets the privileges
    const char *privileges;
};

// Who writes what. Reading is granted to every role on every table. Tables that do not exist
// (yet) are skipped. Add new tables here.
const TableGrant kTableGrants[] = {
    // Clerks: units and everything on a unit's information form.
    {"units", "secretariat_clerk", "INSERT, UPDATE, DELETE"},
    {"participations", "secretariat_clerk", "INSERT, DELETE"},
    {"recommended_units", "secretariat_clerk", "INSERT, UPDATE, DELETE"},
    {"gift_goods", "secretariat_clerk", "INSERT, UPDATE, DELETE"},
    {"experts", "secretariat_clerk", "INSERT, UPDATE, DELETE"},
    {"unit_aliases", "secretariat_clerk", "INSERT, UPDATE, DELETE"},
    {"unit_contacts", "secretariat_clerk", "INSERT, UPDATE, DELETE"},
    {"checklist_ticks", "secretariat_clerk", "INSERT, UPDATE, DELETE"},
    // Coordinators: authorization letters and tracking links.
    {"letters", "secretariat_coordinator", "INSERT, UPDATE"},
    {"letter_counters", "secretariat_coordinator", "INSERT, UPDATE"},
    {"letter_templates", "secretariat_coordinator", "INSERT, UPDATE, DELETE"},
    {"links", "secretariat_coordinator", "INSERT, UPDATE"},
    // Coordinators send letters and links by e-mail: mailings and the send log.
    {"mailings", "secretariat_coordinator", "INSERT, UPDATE, DELETE"},
    {"mail_log", "secretariat_coordinator", "INSERT"},
    {"certificates", "secretariat_coordinator", "INSERT"},
    // Managers: campaign set-up, tally imports, targets and grading.
    {"campaigns", "secretariat_manager", "INSERT, UPDATE"},
    {"questionnaires", "secretariat_manager", "INSERT, UPDATE"},
    {"imports", "secretariat_manager", "INSERT, UPDATE, DELETE"},
    {"daily_tallies", "secretariat_manager", "INSERT, UPDATE, DELETE"},
    {"response_ids", "secretariat_manager", "INSERT, UPDATE, DELETE"},
    {"response_id_ranges", "secretariat_manager", "INSERT, UPDATE, DELETE"},
    {"import_tallies", "secretariat_manager", "INSERT, UPDATE, DELETE"},
    {"import_duplicates", "secretariat_manager", "INSERT, UPDATE, DELETE"},
    {"grading_rules", "secretariat_manager", "INSERT, UPDATE, DELETE"},
    {"db_meta", "secretariat_manager", "INSERT, UPDATE, DELETE"},
    {"mail_settings", "secretariat_manager", "INSERT, UPDATE, DELETE"},
};

// participations: clerks update every column except these, which only managers set.
const char *const kManagerOnlyParticipationColumns[] = {"sample_target", "grade", "support_score"};

QString quoted(const QString &identifier)
{
    QString s = identifier;
    s.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

// Role creation races with other sessions doing the same (CREATE ROLE is cluster-wide and not
// transactional against concurrent creators): a duplicate is not an error.
QString createRoleStatement(const QString &role)
{
    return QStringLiteral("DO $$ BEGIN"
                          " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN"
                          " CREATE ROLE %1 NOLOGIN;"
                          " END IF;"
                          " EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;"
                          " END $$")
        .arg(role);
}

QString grantRoleStatement(const QString &member, const QString &group)
{
    return QStringLiteral("DO $$ BEGIN"
                          " IF NOT pg_has_role('%1', '%2', 'MEMBER') THEN GRANT %2 TO %1; END IF;"
                          " EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;"
                          " END $$")
        .arg(member, group);
}

} // namespace

bool ServerRoles::exist(Database &db)
{
    if (!db.dialect().isPostgreSQL())
        return false;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname IN (?, ?, ?)"));
    for (const QString &role : all())
        q.addBindValue(role);
    return execPrepared(q) && q.next() && q.value(0).toInt() == int(all().size());
}

QSqlError ServerRoles::install(Database &db)
{
    if (!db.dialect().isPostgreSQL())
        return {};
    // One transaction under the migration lock, so two administrators running init at once
    // do not grant on the same tables concurrently.
    Transaction tx(db);
    if (tx.error().isValid())
        return tx.error();
    QSqlQuery q(db.connection());
    if (!q.exec(db.dialect().migrationLock()))
        return q.lastError();
    for (const QString &role : all()) {
        if (!q.exec(createRoleStatement(role)))
            return q.lastError();
    }
    if (!q.exec(grantRoleStatement(coordinator(), clerk()))
        || !q.exec(grantRoleStatement(manager(), coordinator())))
        return q.lastError();

    QStringList tables;
    if (!q.exec(
            QStringLiteral("SELECT table_name FROM information_schema.tables"
                           " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")))
        return q.lastError();
    while (q.next())
        tables << q.value(0).toString();

    const QString everyone = all().join(QStringLiteral(", "));
    QString databaseName;
    if (q.exec(QStringLiteral("SELECT current_database()")) && q.next())
        databaseName = q.value(0).toString();
    QStringList statements = {
        QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2")
            .arg(quoted(databaseName), everyone),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(everyone),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(everyone),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1").arg(everyone),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO %1")
            .arg(everyone),
        QStringLiteral(
            "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %1")
            .arg(everyone),
        QStringLiteral("GRANT INSERT ON audit_log TO %1").arg(everyone),
    };
    for (const TableGrant &g : kTableGrants) {
        if (tables.contains(QLatin1String(g.table)))
            statements << QStringLiteral("GRANT %1 ON %2 TO %3")
                              .arg(QLatin1String(g.privileges), QLatin1String(g.table),
                                   QLatin1String(g.role));
    }
    // participations: column-level UPDATE, so a clerk cannot set targets or grades.
    if (tables.contains(QStringLiteral("participations"))) {
        QStringList clerkColumns, managerColumns;
        if (!q.exec(QStringLiteral(
                "SELECT column_name FROM information_schema.columns"
                " WHERE table_schema = current_schema() AND table_name = 'participations'"
                " ORDER BY ordinal_position")))
            return q.lastError();
        while (q.next()) {
            const QString column = q.value(0).toString();
            bool managerOnly = false;
            for (const char *c : kManagerOnlyParticipationColumns)
                managerOnly = managerOnly || column == QLatin1String(c);
            (managerOnly ? managerColumns : clerkColumns) << quoted(column);
        }
        statements << QStringLiteral("REVOKE UPDATE ON participations FROM %1").arg(everyone);
        if (!clerkColumns.isEmpty())
            statements << QStringLiteral("GRANT UPDATE (%1) ON participations TO %2")
                              .arg(clerkColumns.join(QStringLiteral(", ")), clerk());
        if (!managerColumns.isEmpty())
            statements << QStringLiteral("GRANT UPDATE (%1) ON participations TO %2")
                              .arg(managerColumns.join(QStringLiteral(", ")), manager());
    }
    for (const QString &statement : std::as_const(statements)) {
        if (!q.exec(statement))
            return q.lastError();
    }
    return tx.commit();
}
