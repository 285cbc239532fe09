#pragma once

#include "db/DataEvents.h"
#include "db/Database.h"
#include "db/LookupError.h"
#include "db/Permissions.h"
#include "domain/Campaign.h"

#include <QObject>
#include <QSqlError>
#include <QTimer>
#include <QUndoStack>

#include <memory>

// What the program is working on: the open database and the campaign year chosen. Pages and
// item models take their database and campaign from here and follow its signals.
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // Opens (creating and migrating as needed) the database at location. On failure (also when
    // the user's permissions cannot be read) the previous database stays open.
    QSqlError open(const QString &location);

    bool hasDatabase() const { return m_db != nullptr; }
    Database &database() const { return *m_db; }
    DataEvents *events() const { return m_db ? m_db->events() : nullptr; }

    // What the connected user may do (everything on a writable SQLite file; on PostgreSQL what
    // the user's roles grant). Pages hide or disable what is not permitted; the server refuses
    // it anyway. Follow permissionsChanged (emitted after databaseChanged).
    const Permissions &permissions() const { return m_permissions; }
    bool may(Permissions::Action action) const { return m_permissions.may(action); }
    // Asks the database again, e.g. after an administrator changed the user's roles. When that
    // read fails nothing is permitted until a later one succeeds, and permissionsError() says why.
    void refreshPermissions();
    // Why the last refreshPermissions() left the least rights (the database's error); invalid
    // when the permissions were read.
    QSqlError permissionsError() const { return m_permissionsError; }

    qint64 campaignId() const { return m_campaignId; }
    // The campaign chosen, read anew: NotFound when none is chosen (or no database is open) or
    // it is gone, Database when the read failed (LookupError).
    Lookup<Campaign> campaign() const;
    void setCampaignId(qint64 id);

    // The open database's undo history, shared by every page (Tiled's one stack per document):
    // the Edit menu's Undo and Redo act on it. Emptied when another database is opened, as its
    // commands name this database's rows.
    QUndoStack *undoStack() { return &m_undoStack; }

    // Checks that the open SQLite file's locks are still held and reconnects if something in
    // the process dropped them (Database::ensureLocks); runs every two seconds by itself.
    void checkLocks();

signals:
    void databaseChanged();
    void campaignChanged(qint64 campaignId);
    void permissionsChanged();
    // Re-emitted from the database's event hub.
    void dataChanged(DataEvents::Domains domains);

private:
    std::unique_ptr<Database> m_db;
    QUndoStack m_undoStack; // after m_db, so gone first: its commands refer to the database
    QTimer m_lockCheck;
    qint64 m_campaignId = 0;
    Permissions m_permissions;
    QSqlError m_permissionsError;
};
