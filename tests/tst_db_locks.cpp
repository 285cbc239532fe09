// The program keeps SQLite's POSIX locks on its open database file while its file dialogs list
// the database's folder, and while other programs use the file at the same time (issue: a file
// dialog that sniffed the -wal and -shm files dropped the locks; the next program then deleted
// the -wal and -shm files still in use, and the database was corrupted). Locks are read from
// /proc/locks, as the kernel sees them. SQLite only: PostgreSQL has no such files.
#include "TestSupport.h"

#include "MainWindow.h"
#include "db/Database.h"
#include "db/DatabaseFiles.h"
#include "demo/DemoDataGenerator.h"
#include "dialogs/FileDialog.h"
#include "dialogs/SafeFileIconProvider.h"
#include "io/TableReader.h"
#include "io/CsvWriter.h"
#include "progress/ProgressCache.h"
#include "repo/CampaignRepository.h"
#include "session/Workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QDirIterator>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QScopeGuard>
#include <QTimer>
#include <QTranslator>

namespace {
struct Locks
{
    int database = 0;
    int shm = 0;
    bool operator==(const Locks &o) const { return database == o.database && shm == o.shm; }
};

Locks locksOn(const QString &path)
{
    return {DatabaseFiles::locksHeld(path),
            DatabaseFiles::locksHeld(path + QStringLiteral("-shm"))};
}

QString sqliteShell(const QString &path, const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), path, sql});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("ERROR: ") + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}
} // namespace

class tst_DbLocks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void iconProviderNeverOpensFiles();
    void everyFileDialogKeepsLocks_data();
    void everyFileDialogKeepsLocks();
    void secondProcessesWhileDialogOpen();
    void databaseFilesAreRefused();
    void lostLocksAreRecovered();
    void lostLocksSeenWhileAnotherConnectionReads();
    void errorsReadInTheUsersLanguage();
    void noOtherFileDialogs();

private:
    // Shows the folder of the database in the dialog, in the detail view (type column), waits
    // until it is listed and its icons and types are fetched, then runs during() and rejects it.
    void inspect(QFileDialog *dialog);
    // Answers whatever modal window is up: a file dialog is left to the FileDialog hook; a
    // message box is accepted; a wizard gets its browse button clicked once, then is closed.
    void answerModal();
    // Waits until no reader of the dashboard's is at work: it reads on a worker thread with a
    // connection of its own (when the window is made, and again after each reconnect, which
    // announces DataEvents::Everything), and a connection beside this one changes what a
    // reconnect can take back (lostLocksSeenWhileAnotherConnectionReads).
    void waitForReaders();

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    Locks m_baseline;
    QList<Locks> m_seen;
    QStringList m_dialogs;
    std::function<void()> m_during;
    QSet<QWidget *> m_browsed;
};

void tst_DbLocks::initTestCase()
{
    if (TestSupport::isPostgres())
        QSKIP("SQLite files only");
    if (DatabaseFiles::locksHeld(QStringLiteral("/proc/self/exe")) < 0)
        QSKIP("no /proc/locks");
    QCoreApplication::setOrganizationName(QStringLiteral("SecretariatTests"));
    m_path = m_dir.filePath(QStringLiteral("d.sqlite"));
    {
        auto db = TestSupport::openMigrated(m_path);
        QVERIFY(db);
        QVERIFY(DemoDataGenerator(*db).generate(2024).isEmpty());
    }
    // What else a clerk keeps in that folder: files the dialogs list too.
    for (const QString &name :
         {QStringLiteral("units.csv"), QStringLiteral("notes"), QStringLiteral("tally.xlsx")}) {
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a,b\n1,2\n");
    }
}

void tst_DbLocks::init()
{
    m_workspace = std::make_unique<Workspace>();
    QVERIFY(!m_workspace->open(m_path).isValid());
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_baseline = locksOn(m_path);
    QVERIFY2(m_baseline.database > 0, "SQLite holds a shared lock on a WAL database it has open");
    QVERIFY(m_baseline.shm > 0);
    m_seen.clear();
    m_dialogs.clear();
    m_browsed.clear();
    m_during = nullptr;
    FileDialog::setShownHook([this](QFileDialog *d) { inspect(d); });
}

