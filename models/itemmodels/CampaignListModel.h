#pragma once

#include "domain/Campaign.h"

#include <QAbstractListModel>

class Workspace;

// The campaign years, newest first, for the selector in the main window.
class CampaignListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, YearRole };

    explicit CampaignListModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int rowOfId(qint64 id) const;
    void reload();

signals:
    // reload() read nothing because the database failed: its error, in Dialect::describeError's
    // words.
    void loadFailed(const QString &message);

private:
    Workspace *m_workspace;
    QList<Campaign> m_campaigns;
};
