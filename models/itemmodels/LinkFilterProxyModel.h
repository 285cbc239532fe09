#pragma once

#include <QSortFilterProxyModel>

// Filters a LinkTableModel by a search text (unit, label, token or URL), a status and a unit.
class LinkFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class StatusFilter { All, Active, Revoked };

    explicit LinkFilterProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setStatusFilter(StatusFilter status);
    void setUnitId(qint64 unitId); // 0: every unit

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    StatusFilter m_status = StatusFilter::All;
    qint64 m_unitId = 0;
};