void tst_DbLocks::cleanup()
{
    FileDialog::setShownHook(nullptr);
    m_window.reset();
    m_workspace.reset();
}

void tst_DbLocks::inspect(QFileDialog *dialog)
{
    // Whatever happens below, the dialog closes: a failed check must not leave it waiting.
    const auto close = qScopeGuard([dialog] { dialog->reject(); });
    m_dialogs << dialog->windowTitle();
    QVERIFY(dialog->testOption(QFileDialog::DontUseNativeDialog));
    auto *model = dialog->findChild<QFileSystemModel *>();
    QVERIFY(model);
    const QString folder = m_dir.path();
    dialog->setViewMode(QFileDialog::Detail);
    dialog->setDirectory(folder);
    // The folder is listed (a filter may hide all but the database), then a gatherer thread
    // fetches every file's icon and type, the filtered-out ones too.
    QTRY_COMPARE_WITH_TIMEOUT(model->rootPath(), folder, 5000);
    const QModelIndex root = model->index(folder);
    for (int r = 0; r < model->rowCount(root); ++r) {
        model->data(model->index(r, 0, root), Qt::DecorationRole);
        model->data(model->index(r, 2, root), Qt::DisplayRole);
    }
    QTest::qWait(1500);
    for (int r = 0; r < model->rowCount(root); ++r)
        model->data(model->index(r, 2, root), Qt::DisplayRole);
    m_seen << locksOn(m_path);
    if (m_during)
        m_during();
    m_seen << locksOn(m_path);
}

void tst_DbLocks::answerModal()
{
    QWidget *modal = QApplication::activeModalWidget();
    if (!modal || qobject_cast<QFileDialog *>(modal))
        return;
    if (auto *box = qobject_cast<QMessageBox *>(modal)) {
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::AcceptRole
                || box->buttonRole(b) == QMessageBox::YesRole) {
                b->click();
                return;
            }
        }
        box->reject();
        return;
    }
    auto *dialog = qobject_cast<QDialog *>(modal);
    if (!dialog || !dialog->isVisible())
        return;
    if (!m_browsed.contains(dialog)) {
        for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
            const QString text = b->text();
            if (text == QStringLiteral("Browse…") || text == QStringLiteral("Add files…")) {
                m_browsed.insert(dialog);
                QTimer::singleShot(0, b, &QPushButton::click);
                return;
            }
        }
    }
    dialog->reject();
}

void tst_DbLocks::iconProviderNeverOpensFiles()
{
    const Locks before = locksOn(m_path);
    SafeFileIconProvider *provider = SafeFileIconProvider::instance();
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    int files = 0;
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        QVERIFY(!provider->type(info).isEmpty());
        provider->icon(info);
        ++files;
    }
    QVERIFY(files >= 6); // d.sqlite, -wal, -shm and the clerk's files
    QCOMPARE(locksOn(m_path), before);
    QCOMPARE(provider->type(QFileInfo(m_dir.filePath(QStringLiteral("notes")))),
             QStringLiteral("File"));
}

void tst_DbLocks::everyFileDialogKeepsLocks_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("action");
    QTest::newRow("new database") << QString() << QStringLiteral("&New Database…");
    QTest::newRow("open database") << QString() << QStringLiteral("&Open Database…");
    QTest::newRow("export units") << QStringLiteral("units") << QStringLiteral("Export…");
    QTest::newRow("import units") << QStringLiteral("units") << QStringLiteral("Import…");
    QTest::newRow("export links") << QStringLiteral("links") << QStringLiteral("&Export…");
    QTest::newRow("letters as PDF")
        << QStringLiteral("letters") << QStringLiteral("Save all as PDF…");
    QTest::newRow("import tallies") << QStringLiteral("tallies") << QStringLiteral("Import…");
    QTest::newRow("import targets")
        << QStringLiteral("dashboard") << QStringLiteral("Import targets…");
    QTest::newRow("export progress")
        << QStringLiteral("dashboard") << QStringLiteral("Progress (CSV or Excel)…");
    QTest::newRow("charts as PNG")
        << QStringLiteral("dashboard") << QStringLiteral("Charts as PNG…");
}

