#pragma once

#include "links/Link.h"
#include "links/LinkFileExporter.h"

#include <QWidget>

class LinkFilterProxyModel;
class LinkTableModel;
class QAction;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QToolBar;
class Workspace;

// Tracking links of the campaign per unit: filter, copy URL, show the QR code, issue, revoke,
// restore, export for the survey platform, write QR codes and entry posters (in a worker thread)
// and follow the units that have not asked for links yet.
class LinksPage : public QWidget
{
    Q_OBJECT
public:
    explicit LinksPage(Workspace *workspace, QWidget *parent = nullptr);

    LinkTableModel *model() const { return m_model; }
    LinkFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QListWidget *pendingList() const { return m_pending; }

    // Writes QR codes/posters for links off the GUI thread with a progress dialog; returns at
    // once. finished is emitted with the result.
    void writeFiles(const QList<Link> &links, const LinkFileExporter::Options &options);

signals:
    void filesWritten(const LinkFileExporter::Result &result);

private:
    // The parts the constructor puts together.
    QToolBar *createToolbar();
    QHBoxLayout *createFilters();
    void setupView();
    QWidget *createLinkList();
    QGroupBox *createRequestsPanel();
    void connectSignals();
    void reloadSidePanel();
    void updateActions();
    QList<Link> selectedLinks() const;
    qint64 currentUnitId() const;

    void issueLinks();
    void revokeSelected();
    void restoreSelected();
    void copyUrl();
    void showIssued(const QList<Link> &issued);
    void showQr();
    void exportLinks();
    void postersFor(bool all);
    void recordRequest();
    void saveDueDate();

    Workspace *m_workspace;
    LinkTableModel *m_model;
    LinkFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_unit;
    QLabel *m_summary;
    QLabel *m_notice; // what the last action did (issued, copied)
    QDateEdit *m_due;
    QPushButton *m_saveDue;
    QLabel *m_pendingSummary;
    QListWidget *m_pending;
    QPushButton *m_record;
    QAction *m_issue;
    QAction *m_revoke;
    QAction *m_writeSeparator = nullptr; // after the actions that write, hidden with them
    QAction *m_restore;
    QAction *m_copy;
    QAction *m_qr;
    QAction *m_export;
    QAction *m_postersSelected;
    QAction *m_postersAll;
    bool m_busy = false;
    int m_dueVersion = 0; // the campaign version the due date was shown from
};
