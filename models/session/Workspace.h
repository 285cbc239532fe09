#pragma once

#include "db/DataEvents.h"
#include "db/Database.h"
#include "domain/Campaign.h"

#include <QObject>
#include <QSqlError>

#include <memory>
#include <optional>

// What the program is working on: the open database and the campaign year chosen. Pages and
// item models take their database and campaign from here and follow its signals.
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // Opens (creating and migrating as needed) the database at location. On failure the
    // previous database stays open.
    QSqlError open(const QString &location);

    bool hasDatabase() const { return m_db != nullptr; }
    Database &database() const { return *m_db; }
    DataEvents *events() const { return m_db ? m_db->events() : nullptr; }

    qint64 campaignId() const { return m_campaignId; }
    std::optional<Campaign> campaign() const;
    void setCampaignId(qint64 id);

signals:
    void databaseChanged();
    void campaignChanged(qint64 campaignId);
    // Re-emitted from the database's event hub.
    void dataChanged(DataEvents::Domains domains);

private:
    std::unique_ptr<Database> m_db;
    qint64 m_campaignId = 0;
};
