#include "db/Permissions.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/ServerRoles.h"
#include "db/SqlPrepare.h"

#include <QSqlQuery>

#include <optional>

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

// Nothing permitted, and q's error handed to the caller.
Permissions failed(const QSqlQuery &q, QSqlError *error, const QStringList &roles,
                   const QString &user)
{
    if (error)
        *error = q.lastError();
    return Permissions({}, roles, user);
}

// The secretariat group roles current_user holds; nullopt when a read failed (q holds why).
std::optional<QStringList> heldRoles(QSqlQuery &q)
{
    QStringList roles;
    for (const QString &role : ServerRoles::all()) {
        q.prepare(QStringLiteral("SELECT pg_has_role(current_user, oid, 'MEMBER') FROM pg_roles"
                                 " WHERE rolname = ?"));
        q.addBindValue(role);
        if (!execPrepared(q))
            return std::nullopt;
        if (q.next()) {
            if (q.value(0).toBool())
                roles << role;
        } else if (q.lastError().isValid()) {
            return std::nullopt;
        }
    }
    return roles;
}

// Prepares q to ask whether current_user holds privilege ("table:PRIV" or "table.column:PRIV");
// false for a table this schema does not have.
void prepareCheck(QSqlQuery &q, const QString &privilege)
{
    const QString object = privilege.section(QLatin1Char(':'), 0, 0);
    const QString action = privilege.section(QLatin1Char(':'), 1);
    const QString table = object.section(QLatin1Char('.'), 0, 0);
    if (object.contains(QLatin1Char('.'))) {
        q.prepare(QStringLiteral(
            "SELECT CASE WHEN to_regclass(CAST(? AS text)) IS NULL THEN false ELSE"
            " has_column_privilege(CAST(? AS text), CAST(? AS text), CAST(? AS text)) "
            "END"));
        q.addBindValue(table);
        q.addBindValue(table);
        q.addBindValue(object.section(QLatin1Char('.'), 1));
        q.addBindValue(action);
    } else {
        q.prepare(
            QStringLiteral("SELECT CASE WHEN to_regclass(CAST(? AS text)) IS NULL THEN false ELSE"
                           " has_table_privilege(CAST(? AS text), CAST(? AS text)) END"));
        q.addBindValue(table);
        q.addBindValue(table);
        q.addBindValue(action);
    }
}

} // namespace

Permissions Permissions::query(Database &db, QSqlError *error)
{
    if (!db.isOpen())
        return {};
    if (db.dialect().isSQLite())
        return Permissions(db.isReadOnly() ? Actions() : Actions(Everything), {},
                           Clock::currentUser());

    // Any read that fails leaves the least rights and its error: a desk whose rights could not
    // be read is not given some of them.
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT current_user")) || !q.next())
        return failed(q, error, {}, {});
    const QString user = q.value(0).toString();
    const std::optional<QStringList> roles = heldRoles(q);
    if (!roles)
        return failed(q, error, {}, user);
    if (db.isReadOnly())
        return Permissions({}, *roles, user);

    Actions actions;
    for (const Check &check : checks()) {
        bool held = true;
        for (const QString &p : check.privileges) {
            prepareCheck(q, p);
            if (!execPrepared(q) || !q.next())
                return failed(q, error, *roles, user);
            held = held && q.value(0).toBool();
        }
        if (held)
            actions |= check.action;
    }
    return Permissions(actions, *roles, user);
}
