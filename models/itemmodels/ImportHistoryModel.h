#pragma once

#include "repo/ImportRepository.h"

#include <QAbstractTableModel>

class Workspace;

// The tally imports of the current campaign, newest first; reloads when imports change.
class ImportHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        FinishedColumn,
        UserColumn,
        KindColumn,
        FileColumn,
        ReadColumn,
        AcceptedColumn,
        DuplicateColumn,
        RejectedColumn,
        UnknownLinkColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { ImportIdRole = Qt::UserRole + 1, Sha256Role, SortRole };

    explicit ImportHistoryModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const ImportRecord &record(int row) const { return m_records.at(row); }
    void reload();

    // The error of the last reload (the first one is made by the constructor, before anyone
    // can hear loadFailed), in Dialect::describeError's words; empty when it read.
    QString loadError() const { return m_loadError; }

signals:
    // reload() read nothing because the database failed: its error, in Dialect::describeError's
    // words.
    void loadFailed(const QString &message);

private:
    QVariant statusData(const ImportRecord &r, int role) const;

    QString m_loadError;
    Workspace *m_workspace;
    QList<ImportRecord> m_records;
};
