#include "itemmodels/CampaignListModel.h"

#include "db/Dialect.h"

#include "repo/CampaignRepository.h"
#include "session/Workspace.h"

#include <algorithm>

CampaignListModel::CampaignListModel(Workspace *workspace, QObject *parent)
    : QAbstractListModel(parent)
    , m_workspace(workspace)
{
    connect(workspace, &Workspace::databaseChanged, this, &CampaignListModel::reload);
    connect(workspace, &Workspace::dataChanged, this, [this](DataEvents::Domains d) {
        if (d & DataEvents::Campaigns)
            reload();
    });
    reload();
}

int CampaignListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_campaigns.size());
}

QVariant CampaignListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_campaigns.size())
        return {};
    const Campaign &c = m_campaigns.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2 – %3)")
            .arg(c.year)
            .arg(c.startDate.toString(QStringLiteral("yyyy-MM-dd")),
                 c.endDate.toString(QStringLiteral("yyyy-MM-dd")));
    case Qt::ToolTipRole:
        return c.title;
    case IdRole:
        return c.id;
    case YearRole:
        return c.year;
    default:
        return {};
    }
}

int CampaignListModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_campaigns.size(); ++i) {
        if (m_campaigns.at(i).id == id)
            return i;
    }
    return -1;
}

void CampaignListModel::reload()
{
    QSqlError e;
    beginResetModel();
    m_campaigns.clear();
    if (m_workspace->hasDatabase())
        m_campaigns = CampaignRepository(m_workspace->database()).all(&e);
    std::reverse(m_campaigns.begin(), m_campaigns.end());
    endResetModel();
    // An empty list because the database failed is said, not shown as empty.
    if (e.isValid())
        emit loadFailed(Dialect::describeError(e));
}