void tst_DbLocks::everyFileDialogKeepsLocks()
{
    QFETCH(QString, page);
    QFETCH(QString, action);
    if (!page.isEmpty())
        QVERIFY(m_window->showPage(page));
    // The page's own action: one with the text whose toolbar button or menu is shown.
    QAction *found = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        bool shown = page.isEmpty();
        for (QObject *o : a->associatedObjects()) {
            auto *w = qobject_cast<QWidget *>(o);
            if (auto *menu = qobject_cast<QMenu *>(o))
                w = menu->parentWidget(); // a tool button's menu: shown with the button
            shown = shown || (w && w->isVisible());
        }
        if (a->text() == action && a->isEnabled() && shown) {
            found = a;
            break;
        }
    }
    QVERIFY2(found, qPrintable(action));
    QTimer answering;
    connect(&answering, &QTimer::timeout, this, &tst_DbLocks::answerModal);
    answering.start(100);
    found->trigger();
    // Some wizards open without blocking (QDialog::open): wait until all is answered.
    QTRY_VERIFY2_WITH_TIMEOUT(!m_dialogs.isEmpty() && !QApplication::activeModalWidget(),
                              "no file dialog was shown", 15000);
    answering.stop();
    QVERIFY(!m_seen.isEmpty());
    for (const Locks &l : std::as_const(m_seen)) {
        QCOMPARE(l.database, m_baseline.database);
        QCOMPARE(l.shm, m_baseline.shm);
    }
    QCOMPARE(locksOn(m_path), m_baseline);
}

void tst_DbLocks::secondProcessesWhileDialogOpen()
{
    CampaignRepository campaigns(m_workspace->database());
    const auto cli = [this](const QStringList &args) {
        return TestSupport::runCli(QStringList {QStringLiteral("--db"), m_path} + args);
    };
    QString duringProblems;
    m_during = [&] {
        // Another desk (our CLI) and a third-party program (the sqlite3 shell, which deletes
        // -wal and -shm on closing when it believes itself alone) read and write meanwhile.
        const auto added
            = cli({QStringLiteral("campaign"), QStringLiteral("add"), QStringLiteral("--year"),
                   QStringLiteral("2031"), QStringLiteral("--start"), QStringLiteral("2031-07-17"),
                   QStringLiteral("--end"), QStringLiteral("2031-07-26")});
        if (added.exitCode != 0)
            duringProblems += added.err;
        const QString shell = sqliteShell(
            m_path,
            QStringLiteral("INSERT INTO db_meta(key, value) VALUES ('probe', 'shell');"
                           "SELECT count(*) FROM campaigns;"));
        if (shell.startsWith(QLatin1String("ERROR")))
            duringProblems += shell;
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (!QFile::exists(m_path + suffix))
                duringProblems
                    += QStringLiteral("%1 was deleted under the open program; ").arg(suffix);
        }
    };
    FileDialog::openFileName(m_window.get(), QStringLiteral("Open while others work"),
                             m_dir.path());
    QVERIFY2(duringProblems.isEmpty(), qPrintable(duringProblems));
    QCOMPARE(m_seen.size(), 2);
    QCOMPARE(m_seen.at(0), m_baseline);
    QCOMPARE(m_seen.at(1), m_baseline);

    // Each sees the other's changes.
    QVERIFY(campaigns.byYear(2031).has_value());
    QSqlQuery q(m_workspace->database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT value FROM db_meta WHERE key = 'probe'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("shell"));
    q.finish();
    Campaign c;
    c.year = 2032;
    c.title = QStringLiteral("2032 调查活动");
    c.startDate = QDate(2032, 7, 17);
    c.endDate = QDate(2032, 7, 26);
    QVERIFY(campaigns.add(c).isEmpty());
    const auto listed = cli({QStringLiteral("campaign"), QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(QStringLiteral("2032")), qPrintable(listed.out));
    QVERIFY(QFile::exists(m_path + QStringLiteral("-wal")));
    QVERIFY(QFile::exists(m_path + QStringLiteral("-shm")));

    m_window.reset();
    m_workspace.reset();
    QCOMPARE(sqliteShell(m_path, QStringLiteral("PRAGMA integrity_check;")), QStringLiteral("ok"));
    QCOMPARE(sqliteShell(m_path,
                         QStringLiteral("SELECT count(*) FROM campaigns WHERE year IN "
                                        "(2031, 2032);")),
             QStringLiteral("2"));
}

