#include "MainWindow.h"

#include "AppSettings.h"
#include "ViewState.h"
#include "dialogs/LookupFailure.h"
#include "dialogs/AuditLogDialog.h"
#include "dialogs/CampaignDialog.h"
#include "dialogs/ConnectionDialog.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/UserGuideDialog.h"
#include "db/Dialect.h"
#include "db/ServerRoles.h"
#include "itemmodels/CampaignListModel.h"
#include "pages/ChecklistPage.h"
#include "pages/DashboardPage.h"
#include "pages/ExpertsPage.h"
#include "pages/GiftsPage.h"
#include "pages/LettersPage.h"
#include "pages/LinksPage.h"
#include "pages/TalliesPage.h"
#include "pages/UnitsPage.h"
#include "session/Workspace.h"
#include "UndoActions.h"
#include "dialogs/DeskWaitIndicator.h"
#include "imports/DatabaseBackup.h"
#include "imports/DatabaseCopy.h"
#include "dialogs/FileDialog.h"
#include "dialogs/CertificatesDialog.h"
#include "dialogs/MailDialog.h"

#include <QApplication>
#include <QDate>
#include <QPushButton>
#include <QFileInfo>
#include <QDir>
#include <QFile>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUrl>

#include <utility>

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_campaigns(new CampaignListModel(workspace, this))
    , m_campaignBox(new QComboBox(this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_databaseLabel(new QLabel(this))
    , m_readOnlyLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
{
    setWindowTitle(tr("Survey Secretariat"));
    new DeskWaitIndicator(this); // writes waiting for another desk say so, with Cancel
    setWindowIcon(QIcon(QStringLiteral(":/icons/secretariat.png")));

    auto *toolbar = addToolBar(tr("Campaign"));
    toolbar->setObjectName(QStringLiteral("campaignToolbar"));
    toolbar->setMovable(false);
    auto *campaignLabel = new QLabel(tr("Campaign:"), this);
    campaignLabel->setBuddy(m_campaignBox);
    toolbar->addWidget(campaignLabel);
    m_campaignBox->setModel(m_campaigns);
    m_campaignBox->setMinimumContentsLength(24);
    m_campaignBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    toolbar->addWidget(m_campaignBox);

    struct NavEntry
    {
        QString text;
        QStyle::StandardPixmap icon;
        QWidget *page;
    };
    const QList<NavEntry> entries = {
        {tr("Units"), QStyle::SP_DirHomeIcon, new UnitsPage(workspace, this)},
        {tr("Letters"), QStyle::SP_FileDialogDetailedView, new LettersPage(workspace, this)},
        {tr("Links"), QStyle::SP_DriveNetIcon, new LinksPage(workspace, this)},
        {tr("Tallies"), QStyle::SP_ArrowDown, new TalliesPage(workspace, this)},
        {tr("Dashboard"), QStyle::SP_ComputerIcon, new DashboardPage(workspace, this)},
        {tr("Checklist"), QStyle::SP_DialogApplyButton, new ChecklistPage(workspace, this)},
        {tr("Gift Register"), QStyle::SP_DirOpenIcon, new GiftsPage(workspace, this)},
        {tr("Expert Pool"), QStyle::SP_FileDialogContentsView, new ExpertsPage(workspace, this)},
    };
    for (const NavEntry &e : entries) {
        auto *item = new QListWidgetItem(style()->standardIcon(e.icon), e.text, m_navigation);
        item->setSizeHint(QSize(0, 40));
        m_pages->addWidget(e.page);
    }
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(160);
    m_navigation->setIconSize(QSize(22, 22));
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_readOnlyLabel->setStyleSheet(QStringLiteral("color: #a00; font-weight: bold;"));
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));

    createMenus();

    connect(m_campaignBox, &QComboBox::currentIndexChanged, this, [this](int row) {
        if (row >= 0)
            m_workspace->setCampaignId(
                m_campaigns->index(row).data(CampaignListModel::IdRole).toLongLong());
    });
    connect(m_campaigns, &QAbstractItemModel::modelReset, this, &MainWindow::syncCampaignSelector);
    connect(m_campaigns, &CampaignListModel::loadFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Campaigns"), message);
    });
    connect(workspace, &Workspace::campaignChanged, this, &MainWindow::syncCampaignSelector);
    connect(workspace, &Workspace::databaseChanged, this, &MainWindow::updateStatus);
    connect(workspace, &Workspace::permissionsChanged, this, &MainWindow::updatePermissions);

    updateStatus();
    updatePermissions();
    syncCampaignSelector();
    restoreLayout();
}

