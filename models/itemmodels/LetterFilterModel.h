#pragma once

#include <QSortFilterProxyModel>

// Filters the letters table by state, unit kind and a search text (number, unit, code or
// parent unit, case-insensitive), and sorts by LetterTableModel::SortRole.
class LetterFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LetterFilterModel(QObject *parent = nullptr);

    // A status code (issued, superseded, revoked) or empty for all.
    void setStatusFilter(const QString &status);
    // A kind code (initiating-1, initiating-2, supporting), "initiating" for both initiating
    // kinds, or empty for all.
    void setKindFilter(const QString &kind);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_status;
    QString m_kind;
    QString m_search;
};
