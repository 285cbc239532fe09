#pragma once

#include <QElapsedTimer>
#include <QMainWindow>

class CampaignListModel;
class QAction;
class QComboBox;
class QMenu;
class QSqlError;
class QLabel;
class QListWidget;
class QStackedWidget;
class Workspace;

// The shell: campaign selector, navigation between the pages, the database in the status bar,
// and the File, Settings and Help menus.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page {
        UnitsPageIndex,
        LettersPageIndex,
        LinksPageIndex,
        TalliesPageIndex,
        DashboardPageIndex,
        ChecklistPageIndex,
        GiftsPageIndex,
        ExpertsPageIndex
    };

    explicit MainWindow(Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    // By name: units, letters, links, tallies, dashboard, checklist, gifts or experts; false for
    // an unknown name.
    bool showPage(const QString &name);
    QComboBox *campaignSelector() const { return m_campaignBox; }
    QWidget *page(Page page) const;

    // Asks the server again what the user may do when the last answer is older than maxAgeMs
    // (an administrator may change someone's roles while the program runs). Called when the
    // window is activated; only on PostgreSQL, where roles exist.
    void refreshPermissionsIfOlderThan(qint64 maxAgeMs);

protected:
    bool event(QEvent *event) override;

private:
    void createMenus();
    void newDatabase();
    void openDatabase();
    void connectToServer();
    void backUpDatabase();
    void restoreDatabase();
    // File → History of Changes: the audit log (AuditLogDialog).
    void showHistory();
    void connectToServerAt(const QString &location);
    void openLocation(const QString &location);
    void openRecent(const QString &location);
    void updateRecentMenu();
    void scheduleRecentMenuUpdate();
    void saveLayout() const;
    void restoreLayout();
    void newCampaign();
    void editCampaign();
    void showMail();
    void showCertificates();
    void showSettings();
    void showUserGuide();
    void showAbout();
    void updateStatus();
    void updatePermissions();
    // The permissions could not be read (Workspace::permissionsError): says so in the
    // database's words; the pages already show the least rights.
    void showPermissionsFailure(const QSqlError &error);
    void syncCampaignSelector();

    Workspace *m_workspace;
    CampaignListModel *m_campaigns;
    QComboBox *m_campaignBox;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QLabel *m_databaseLabel;
    QLabel *m_readOnlyLabel;
    QLabel *m_userLabel;
    QAction *m_newCampaignAction = nullptr;
    QMenu *m_campaignMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_editCampaignAction = nullptr;
    QMenu *m_mailMenu = nullptr;
    QElapsedTimer m_permissionsAge; // since the permissions were last read
    bool m_permissionsUnreadable = false; // the last read failed and the user was told
};