void tst_DbLocks::databaseFilesAreRefused()
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        const QString file = m_path + suffix;
        QVERIFY2(DatabaseFiles::isDatabaseFile(file), qPrintable(file));
        QString error;
        QVERIFY(!TableReader::open(file, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("belongs to the open database")), qPrintable(error));
        CsvWriter writer;
        QVERIFY(!writer.open(file));
        QCOMPARE(locksOn(m_path), m_baseline);
    }
    // The same file under another name.
    const QString link = m_dir.filePath(QStringLiteral("alias.csv"));
    QVERIFY(QFile::link(m_path, link));
    QVERIFY(DatabaseFiles::isDatabaseFile(link));
    QVERIFY(!DatabaseFiles::isDatabaseFile(m_dir.filePath(QStringLiteral("units.csv"))));
    QFile::remove(link);
    QCOMPARE(locksOn(m_path), m_baseline);
    QCOMPARE(sqliteShell(m_path, QStringLiteral("PRAGMA quick_check;")), QStringLiteral("ok"));
}

void tst_DbLocks::waitForReaders()
{
    for (ProgressCache *cache : m_window->findChildren<ProgressCache *>())
        QTRY_VERIFY(!cache->isLoading());
}

void tst_DbLocks::lostLocksAreRecovered()
{
    Database &db = m_workspace->database();
    waitForReaders();
    // What the file dialogs used to do: open and close a descriptor of the file.
    {
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        f.read(16);
    }
    QCOMPARE(DatabaseFiles::locksHeld(m_path), 0);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("SQLite's locks on .* were lost")));
    const int before = db.lockRecoveries();
    m_workspace->checkLocks();
    QCOMPARE(db.lockRecoveries(), before + 1);
    QVERIFY(DatabaseFiles::locksHeld(m_path) > 0);
    waitForReaders();
    // And a write checks before it begins, without waiting for the timer.
    {
        QFile f(m_path + QStringLiteral("-shm"));
        QVERIFY(f.open(QIODevice::ReadOnly));
    }
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("SQLite's locks on .* were lost")));
    Campaign c;
    c.year = 2033;
    c.title = QStringLiteral("2033");
    c.startDate = QDate(2033, 7, 17);
    c.endDate = QDate(2033, 7, 26);
    QVERIFY(CampaignRepository(db).add(c).isEmpty());
    QCOMPARE(db.lockRecoveries(), before + 2);
    QVERIFY(DatabaseFiles::locksHeld(m_path) > 0);
    QVERIFY(DatabaseFiles::locksHeld(m_path + QStringLiteral("-shm")) > 0);
}

