#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;
class Workspace;

// The gift register (礼品登记) of the current campaign: every gift the units offer to the
// public-welfare shop (gift, unit, kind, region, quantity, local only) and the totals per gift,
// with a search over gift and unit, and export (.xlsx: both tables; .csv: the gifts).
class GiftsPage : public QWidget
{
    Q_OBJECT
public:
    explicit GiftsPage(Workspace *workspace, QWidget *parent = nullptr);

    QLineEdit *searchBox() const { return m_search; }
    QStandardItemModel *entriesModel() const { return m_entries; }
    QStandardItemModel *totalsModel() const { return m_totals; }
    bool exportTo(const QString &path, QString *error = nullptr) const;

private:
    void reload();
    void exportList();

    Workspace *m_workspace;
    QLineEdit *m_search;
    QStandardItemModel *m_entries;
    QStandardItemModel *m_totals;
    QTableView *m_entriesView;
    QTableView *m_totalsView;
    QLabel *m_status;
};
