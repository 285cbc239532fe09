#pragma once

#include "pages/RegisterPage.h"

class QStandardItemModel;
class QTableView;

// The gift register (礼品登记) of the current campaign: every gift the units offer to the
// public-welfare shop (gift, unit, kind, region, quantity, local only) and the totals per gift,
// with a search over gift and unit, and export (.xlsx: both tables; .csv: the gifts).
class GiftsPage : public RegisterPage
{
    Q_OBJECT
public:
    explicit GiftsPage(Workspace *workspace, QWidget *parent = nullptr);

    QStandardItemModel *entriesModel() const { return m_entries; }
    QStandardItemModel *totalsModel() const { return m_totals; }
    bool exportTo(const QString &path, QString *error = nullptr) const override;

private:
    void reload() override;
    // The two tables, one above the other.
    QWidget *makeTables();

    QStandardItemModel *m_entries;
    QStandardItemModel *m_totals;
    QTableView *m_entriesView;
    QTableView *m_totalsView;
};
