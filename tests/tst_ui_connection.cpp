// The connection dialog and the main window on a shared server: the URL it builds, what
// "remember" keeps (never the password), the File menu entry, and the user's role in the status
// bar.
#include "TestSupport.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "db/Database.h"
#include "db/ServerRoles.h"
#include "dialogs/CampaignDialog.h"
#include "dialogs/ConflictDialog.h"
#include "dialogs/ConnectionDialog.h"
#include "repo/CampaignRepository.h"
#include "session/Workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUrl>

namespace {
const QString kPassword = QStringLiteral("s3cr:et/@pass");

QString settingsFileText()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
} // namespace

class tst_UiConnection : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void buildsUrl();
    void remembersEverythingButThePassword();
    void lastDatabaseNeverKeepsThePassword();
    void fileMenuOffersConnect();
    void statusBarShowsUserAndRole();
    void chineseScreens();
    void campaignDialogConflictReloadOrOverwrite();
};

void tst_UiConnection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SecretariatTests"));
    // Its own settings file per backend: the two variants of this test may run at once.
    QCoreApplication::setApplicationName(
        QStringLiteral("tst_ui_connection_%1")
            .arg(TestSupport::isPostgres() ? QStringLiteral("pg") : QStringLiteral("sqlite")));
    QSettings().clear();
}

void tst_UiConnection::buildsUrl()
{
    const QString location = ConnectionDialog::locationFor(QStringLiteral(" db.office.example.cn "),
                                                           5433, QStringLiteral("secretariat"),
                                                           QStringLiteral("alice"), kPassword);
    QVERIFY(Database::isPostgresLocation(location));
    const QUrl url(location);
    QCOMPARE(url.host(), QStringLiteral("db.office.example.cn"));
    QCOMPARE(url.port(), 5433);
    QCOMPARE(url.path(), QStringLiteral("/secretariat"));
    QCOMPARE(url.userName(), QStringLiteral("alice"));
    QCOMPARE(url.password(QUrl::FullyDecoded), kPassword);
    // The status bar and messages show it without the password.
    Database db;
    const QString unreachable = ConnectionDialog::locationFor(QStringLiteral("127.0.0.1"), 1,
                                                              QStringLiteral("secretariat"),
                                                              QStringLiteral("alice"), kPassword);
    QVERIFY(db.open(unreachable).isValid()); // nothing listens on port 1; the location is kept
    QVERIFY(!db.displayLocation().contains(QStringLiteral("s3cr")));
    QCOMPARE(db.displayLocation(), QStringLiteral("postgresql://alice@127.0.0.1:1/secretariat"));
}

void tst_UiConnection::remembersEverythingButThePassword()
{
    {
        ConnectionDialog dialog;
        dialog.findChild<QLineEdit *>(QStringLiteral("host"))
            ->setText(QStringLiteral("db.office.example.cn"));
        dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(5433);
        dialog.findChild<QLineEdit *>(QStringLiteral("database"))
            ->setText(QStringLiteral("secretariat"));
        dialog.findChild<QLineEdit *>(QStringLiteral("user"))->setText(QStringLiteral("alice"));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        password->setText(kPassword);
        dialog.findChild<QCheckBox *>(QStringLiteral("remember"))->setChecked(true);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(QUrl(dialog.location()).password(), kPassword);
    }
    const QString text = settingsFileText();
    QVERIFY(text.contains(QStringLiteral("db.office.example.cn")));
    QVERIFY(!text.contains(QStringLiteral("s3cr")));
    {
        ConnectionDialog dialog;
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("host"))->text(),
                 QStringLiteral("db.office.example.cn"));
        QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("port"))->value(), 5433);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("user"))->text(),
                 QStringLiteral("alice"));
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("password"))->text().isEmpty());
        // Not remembering forgets what was kept.
        dialog.findChild<QCheckBox *>(QStringLiteral("remember"))->setChecked(false);
        dialog.accept();
    }
    ConnectionDialog dialog;
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("host"))->text().isEmpty());
    QVERIFY(!settingsFileText().contains(QStringLiteral("db.office.example.cn")));
}

void tst_UiConnection::lastDatabaseNeverKeepsThePassword()
{
    AppSettings::setLastDatabase(ConnectionDialog::locationFor(QStringLiteral("db.example.cn"),
                                                               5432, QStringLiteral("secretariat"),
                                                               QStringLiteral("bob"), kPassword));
    QCOMPARE(AppSettings::lastDatabase(),
             QStringLiteral("postgresql://bob@db.example.cn:5432/secretariat"));
    QVERIFY(!settingsFileText().contains(QStringLiteral("s3cr")));
}

void tst_UiConnection::fileMenuOffersConnect()
{
    Workspace workspace;
    QVERIFY(!workspace.open(TestSupport::newDatabaseLocation(QStringLiteral("menu"))).isValid());
    MainWindow window(&workspace);
    QAction *connect = window.findChild<QAction *>(QStringLiteral("connectToServer"));
    QVERIFY(connect);
    QVERIFY(window.menuBar()->actions().first()->menu()->actions().contains(connect));
    QCOMPARE(connect->text(), QStringLiteral("&Connect to Server…"));
}

