#pragma once

#include "domain/Letter.h"

#include <QAbstractTableModel>
#include <QList>

class Workspace;

// Every version of every letter of the workspace's campaign, reloaded when letters change.
class LetterTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        VersionColumn,
        UnitColumn,
        KindColumn,
        ParentColumn,
        StatusColumn,
        VerifyCodeColumn,
        IssuedAtColumn,
        IssuedByColumn,
        RevokedColumn,
        ColumnCount
    };
    enum Role {
        LetterIdRole = Qt::UserRole + 1,
        StatusRole, // issued, superseded, revoked
        KindRole, // initiating-1, initiating-2, supporting
        SearchRole, // number, unit, code and parent in one string
        SortRole
    };

    explicit LetterTableModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Letter &letterAt(int row) const { return m_letters.at(row); }
    int rowOfId(qint64 id) const;
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
    QList<Letter> m_letters;
};
