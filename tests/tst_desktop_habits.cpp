// Desktop habits: the recent databases, and the window coming back as the user left it (page,
// column widths, sort order, splitter) after it is created again.
#include "TestSupport.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "demo/DemoDataGenerator.h"
#include "dialogs/UserGuideDialog.h"
#include "session/Workspace.h"

#include <QAction>
#include <QDir>
#include <QHeaderView>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

class tst_DesktopHabits : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void recentDatabasesKeepEightMostRecentFirst();
    void recentMenuGreysMissingFilesAndClears();
    void layoutComesBack();
    void userGuideOpensWithPictures();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void tst_DesktopHabits::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A settings file of this test's own: the SQLite and PostgreSQL runs go in parallel.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SecretariatTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desktop_habits"));
    m_path = TestSupport::newDatabaseLocation(QStringLiteral("habits"));
    auto db = TestSupport::openMigrated(m_path);
    QVERIFY(db);
    QVERIFY(DemoDataGenerator(*db).generate(2024).isEmpty());
}

void tst_DesktopHabits::init()
{
    QSettings().clear();
}

void tst_DesktopHabits::recentDatabasesKeepEightMostRecentFirst()
{
    for (int i = 1; i <= 10; ++i)
        AppSettings::addRecentDatabase(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(i)));
    QStringList recent = AppSettings::recentDatabases();
    QCOMPARE(recent.size(), AppSettings::maxRecentDatabases);
    QCOMPARE(recent.first(), m_dir.filePath(QStringLiteral("db10.sqlite")));
    QCOMPARE(recent.last(), m_dir.filePath(QStringLiteral("db3.sqlite")));

    // Opening one again moves it to the top without a duplicate.
    AppSettings::setLastDatabase(m_dir.filePath(QStringLiteral("db5.sqlite")));
    recent = AppSettings::recentDatabases();
    QCOMPARE(recent.size(), 8);
    QCOMPARE(recent.first(), m_dir.filePath(QStringLiteral("db5.sqlite")));
    QCOMPARE(recent.count(m_dir.filePath(QStringLiteral("db5.sqlite"))), 1);
    QCOMPARE(AppSettings::lastDatabase(), m_dir.filePath(QStringLiteral("db5.sqlite")));

    // A server's password is never written down.
    AppSettings::setLastDatabase(QStringLiteral("postgresql://li:secret@dbhost:5432/secretariat"));
    recent = AppSettings::recentDatabases();
    QCOMPARE(recent.first(), QStringLiteral("postgresql://li@dbhost:5432/secretariat"));
    QSettings().sync();
    QFile file(QSettings().fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("secret@"));

    AppSettings::clearRecentDatabases();
    QVERIFY(AppSettings::recentDatabases().isEmpty());
}

void tst_DesktopHabits::recentMenuGreysMissingFilesAndClears()
{
    const QString gone = m_dir.filePath(QStringLiteral("gone.sqlite"));
    AppSettings::addRecentDatabase(gone);
    AppSettings::setLastDatabase(m_path);

    Workspace workspace;
    QVERIFY(!workspace.open(m_path).isValid());
    MainWindow window(&workspace);
    auto *menu = window.findChild<QMenu *>(QStringLiteral("recentDatabases"));
    QVERIFY(menu);
    emit menu->aboutToShow();
    QList<QAction *> entries;
    for (QAction *a : menu->actions()) {
        if (!a->data().toString().isEmpty())
            entries << a;
    }
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0]->data().toString(), AppSettings::recentDatabases().first());
    QCOMPARE(entries[1]->data().toString(), gone);
    QCOMPARE(entries[0]->isEnabled(),
             TestSupport::isPostgres() || QFileInfo::exists(entries[0]->data().toString()));
    QVERIFY(!entries[1]->isEnabled()); // greyed: the file is gone
    QVERIFY(!QFileInfo::exists(gone)); // and listing it did not create it

    auto *clear = menu->findChild<QAction *>(QStringLiteral("clearRecentDatabases"));
    QVERIFY(clear);
    QVERIFY(clear->isEnabled());
    clear->trigger();
    QVERIFY(AppSettings::recentDatabases().isEmpty());
    QCoreApplication::processEvents(); // the menu is rebuilt after the action returns
    int left = 0;
    for (QAction *a : menu->actions())
        left += a->data().toString().isEmpty() ? 0 : 1;
    QCOMPARE(left, 0);
    QVERIFY(!menu->findChild<QAction *>(QStringLiteral("clearRecentDatabases"))->isEnabled());
}