void tst_UiConnection::statusBarShowsUserAndRole()
{
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("status"));
    QString clerkLocation = location;
    if (TestSupport::isPostgres()) {
        auto owner = TestSupport::openMigrated(location);
        QVERIFY(owner);
        QVERIFY(!ServerRoles::install(*owner).isValid());
        const QString role = QStringLiteral("uiclerk_%1").arg(QCoreApplication::applicationPid());
        QSqlQuery q(owner->connection());
        QVERIFY(q.exec(
            QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(role, ServerRoles::clerk())));
        clerkLocation = TestSupport::locationWithUser(location, role);
    }
    Workspace workspace;
    QVERIFY(!workspace.open(clerkLocation).isValid());
    MainWindow window(&workspace);
    auto *label = window.findChild<QLabel *>(QStringLiteral("userLabel"));
    QVERIFY(label);
    if (!TestSupport::isPostgres()) {
        // One desk on a file: no users, no roles, nothing to show.
        QVERIFY(label->text().isEmpty());
        QVERIFY(workspace.permissions().may(Permissions::IssueLetters));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("newCampaign"))->isVisible());
        return;
    }
    // A clerk does not set campaigns up: the menu entries are hidden.
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("newCampaign"))->isVisible());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("editCampaign"))->isVisible());
    const QString dir = qEnvironmentVariable("SECRETARIAT_SCREENSHOTS");
    if (!dir.isEmpty()) {
        window.resize(1000, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.grab().save(dir + QStringLiteral("/mainwindow-clerk.png")));
    }
    QVERIFY2(label->text().contains(QStringLiteral("uiclerk_")), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QStringLiteral("clerk")), qPrintable(label->text()));
    QVERIFY(!workspace.permissions().may(Permissions::IssueLetters));
    QVERIFY(workspace.permissions().may(Permissions::EditUnits));
}

void tst_UiConnection::chineseScreens()
{
    // The dialog in Chinese; with SECRETARIAT_SCREENSHOTS=DIR it is also saved there as a PNG.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/secretariat_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    {
        ConnectionDialog dialog;
        dialog.setLocation(
            QStringLiteral("postgresql://alice@db.office.example.cn:5433/secretariat"));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("连接服务器"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString dir = qEnvironmentVariable("SECRETARIAT_SCREENSHOTS");
        if (!dir.isEmpty())
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/connection-dialog.png")));
    }
    QCoreApplication::removeTranslator(&translator);
}

void tst_UiConnection::campaignDialogConflictReloadOrOverwrite()
{
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("conflict-dialog"));
    auto mine = TestSupport::openMigrated(location);
    auto theirs = TestSupport::openMigrated(location);
    QVERIFY(mine && theirs);
    Campaign c;
    c.year = 2024;
    c.title = QStringLiteral("Original");
    c.startDate = QDate(2024, 7, 17);
    c.endDate = QDate(2024, 7, 26);
    QVERIFY(CampaignRepository(*mine).add(c).isEmpty());

    CampaignDialog dialog(*mine, c);
    auto titleEdit = [&] {
        for (QLineEdit *e : dialog.findChildren<QLineEdit *>())
            if (e->placeholderText().contains(QStringLiteral("Survey")))
                return e;
        return static_cast<QLineEdit *>(nullptr);
    };
    QVERIFY(titleEdit());
    // Someone else renames the campaign while the dialog is open.
    Campaign other = *CampaignRepository(*theirs).byId(c.id);
    other.title = QStringLiteral("Their title");
    QVERIFY(CampaignRepository(*theirs).update(other).isEmpty());

    // Reload: the dialog stays open showing their version.
    titleEdit()->setText(QStringLiteral("My title"));
    QString said;
    TestSupport::answerConflict(QStringLiteral("reload"), &said);
    dialog.accept();
    QVERIFY2(said.contains(theirs->userName()), qPrintable(said));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(titleEdit()->text(), QStringLiteral("Their title"));
    QCOMPARE(CampaignRepository(*mine).byId(c.id)->title, QStringLiteral("Their title"));

    // They change it again; this time the user overwrites.
    other.title = QStringLiteral("Their second title");
    QVERIFY(CampaignRepository(*theirs).update(other).isEmpty());
    titleEdit()->setText(QStringLiteral("My title"));
    TestSupport::answerConflict(QStringLiteral("overwrite"), &said);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Campaign stored = *CampaignRepository(*mine).byId(c.id);
    QCOMPARE(stored.title, QStringLiteral("My title"));
    QCOMPARE(stored.rowVersion, 4);
}

QTEST_MAIN(tst_UiConnection)
#include "tst_ui_connection.moc"
