#include "session/Workspace.h"

#include "db/Migrations.h"
#include "repo/CampaignRepository.h"

Workspace::Workspace(QObject *parent)
    : QObject(parent)
{}

Workspace::~Workspace() = default;

QSqlError Workspace::open(const QString &location)
{
    auto db = std::make_unique<Database>();
    if (QSqlError e = db->open(location); e.isValid())
        return e;
    if (QSqlError e = Migrations::prepare(*db); e.isValid())
        return e;
    m_db = std::move(db);
    connect(m_db->events(), &DataEvents::changed, this, &Workspace::dataChanged);
    const std::optional<Campaign> latest = CampaignRepository(*m_db).latest();
    m_campaignId = latest ? latest->id : 0;
    m_permissions = Permissions::query(*m_db);
    emit databaseChanged();
    emit campaignChanged(m_campaignId);
    emit permissionsChanged();
    return {};
}

void Workspace::refreshPermissions()
{
    m_permissions = m_db ? Permissions::query(*m_db) : Permissions();
    emit permissionsChanged();
}

std::optional<Campaign> Workspace::campaign() const
{
    if (!m_db || m_campaignId == 0)
        return std::nullopt;
    return CampaignRepository(*m_db).byId(m_campaignId);
}

void Workspace::setCampaignId(qint64 id)
{
    if (id == m_campaignId)
        return;
    m_campaignId = id;
    emit campaignChanged(id);
}