void tst_DesktopHabits::layoutComesBack()
{
    Workspace workspace;
    QVERIFY(!workspace.open(m_path).isValid());
    int widthBefore = 0;
    QSize sizeBefore;
    QList<int> splitterBefore;
    {
        MainWindow window(&workspace);
        window.resize(1310, 850);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        sizeBefore = window.size();
        auto *units = window.findChild<QTableView *>(QStringLiteral("unitTable"));
        QVERIFY(units);
        QHeaderView *header = units->horizontalHeader();
        QVERIFY(header->count() > 3);
        header->resizeSection(2, 173);
        units->sortByColumn(3, Qt::DescendingOrder);
        widthBefore = header->sectionSize(2);
        QCOMPARE(widthBefore, 173);

        auto *letters = window.findChild<QTableView *>(QStringLiteral("lettersView"));
        QVERIFY(letters);
        letters->horizontalHeader()->resizeSection(0, 211);

        QVERIFY(window.showPage(QStringLiteral("links")));
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("linksSplitter"));
        QVERIFY(splitter);
        QTest::qWait(50);
        const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
        splitter->setSizes({total - 400, 400});
        splitterBefore = splitter->sizes();
    } // closing saves

    MainWindow again(&workspace);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    auto *nav = again.findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(nav->currentRow(), int(MainWindow::LinksPageIndex));
    QCOMPARE(again.size(), sizeBefore);
    auto *units = again.findChild<QTableView *>(QStringLiteral("unitTable"));
    QCOMPARE(units->horizontalHeader()->sectionSize(2), widthBefore);
    QCOMPARE(units->horizontalHeader()->sortIndicatorSection(), 3);
    QCOMPARE(units->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    auto *letters = again.findChild<QTableView *>(QStringLiteral("lettersView"));
    QCOMPARE(letters->horizontalHeader()->sectionSize(0), 211);
    auto *splitter = again.findChild<QSplitter *>(QStringLiteral("linksSplitter"));
    QCOMPARE(splitter->sizes(), splitterBefore);
}

void tst_DesktopHabits::userGuideOpensWithPictures()
{
    Workspace workspace;
    QVERIFY(!workspace.open(m_path).isValid());
    MainWindow window(&workspace);
    auto *action = window.findChild<QAction *>(QStringLiteral("userGuideAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
    action->trigger();
    auto *guide = window.findChild<UserGuideDialog *>();
    QVERIFY(guide);
    QVERIFY(guide->isVisible());
    const QString text = guide->browser()->toPlainText();
    for (const char *role : {"登记员", "协调员", "管理人员", "服务器管理员"})
        QVERIFY2(text.contains(QString::fromUtf8(role)), role);
    // Every picture the guide shows is embedded with it.
    const QStringList pictures
        = {QStringLiteral("units"), QStringLiteral("letters"), QStringLiteral("links"),
           QStringLiteral("tallies"), QStringLiteral("dashboard")};
    for (const QString &name : pictures) {
        const QUrl url(QStringLiteral("images/%1.png").arg(name));
        const QVariant image = guide->browser()->loadResource(QTextDocument::ImageResource, url);
        QVERIFY2(!image.toByteArray().isEmpty() || !image.value<QImage>().isNull(),
                 qPrintable(name));
    }
    action->trigger(); // F1 again shows the same window
    QCOMPARE(window.findChildren<UserGuideDialog *>().size(), 1);
}

QTEST_MAIN(tst_DesktopHabits)
#include "tst_desktop_habits.moc"
