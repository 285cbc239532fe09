#pragma once

#include "links/Link.h"

#include <QAbstractTableModel>

class Workspace;

// The tracking links of the workspace's campaign, one row per link, reloaded when links,
// tallies or units change.
class LinkTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        UnitColumn,
        LabelColumn,
        TokenColumn,
        UrlColumn,
        StatusColumn,
        SamplesColumn,
        QuestionnaireColumn,
        ColumnCount
    };
    enum Role {
        LinkIdRole = Qt::UserRole + 1,
        UnitIdRole,
        TokenRole,
        UrlRole,
        ActiveRole, // bool
        SortRole,
    };

    explicit LinkTableModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Link &link(int row) const { return m_links.at(row); }
    const QList<Link> &links() const { return m_links; }
    int rowOfToken(const QString &token) const;
    void reload();

    // The error of the last reload (the first one is made by the constructor, before anyone
    // can hear loadFailed), in Dialect::describeError's words; empty when it read.
    QString loadError() const { return m_loadError; }

signals:
    // reload() read nothing because the database failed: its error, in Dialect::describeError's
    // words.
    void loadFailed(const QString &message);

private:
    QString m_loadError;
    Workspace *m_workspace;
    QList<Link> m_links;
};
