#include "MainWindow.h"

#include "AppSettings.h"
#include "dialogs/CampaignDialog.h"
#include "dialogs/ConnectionDialog.h"
#include "dialogs/SettingsDialog.h"
#include "db/ServerRoles.h"
#include "itemmodels/CampaignListModel.h"
#include "pages/DashboardPage.h"
#include "pages/LettersPage.h"
#include "pages/LinksPage.h"
#include "pages/TalliesPage.h"
#include "pages/UnitsPage.h"
#include "session/Workspace.h"
#include "dialogs/FileDialog.h"

#include <QApplication>
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
    connect(workspace, &Workspace::campaignChanged, this, &MainWindow::syncCampaignSelector);
    connect(workspace, &Workspace::databaseChanged, this, &MainWindow::updateStatus);
    connect(workspace, &Workspace::permissionsChanged, this, &MainWindow::updatePermissions);

    // Open where the user left off.
    m_navigation->setCurrentRow(qBound(0, QSettings().value(QStringLiteral("ui/page"), 0).toInt(),
                                       m_navigation->count() - 1));
    updateStatus();
    updatePermissions();
    syncCampaignSelector();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray()))
        resize(1280, 800);
}

MainWindow::~MainWindow()
{
    QSettings().setValue(QStringLiteral("ui/geometry"), saveGeometry());
    QSettings().setValue(QStringLiteral("ui/page"), m_navigation->currentRow());
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

bool MainWindow::showPage(const QString &name)
{
    static const QStringList names
        = {QStringLiteral("units"), QStringLiteral("letters"), QStringLiteral("links"),
           QStringLiteral("tallies"), QStringLiteral("dashboard")};
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
    newDb->setShortcut(QKeySequence::New);
    QAction *openDb = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabase);
    openDb->setShortcut(QKeySequence::Open);
    QAction *connectDb
        = file->addAction(tr("&Connect to Server…"), this, &MainWindow::connectToServer);
    connectDb->setObjectName(QStringLiteral("connectToServer"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *campaign = menuBar()->addMenu(tr("&Campaign"));
    m_campaignMenu = campaign;
    campaign->setObjectName(QStringLiteral("campaignMenu"));
    m_newCampaignAction = campaign->addAction(tr("&New Campaign…"), this, &MainWindow::newCampaign);
    m_newCampaignAction->setObjectName(QStringLiteral("newCampaign"));
    m_editCampaignAction
        = campaign->addAction(tr("&Edit Campaign…"), this, &MainWindow::editCampaign);
    m_editCampaignAction->setObjectName(QStringLiteral("editCampaign"));

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QAction *prefs = settings->addAction(tr("&Preferences…"), this, &MainWindow::showSettings);
    prefs->setShortcut(QKeySequence::Preferences);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
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

void MainWindow::connectToServer()
{
    ConnectionDialog dialog(this);
    if (m_workspace->hasDatabase()
        && Database::isPostgresLocation(m_workspace->database().location()))
        dialog.setLocation(m_workspace->database().location());
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
    const std::optional<Campaign> current = m_workspace->campaign();
    if (!current)
        return newCampaign();
    CampaignDialog dialog(m_workspace->database(), *current, this);
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
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

void MainWindow::updatePermissions()
{
    m_permissionsAge.start();
    // Who is working and in which role; the pages hide what the role does not allow.
    const Permissions &p = m_workspace->permissions();
    // Only managers set campaigns up (on a writable SQLite file everyone may).
    m_newCampaignAction->setVisible(p.may(Permissions::EditCampaigns));
    m_editCampaignAction->setVisible(p.may(Permissions::EditCampaigns));
    m_campaignMenu->menuAction()->setVisible(p.may(Permissions::EditCampaigns)); // never empty
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
    m_userLabel->setVisible(true);
}

void MainWindow::syncCampaignSelector()
{
    const int row = m_campaigns->rowOfId(m_workspace->campaignId());
    if (row != m_campaignBox->currentIndex())
        m_campaignBox->setCurrentIndex(row);
}