void tst_DbLocks::lostLocksSeenWhileAnotherConnectionReads()
{
    // Another connection of this process (the dashboard reads on a worker thread with one of its
    // own) locks a byte of the -shm file for each read: that lock must not hide that the
    // dead-man switch was dropped. Seen in a CI run: the dashboard, reloading after the first
    // reconnect, read while lostLocksAreRecovered() dropped the -shm file's locks.
    Database &db = m_workspace->database();
    const QString shm = m_path + QStringLiteral("-shm");
    waitForReaders();
    auto other = std::make_unique<Database>();
    QVERIFY(!other->open(m_path).isValid());
    {
        QFile f(shm);
        QVERIFY(f.open(QIODevice::ReadOnly));
    }
    QCOMPARE(DatabaseFiles::locksHeld(shm), 0);
    {
        QSqlQuery reading(other->connection());
        QVERIFY(reading.exec(QStringLiteral("BEGIN")));
        QVERIFY(reading.exec(QStringLiteral("SELECT count(*) FROM units")) && reading.next());
        QVERIFY2(DatabaseFiles::locksHeld(shm) > 0, "a read mark");
        QCOMPARE(DatabaseFiles::locksHeld(shm, DatabaseFiles::kShmDeadManByte), 0);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("SQLite's locks on .* were lost")));
        const int before = db.lockRecoveries();
        int announced = 0;
        const QMetaObject::Connection counting
            = connect(db.events(), &DataEvents::changed, this, [&announced] { ++announced; });
        m_workspace->checkLocks();
        QCOMPARE(db.lockRecoveries(), before + 1);
        // Beside the other connection the switch cannot be taken back yet: the next check
        // tries again, without having the views read everything again (their readers would
        // keep it waiting).
        QVERIFY(db.locksPending());
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("SQLite's locks on .* were lost")));
        m_workspace->checkLocks();
        QCOMPARE(db.lockRecoveries(), before + 2);
        QCOMPARE(announced, 1);
        disconnect(counting);
        reading.finish();
        QVERIFY(reading.exec(QStringLiteral("COMMIT")));
    }
    // While the other connection is open SQLite shares its memory map of the -shm file with the
    // new one, and takes the switch only when it opens that map: it is taken again at the first
    // check after the last other connection has closed (the timer's, every 2 s).
    other.reset();
    waitForReaders();
    if (DatabaseFiles::locksHeld(shm, DatabaseFiles::kShmDeadManByte) == 0) {
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("SQLite's locks on .* were lost")));
        m_workspace->checkLocks();
    }
    QVERIFY(DatabaseFiles::locksHeld(shm, DatabaseFiles::kShmDeadManByte) > 0);
    QVERIFY(DatabaseFiles::locksHeld(m_path, DatabaseFiles::kSharedLockByte) > 0);
    QVERIFY(!db.locksPending());
}

void tst_DbLocks::errorsReadInTheUsersLanguage()
{
    const QSqlError corrupt(QStringLiteral("Unable to fetch row"),
                            QStringLiteral("database disk image is malformed"),
                            QSqlError::StatementError, QStringLiteral("11"));
    const QString text = Dialect::describeError(corrupt);
    QVERIFY2(text.contains(QStringLiteral("damaged")), qPrintable(text));
    QVERIFY2(text.contains(m_path + QStringLiteral(".backups")), qPrintable(text));
    const QSqlError full(QStringLiteral("Unable to fetch row"),
                         QStringLiteral("database or disk is full"), QSqlError::StatementError,
                         QStringLiteral("13"));
    QVERIFY(Dialect::describeError(full).contains(
        QStringLiteral("disk that holds the database is full")));
    const QSqlError lost(QStringLiteral("Unable to fetch row"),
                         QStringLiteral("terminating connection due to administrator command"),
                         QSqlError::StatementError, QStringLiteral("57P01"));
    QVERIFY(Dialect::describeError(lost).contains(
        QStringLiteral("connection to the database server was lost")));
    const QSqlError other(QStringLiteral("x"), QStringLiteral("y"), QSqlError::StatementError,
                          QStringLiteral("1"));
    QCOMPARE(Dialect::describeError(other), other.text());

    // In Chinese, as the clerk reads it.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/secretariat_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    const QString chinese = Dialect::describeError(corrupt);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(chinese.contains(QStringLiteral("数据库文件已损坏")), qPrintable(chinese));
    QVERIFY2(chinese.contains(m_path + QStringLiteral(".backups")), qPrintable(chinese));
}

void tst_DbLocks::noOtherFileDialogs()
{
    // A dialog built elsewhere would miss the safe icon provider: every one goes through
    // FileDialog (the rows above trigger a sample of them).
    const QDir root(QStringLiteral(SECRETARIAT_TEST_DATA "/../.."));
    int scanned = 0;
    for (const QString &folder : {QStringLiteral("ui"), QStringLiteral("app")}) {
        QDirIterator it(root.filePath(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QLatin1String("dialogs/FileDialog.cpp")))
                continue;
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            ++scanned;
            QVERIFY2(!text.contains(QLatin1String("QFileDialog::get"))
                         && !text.contains(QLatin1String("QFileDialog dialog"))
                         && !text.contains(QLatin1String("new QFileDialog")),
                     qPrintable(path));
        }
    }
    QVERIFY(scanned > 20);
}

QTEST_MAIN(tst_DbLocks)
#include "tst_db_locks.moc"
