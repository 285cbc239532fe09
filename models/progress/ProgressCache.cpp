#include "progress/ProgressCache.h"

#include "session/Workspace.h"

ProgressCache::ProgressCache(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    connect(workspace, &Workspace::databaseChanged, this, &ProgressCache::reload);
    connect(workspace, &Workspace::campaignChanged, this, &ProgressCache::reload);
    connect(workspace, &Workspace::dataChanged, this, [this](DataEvents::Domains domains) {
        if (domains & (DataEvents::Tallies | DataEvents::Units | DataEvents::Grades | DataEvents::Campaigns))
            reload();
    });
    reload();
}

void ProgressCache::reload()
{
    m_error.clear();
    if (!m_workspace->hasDatabase() || m_workspace->campaignId() == 0) {
        m_snapshot.reset();
    } else {
        QSqlError error;
        m_snapshot = ProgressQuery(m_workspace->database()).load(m_workspace->campaignId(), &error);
        ++m_loads;
        if (!m_snapshot)
            m_error = error.text();
    }
    emit changed();
}
