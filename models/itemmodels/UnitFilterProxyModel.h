#pragma once

#include <QSortFilterProxyModel>

class UnitTableModel;

// Search-as-you-type over name, contact, phone and e-mail (every word must occur), plus kind
// and region filters, over a UnitTableModel. Uses the model's precomputed lower-case search
// keys, so a keystroke over 5,000 units costs well under a millisecond or two.
class UnitFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit UnitFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void setSearchText(const QString &text);
    QString searchText() const { return m_words.join(QLatin1Char(' ')); }
    // Empty = any kind / any region.
    void setKindCode(const QString &code);
    void setRegionCode(const QString &code);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    UnitTableModel *m_units = nullptr;
    QStringList m_words;
    QString m_kind;
    QString m_region;
};