MainWindow::~MainWindow()
{
    saveLayout();
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("ui/state"), saveState());
    settings.setValue(QStringLiteral("ui/page"), m_navigation->currentRow());
    settings.beginGroup(QStringLiteral("ui/views"));
    ViewState::save(this, settings);
    settings.endGroup();
}

void MainWindow::restoreLayout()
{
    // Open where the user left off, arranged as they left it.
    QSettings settings;
    m_navigation->setCurrentRow(
        qBound(0, settings.value(QStringLiteral("ui/page"), 0).toInt(), m_navigation->count() - 1));
    if (!restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("ui/state")).toByteArray());
    settings.beginGroup(QStringLiteral("ui/views"));
    ViewState::restore(this, settings);
    settings.endGroup();
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

bool MainWindow::showPage(const QString &name)
{
    static const QStringList names
        = {QStringLiteral("units"),   QStringLiteral("letters"),   QStringLiteral("links"),
           QStringLiteral("tallies"), QStringLiteral("dashboard"), QStringLiteral("checklist"),
           QStringLiteral("gifts"),   QStringLiteral("experts")};
    const int index = int(names.indexOf(name.toLower()));
    if (index < 0)
        return false;
    showPage(Page(index));
    return true;
}

QWidget *MainWindow::page(Page page) const
{
    return m_pages->widget(int(page));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDb = file->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    // Ctrl+N is the Units page's New unit, the commoner task (one shortcut, one action).
    newDb->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newDb->setObjectName(QStringLiteral("newDatabase"));
    QAction *openDb = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabase);
    openDb->setShortcut(QKeySequence::Open);
    QAction *connectDb
        = file->addAction(tr("&Connect to Server…"), this, &MainWindow::connectToServer);
    connectDb->setObjectName(QStringLiteral("connectToServer"));
    m_recentMenu = file->addMenu(tr("&Recent Databases"));
    m_recentMenu->setObjectName(QStringLiteral("recentDatabases"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    file->addSeparator();
    file->addAction(tr("&Back up Database…"), this, &MainWindow::backUpDatabase)
        ->setObjectName(QStringLiteral("backUpDatabase"));
    file->addAction(tr("&Restore from Backup…"), this, &MainWindow::restoreDatabase)
        ->setObjectName(QStringLiteral("restoreDatabase"));
    file->addAction(tr("&History of Changes…"), this, &MainWindow::showHistory)
        ->setObjectName(QStringLiteral("showHistory"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    // One undo history for every page (Workspace::undoStack); these hold its keys.
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    QAction *undo = nullptr, *redo = nullptr;
    UndoActions::createMenuActions(m_workspace->undoStack(), this, &undo, &redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *campaign = menuBar()->addMenu(tr("&Campaign"));
    m_campaignMenu = campaign;
    campaign->setObjectName(QStringLiteral("campaignMenu"));
    m_newCampaignAction = campaign->addAction(tr("&New Campaign…"), this, &MainWindow::newCampaign);
    m_newCampaignAction->setObjectName(QStringLiteral("newCampaign"));
    m_editCampaignAction
        = campaign->addAction(tr("&Edit Campaign…"), this, &MainWindow::editCampaign);
    m_editCampaignAction->setObjectName(QStringLiteral("editCampaign"));
    campaign->addSeparator();
    campaign->addAction(tr("Commendation &Certificates…"), this, &MainWindow::showCertificates)
        ->setObjectName(QStringLiteral("certificatesAction"));

    m_mailMenu = menuBar()->addMenu(tr("&Mail"));
    m_mailMenu->addAction(tr("&Mail to Units…"), this, &MainWindow::showMail)
        ->setObjectName(QStringLiteral("mailToUnits"));

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QAction *prefs = settings->addAction(tr("&Preferences…"), this, &MainWindow::showSettings);
    prefs->setShortcut(QKeySequence::Preferences);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User Guide"), this, &MainWindow::showUserGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    help->addSeparator();
    help->addAction(tr("&About Survey Secretariat"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::newDatabase()
{
    const QString path = FileDialog::saveFileName(this, tr("New Database"), QString(),
                                                  tr("Secretariat databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFile::exists(path)) {
        QMessageBox::warning(this, tr("New Database"),
                             tr("%1 already exists. Choose Open Database to use it.").arg(path));
        return;
    }
    openLocation(path);
}

void MainWindow::openDatabase()
{
    const QString path
        = FileDialog::openDatabaseName(this, tr("Open Database"), QString(),
                                       tr("Secretariat databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openLocation(path);
}

void MainWindow::backUpDatabase()
{
    if (!m_workspace->hasDatabase())
        return;
    Database &db = m_workspace->database();
    if (!db.dialect().isSQLite()) {
        QMessageBox::information(this, tr("Back up Database"),
                                 tr("A server database is backed up on the server, for "
                                    "example:\n\n%1")
                                     .arg(DatabaseCopy::postgresCommands(db)));
        return;
    }
    const QString suggested = QFileInfo(db.location()).completeBaseName() + QLatin1Char('-')
        + QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral(".sqlite");
    const QString path = FileDialog::saveFileName(this, tr("Back up Database"),
                                                  QDir(QDir::homePath()).filePath(suggested),
                                                  tr("Secretariat databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (const QString error = DatabaseCopy::backupTo(db, path); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Back up Database"), error);
        return;
    }
    QMessageBox::information(this, tr("Back up Database"),
                             tr("The database was copied to %1 and the copy checked.")
                                 .arg(QDir::toNativeSeparators(path)));
}

void MainWindow::showHistory()
{
    if (!m_workspace->hasDatabase())
        return;
    AuditLogDialog dialog(m_workspace->database(), this);
    dialog.exec();
}

void MainWindow::restoreDatabase()
{
    if (!m_workspace->hasDatabase())
        return;
    Database &db = m_workspace->database();
    if (!db.dialect().isSQLite()) {
        QMessageBox::information(this, tr("Restore from Backup"),
                                 tr("A server database is restored on the server, for "
                                    "example:\n\n%1")
                                     .arg(DatabaseCopy::postgresCommands(db)));
        return;
    }
    const QString path
        = FileDialog::openFileName(this, tr("Restore from Backup"), DatabaseBackup::folderFor(db),
                                   tr("Secretariat databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (const QString problem = DatabaseCopy::checkBackup(path); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("Restore from Backup"), problem);
        return;
    }
    QMessageBox ask(QMessageBox::Warning, tr("Restore from Backup"),
                    tr("Replace everything in %1 with the backup %2?\n\nA copy of the database "
                       "as it is now is kept first. Other desks see the restored data at once.")
                        .arg(db.displayLocation(), QDir::toNativeSeparators(path)),
                    QMessageBox::Cancel, this);
    QPushButton *restore = ask.addButton(tr("Restore"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != restore)
        return;
    QString kept;
    if (const QString error = DatabaseCopy::restoreFrom(db, path, &kept); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Restore from Backup"), error);
        return;
    }
    QMessageBox::information(
        this, tr("Restore from Backup"),
        tr("The database was restored from %1. The database as it was "
           "before is kept as %2.")
            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(kept)));
}

void MainWindow::connectToServer()
{
    const bool onServer = m_workspace->hasDatabase()
        && Database::isPostgresLocation(m_workspace->database().location());
    connectToServerAt(onServer ? m_workspace->database().location() : QString());
}

void MainWindow::connectToServerAt(const QString &preset)
{
    ConnectionDialog dialog(this);
    if (!preset.isEmpty())
        dialog.setLocation(preset);
    while (dialog.exec() == QDialog::Accepted) {
        const QString location = dialog.location();
        if (QSqlError e = m_workspace->open(location); e.isValid()) {
            // Never show the password: the message names the server without it.
            QUrl shown(location);
            shown.setPassword(QString());
            QMessageBox::critical(this, tr("Connect to Server"),
                                  tr("Could not connect to %1:\n%2")
                                      .arg(shown.toString(), Dialect::describeError(e)));
            continue;
        }
        AppSettings::setLastDatabase(location);
        scheduleRecentMenuUpdate();
        return;
    }
}

void MainWindow::openLocation(const QString &location)
{
    if (QSqlError e = m_workspace->open(location); e.isValid()) {
        QMessageBox::critical(
            this, tr("Open Database"),
            tr("Could not open %1:\n%2").arg(location, Dialect::describeError(e)));
        return;
    }
    AppSettings::setLastDatabase(location);
    scheduleRecentMenuUpdate();
}

void MainWindow::openRecent(const QString &location)
{
    if (Database::isPostgresLocation(location)) {
        // The password is never kept: when the server wants one, ask for it.
        if (m_workspace->open(location).isValid())
            return connectToServerAt(location);
        AppSettings::setLastDatabase(location);
        scheduleRecentMenuUpdate();
        return;
    }
    if (!QFileInfo::exists(location)) {
        // Opening a file that is gone would create an empty database in its place.
        QMessageBox::warning(this, tr("Recent Databases"),
                             tr("%1 no longer exists. It is removed from the list.")
                                 .arg(QDir::toNativeSeparators(location)));
        AppSettings::removeRecentDatabase(location);
        scheduleRecentMenuUpdate();
        return;
    }
    openLocation(location);
}

void MainWindow::scheduleRecentMenuUpdate()
{
    // Later: the action being triggered belongs to the menu that the update rebuilds.
    QMetaObject::invokeMethod(this, &MainWindow::updateRecentMenu, Qt::QueuedConnection);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentDatabases();
    int number = 0;
    for (const QString &location : recent) {
        const bool server = Database::isPostgresLocation(location);
        const QString shown = server ? location : QDir::toNativeSeparators(location);
        QString text = shown;
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        if (++number < 10)
            text = QStringLiteral("&%1 %2").arg(number).arg(text);
        QAction *action = m_recentMenu->addAction(text);
        action->setData(location);
        if (!server && !QFileInfo::exists(location)) {
            // A file moved or deleted since: shown greyed, so the user knows where it was.
            action->setEnabled(false);
            action->setToolTip(tr("%1 no longer exists").arg(shown));
        } else {
            action->setToolTip(shown);
        }
        connect(action, &QAction::triggered, this, [this, location] { openRecent(location); });
    }
    if (recent.isEmpty()) {
        QAction *none = m_recentMenu->addAction(tr("No recent databases"));
        none->setEnabled(false);
    }
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"), this, [this] {
        AppSettings::clearRecentDatabases();
        scheduleRecentMenuUpdate();
    });
    clear->setObjectName(QStringLiteral("clearRecentDatabases"));
    clear->setEnabled(!recent.isEmpty());
    m_recentMenu->setToolTipsVisible(true);
}

void MainWindow::newCampaign()
{
    if (!m_workspace->hasDatabase())
        return;
    CampaignDialog dialog(m_workspace->database(), Campaign {}, this);
    if (dialog.exec() == QDialog::Accepted)
        m_workspace->setCampaignId(dialog.campaign().id);
}

void MainWindow::editCampaign()
{
    const Lookup<Campaign> current = m_workspace->campaign();
    if (!current && LookupFailure::warn(this, tr("Edit Campaign"), current.error()))
        return;
    if (!current)
        return newCampaign();
    CampaignDialog dialog(m_workspace->database(), *current, this);
    dialog.exec();
}

void MainWindow::showMail()
{
    const Lookup<Campaign> current = m_workspace->campaign();
    if (!current) {
        LookupFailure::warn(this, tr("Mail to Units"), current.error());
        return;
    }
    MailDialog dialog(m_workspace->database(), *current, this);
    dialog.exec();
}

void MainWindow::showCertificates()
{
    const Lookup<Campaign> current = m_workspace->campaign();
    if (!current) {
        LookupFailure::warn(this, tr("Certificates"), current.error());
        return;
    }
    CertificatesDialog dialog(m_workspace->database(), *current, this);
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::showUserGuide()
{
    // One guide window, kept open beside the work.
    auto *dialog = findChild<UserGuideDialog *>();
    if (!dialog) {
        dialog = new UserGuideDialog(this);
        dialog->setModal(false);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Survey Secretariat"),
                       tr("<h3>Survey Secretariat %1</h3>"
                          "<p>The secretariat's workbench for the Netizen Cybersecurity Sense "
                          "Satisfaction Survey: "
                          "unit registration, authorization letters, tracking links, sample "
                          "tallies and progress.</p>")
                           .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::updateStatus()
{
    if (!m_workspace->hasDatabase()) {
        m_databaseLabel->setText(tr("No database open"));
        m_readOnlyLabel->clear();
        return;
    }
    const Database &db = m_workspace->database();
    m_databaseLabel->setText(tr("Database: %1").arg(db.displayLocation()));
    m_readOnlyLabel->setText(db.isReadOnly() ? tr("Read-only") : QString());
    m_readOnlyLabel->setToolTip(db.readOnlyReason());
    if (db.isReadOnly())
        statusBar()->showMessage(db.readOnlyReason(), 15000);
}

bool MainWindow::event(QEvent *event)
{
    if (event->type() == QEvent::WindowActivate)
        refreshPermissionsIfOlderThan(30 * 1000);
    return QMainWindow::event(event);
}

void MainWindow::refreshPermissionsIfOlderThan(qint64 maxAgeMs)
{
    if (!m_workspace->hasDatabase() || !m_workspace->database().dialect().isPostgreSQL())
        return;
    if (m_permissionsAge.isValid() && m_permissionsAge.elapsed() < maxAgeMs)
        return;
    m_workspace->refreshPermissions(); // updatePermissions restarts the age
}

void MainWindow::showPermissionsFailure(const QSqlError &error)
{
    const QString words = Dialect::describeError(error);
    m_userLabel->setText(m_userLabel->text() + QLatin1Char(' ')
                         + tr("(permissions could not be read)"));
    m_userLabel->setToolTip(words);
    // Once per failure, not at each activation of the window while it lasts (the label keeps it).
    if (std::exchange(m_permissionsUnreadable, true))
        return;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Permissions"),
        tr("What you may do on this database could not be read, so until it can this desk may "
           "only view it:\n%1")
            .arg(words),
        QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not exec(): this may run while the window is being activated
}

void MainWindow::updatePermissions()
{
    m_permissionsAge.start();
    // Who is working and in which role; the pages hide what the role does not allow.
    const Permissions &p = m_workspace->permissions();
    // Only managers set campaigns up (on a writable SQLite file everyone may).
    m_newCampaignAction->setVisible(p.may(Permissions::EditCampaigns));
    m_editCampaignAction->setVisible(p.may(Permissions::EditCampaigns));
    m_campaignMenu->menuAction()->setVisible(p.may(Permissions::EditCampaigns)); // never empty
    // Letters and links go out by mail: whoever issues them may send them.
    m_mailMenu->menuAction()->setVisible(p.may(Permissions::IssueLetters));
    if (!m_workspace->hasDatabase() || !m_workspace->database().dialect().isPostgreSQL()) {
        m_userLabel->clear();
        m_userLabel->setVisible(false);
        return;
    }
    QStringList roles;
    for (const QString &role : p.roles()) {
        if (role == ServerRoles::clerk())
            roles << tr("clerk");
        else if (role == ServerRoles::coordinator())
            roles << tr("coordinator");
        else if (role == ServerRoles::manager())
            roles << tr("manager");
    }
    QString text = roles.isEmpty()
        ? tr("User: %1").arg(p.user())
        : tr("User: %1 (%2)").arg(p.user(), roles.join(QStringLiteral(", ")));
    if (!p.mayWrite())
        text += QLatin1Char(' ') + tr("— view only");
    m_userLabel->setText(text);
    m_userLabel->setToolTip(QString());
    m_userLabel->setVisible(true);
    if (const QSqlError e = m_workspace->permissionsError(); e.isValid())
        showPermissionsFailure(e);
    else
        m_permissionsUnreadable = false;
}

void MainWindow::syncCampaignSelector()
{
    const int row = m_campaigns->rowOfId(m_workspace->campaignId());
    if (row != m_campaignBox->currentIndex())
        m_campaignBox->setCurrentIndex(row);
}
