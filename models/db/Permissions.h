#pragma once

#include <QFlags>
#include <QSqlError>
#include <QString>
#include <QStringList>

class Database;

// What the connected user may do, so the GUI offers only that. On SQLite the desk's user may do
// everything (nothing at all when the file is open read-only). On PostgreSQL the answer comes
// from the server's own privilege checks (has_table_privilege / has_column_privilege), which also
// enforce it: hiding a button is a courtesy, the server refuses the write regardless.
class Permissions
{
public:
    enum Action {
        EditUnits = 0x001, // units, participations and the information form
        IssueLetters = 0x002, // authorization letters and their numbers
        ManageLinks = 0x004, // tracking links
        EditTemplates = 0x008, // letter templates and seals
        ImportTallies = 0x010, // daily tallies and response files
        SetTargets = 0x020, // participations.sample_target
        Grade = 0x040, // grading rules and grades
        EditCampaigns = 0x080, // campaign years
        Everything = 0x0ff
    };
    Q_DECLARE_FLAGS(Actions, Action)

    Permissions() = default;
    explicit Permissions(Actions actions, QStringList roles = {}, QString user = {})
        : m_actions(actions)
        , m_roles(std::move(roles))
        , m_user(std::move(user))
    {}

    // Asks the database. When any of its reads fails (a lost connection, a refused function
    // ...) nothing is permitted and *error says why.
    static Permissions query(Database &db, QSqlError *error = nullptr);

    Actions actions() const { return m_actions; }
    bool may(Action action) const { return m_actions.testFlag(action); }
    bool mayWrite() const { return m_actions != Actions(); }
    // The secretariat group roles the user holds (PostgreSQL), e.g. "secretariat_clerk".
    QStringList roles() const { return m_roles; }
    // The database user (PostgreSQL) or the desk's user (SQLite).
    QString user() const { return m_user; }

private:
    Actions m_actions;
    QStringList m_roles;
    QString m_user;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Permissions::Actions)
