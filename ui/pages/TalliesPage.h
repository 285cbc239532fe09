#pragma once

#include <QWidget>

class ImportHistoryModel;
class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class Workspace;

// Sample tallies: the import history of the current campaign, the import wizard, and the way
// back from a wrong import (Withdraw).
class TalliesPage : public QWidget
{
    Q_OBJECT
public:
    explicit TalliesPage(Workspace *workspace, QWidget *parent = nullptr);

    ImportHistoryModel *historyModel() const { return m_model; }
    QTableView *historyView() const { return m_view; }

public slots:
    // Opens the import wizard, with files already chosen when given.
    void importFiles(const QStringList &files = {});
    // Asks, then withdraws the selected import (TallyWithdrawal); Cancel is the default.
    void withdrawSelected();

private:
    void updateStatus();
    void updateWithdrawAction();
    int selectedRow() const;

    Workspace *m_workspace;
    ImportHistoryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_status;
    QAction *m_withdrawAction = nullptr;
};
