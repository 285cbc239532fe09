#include "db/Permissions.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/ServerRoles.h"
#include "db/SqlPrepare.h"

#include <QSqlQuery>

namespace {

struct Check
{
    Permissions::Action action;
    // Every privilege listed must be held; "table.column:PRIV" is a column privilege.
    QStringList privileges;
};

const QList<Check> &checks()
{
    static const QList<Check> list = {
        {Permissions::EditUnits, {"units:INSERT", "units:UPDATE", "participations.unit_id:UPDATE"}},
        {Permissions::IssueLetters, {"letters:INSERT", "letter_counters:UPDATE"}},
        {Permissions::ManageLinks, {"links:INSERT", "links:UPDATE"}},
        {Permissions::EditTemplates, {"letter_templates:INSERT", "letter_templates:UPDATE"}},
        {Permissions::ImportTallies,
         {"imports:INSERT", "daily_tallies:INSERT", "response_ids:INSERT",
          "response_id_ranges:INSERT"}},
        {Permissions::SetTargets, {"participations.sample_target:UPDATE"}},
        {Permissions::Grade, {"participations.grade:UPDATE", "grading_rules:INSERT"}},
        {Permissions::EditCampaigns, {"campaigns:INSERT", "campaigns:UPDATE"}},
    };
    return list;
}

} // namespace

Permissions Permissions::query(Database &db, QSqlError *error)
{
    if (!db.isOpen())
        return {};
    if (db.dialect().isSQLite())
        return Permissions(db.isReadOnly() ? Actions() : Actions(Everything), {},
                           Clock::currentUser());

    QSqlQuery q(db.connection());
    QString user;
    if (q.exec(QStringLiteral("SELECT current_user")) && q.next())
        user = q.value(0).toString();
    QStringList roles;
    for (const QString &role : ServerRoles::all()) {
        q.prepare(QStringLiteral("SELECT pg_has_role(current_user, oid, 'MEMBER') FROM pg_roles"
                                 " WHERE rolname = ?"));
        q.addBindValue(role);
        if (execPrepared(q) && q.next() && q.value(0).toBool())
            roles << role;
    }
    if (db.isReadOnly())
        return Permissions({}, roles, user);

    Actions actions;
    for (const Check &check : checks()) {
        bool held = true;
        for (const QString &p : check.privileges) {
            const QString object = p.section(QLatin1Char(':'), 0, 0);
            const QString privilege = p.section(QLatin1Char(':'), 1);
            if (object.contains(QLatin1Char('.'))) {
                q.prepare(QStringLiteral(
                    "SELECT CASE WHEN to_regclass(CAST(? AS text)) IS NULL THEN false ELSE"
                    " has_column_privilege(CAST(? AS text), CAST(? AS text), CAST(? AS text)) "
                    "END"));
                q.addBindValue(object.section(QLatin1Char('.'), 0, 0));
                q.addBindValue(object.section(QLatin1Char('.'), 0, 0));
                q.addBindValue(object.section(QLatin1Char('.'), 1));
                q.addBindValue(privilege);
            } else {
                q.prepare(QStringLiteral(
                    "SELECT CASE WHEN to_regclass(CAST(? AS text)) IS NULL THEN false ELSE"
                    " has_table_privilege(CAST(? AS text), CAST(? AS text)) END"));
                q.addBindValue(object);
                q.addBindValue(object);
                q.addBindValue(privilege);
            }
            if (!execPrepared(q) || !q.next()) {
                if (error)
                    *error = q.lastError();
                return Permissions({}, roles, user);
            }
            held = held && q.value(0).toBool();
        }
        if (held)
            actions |= check.action;
    }
    return Permissions(actions, roles, user);
}
