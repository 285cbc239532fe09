// Writes wait for another desk's write lock for as long as it is held (up to --wait), never
// failing half-way when it is released, and give up cleanly when told to (issue: a write that
// waited longer than the busy timeout failed at the moment the lock was released, because the
// failed attempt's error outlived the attempt that succeeded). SQLite: another program holding
// BEGIN IMMEDIATE. The busy timeout is shortened to 1 s for the test (SECRETARIAT_BUSY_TIMEOUT_MS),
// so "twice the busy timeout" is a few seconds.
#include "TestSupport.h"

#include "db/Database.h"
#include "db/WriteWait.h"
#include "demo/DemoDataGenerator.h"
#include "dialogs/DeskWaitIndicator.h"
#include "repo/CampaignRepository.h"

#include <QApplication>
#include <QMainWindow>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <thread>

namespace {
constexpr int kBusyMs = 1000;

// Holds SQLite's write lock on path from another connection for holdMs, as another program
// would; started() returns once the lock is held.
class LockHolder
{
public:
    LockHolder(const QString &path, int holdMs)
    {
        m_thread = std::thread([this, path, holdMs] {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                            QStringLiteral("holder"));
                db.setDatabaseName(path);
                m_ok = db.open() && QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"));
                m_held.release();
                QThread::msleep(holdMs);
                QSqlQuery(db).exec(QStringLiteral("COMMIT"));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        });
        m_held.acquire();
    }
    ~LockHolder() { m_thread.join(); }
    bool ok() const { return m_ok; }

private:
    std::thread m_thread;
    QSemaphore m_held;
    bool m_ok = false;
};

QString column(const QString &csvLine, int index)
{
    return csvLine.split(QLatin1Char(',')).value(index).trimmed();
}
} // namespace

class tst_DbWait : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyWriteCommandWaitsOutALongLock();
    void givesUpCleanlyAfterWait();
    void guiShowsTheWaitAndCancels();

private:
    TestSupport::CliResult cli(const QStringList &args);
    QStringList withDb(const QStringList &args) const;

    QTemporaryDir m_dir;
    QString m_path;
};

void tst_DbWait::initTestCase()
{
    if (TestSupport::isPostgres())
        QSKIP("the write lock of an SQLite file; PostgreSQL queues writers itself");
    qputenv("SECRETARIAT_BUSY_TIMEOUT_MS", QByteArray::number(kBusyMs));
    QCoreApplication::setOrganizationName(QStringLiteral("SecretariatTests"));
    m_path = m_dir.filePath(QStringLiteral("wait.sqlite"));
    auto db = TestSupport::openMigrated(m_path);
    QVERIFY(db);
    QVERIFY(DemoDataGenerator(*db).generate(2024).isEmpty());
}

QStringList tst_DbWait::withDb(const QStringList &args) const
{
    return QStringList {QStringLiteral("--db"), m_path} + args;
}

TestSupport::CliResult tst_DbWait::cli(const QStringList &args)
{
    return TestSupport::runCli(withDb(args));
}

void tst_DbWait::everyWriteCommandWaitsOutALongLock()
{
    // What the writes work on, read before the lock is taken.
    const auto links = cli({QStringLiteral("links"), QStringLiteral("list"),
                            QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(links.exitCode, 0);
    const QStringList linkRows = links.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(linkRows.size() > 3);
    const int tokenColumn
        = linkRows.first().split(QLatin1Char(',')).indexOf(QStringLiteral("token"));
    QVERIFY(tokenColumn >= 0);
    const QString token = column(linkRows.at(1), tokenColumn);
    const QString otherToken = column(linkRows.at(2), tokenColumn);
    const auto letters = cli({QStringLiteral("letters"), QStringLiteral("list"),
                              QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(letters.exitCode, 0);
    const QString number = column(letters.out.split(QLatin1Char('\n')).value(1), 0);
    QVERIFY(!number.isEmpty());
    const auto units = cli({QStringLiteral("units"), QStringLiteral("list"),
                            QStringLiteral("--format"), QStringLiteral("csv")});
    const QString unitId = column(units.out.split(QLatin1Char('\n')).value(1), 0);
    const QString unitName = column(units.out.split(QLatin1Char('\n')).value(1), 1);
    QVERIFY(!unitId.isEmpty());

    const auto write = [this](const QString &name, const QByteArray &text) {
        QFile f(m_dir.filePath(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(text);
        return f.fileName();
    };
    const QString unitsFile = write(
        QStringLiteral("units.csv"),
        "name,kind,region,city,contact,phone,email,position,parent,target\n"
        "等待测试协会,initiating-1,广东省,深圳市,王测试,13800138000,wait@example.cn,秘书长,,100\n");
    const QString targetsFile
        = write(QStringLiteral("targets.csv"),
                QStringLiteral("unit,target\n%1,4321\n").arg(unitName).toUtf8());
    const QString tallyFile
        = write(QStringLiteral("daily.csv"),
                QStringLiteral("link,date,valid\n%1,2024-07-20,77\n").arg(token).toUtf8());

    const QList<QStringList> commands = {
        {QStringLiteral("campaign"), QStringLiteral("add"), QStringLiteral("--year"),
         QStringLiteral("2040"), QStringLiteral("--start"), QStringLiteral("2040-07-17"),
         QStringLiteral("--end"), QStringLiteral("2040-07-26")},
        {QStringLiteral("units"), QStringLiteral("import"), unitsFile},
        {QStringLiteral("targets"), QStringLiteral("import"), targetsFile},
        {QStringLiteral("tallies"), QStringLiteral("import"), tallyFile},
        {QStringLiteral("links"), QStringLiteral("issue"), QStringLiteral("--campaign"),
         QStringLiteral("2024"), QStringLiteral("--unit"), unitId, QStringLiteral("--count"),
         QStringLiteral("2")},
        {QStringLiteral("links"), QStringLiteral("request"), QStringLiteral("--campaign"),
         QStringLiteral("2024"), QStringLiteral("--unit"), unitId, QStringLiteral("--count"),
         QStringLiteral("3")},
        {QStringLiteral("links"), QStringLiteral("revoke"), otherToken},
        {QStringLiteral("letters"), QStringLiteral("reissue"), number},
        {QStringLiteral("grades"), QStringLiteral("--apply")},
    };
    QList<QStringList> argumentLists;
    for (const QStringList &c : commands)
        argumentLists << withDb(c);

    QList<TestSupport::CliResult> results;
    {
        // Held for more than twice the busy timeout after every command has started.
        LockHolder holder(m_path, 3 * kBusyMs + 500);
        QVERIFY(holder.ok());
        results = TestSupport::runCliAtOnce(argumentLists);
    }
    for (int i = 0; i < commands.size(); ++i) {
        const QString what = commands.at(i).join(QLatin1Char(' '));
        QVERIFY2(results.at(i).exitCode == 0,
                 qPrintable(what + QStringLiteral(": ") + results.at(i).err));
        QVERIFY2(results.at(i).err.contains(QStringLiteral("waiting for another desk")),
                 qPrintable(what + QStringLiteral(": ") + results.at(i).err));
    }
    // Everything was written once.
    auto db = TestSupport::openMigrated(m_path);
    QCOMPARE(TestSupport::count(*db, QStringLiteral("campaigns"), QStringLiteral("year = 2040")),
             1);
    QCOMPARE(
        TestSupport::count(*db, QStringLiteral("units"), QStringLiteral("name = '等待测试协会'")),
        1);
    QCOMPARE(
        TestSupport::count(*db, QStringLiteral("links"),
                           QStringLiteral("status = 'revoked' AND token = '%1'").arg(otherToken)),
        1);
}

void tst_DbWait::givesUpCleanlyAfterWait()
{
    auto db = TestSupport::openMigrated(m_path);
    const qint64 before = TestSupport::count(*db, QStringLiteral("campaigns"));
    TestSupport::CliResult result;
    {
        LockHolder holder(m_path, 4 * kBusyMs);
        QVERIFY(holder.ok());
        result = cli({QStringLiteral("--wait"), QStringLiteral("1"), QStringLiteral("campaign"),
                      QStringLiteral("add"), QStringLiteral("--year"), QStringLiteral("2041"),
                      QStringLiteral("--start"), QStringLiteral("2041-07-17"),
                      QStringLiteral("--end"), QStringLiteral("2041-07-26")});
    }
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("nothing was")), qPrintable(result.err));
    QCOMPARE(TestSupport::count(*db, QStringLiteral("campaigns")), before);
    // The option after the command works too, and refuses nonsense.
    const auto bad = cli({QStringLiteral("campaign"), QStringLiteral("list"),
                          QStringLiteral("--wait"), QStringLiteral("soon")});
    QCOMPARE(bad.exitCode, 2);
}

void tst_DbWait::guiShowsTheWaitAndCancels()
{
    auto db = TestSupport::openMigrated(m_path);
    QMainWindow window;
    window.show();
    auto *indicator = new DeskWaitIndicator(&window);
    Q_UNUSED(indicator);
    const qint64 before = TestSupport::count(*db, QStringLiteral("campaigns"));
    QString shown;
    QTimer cancel;
    connect(&cancel, &QTimer::timeout, &window, [&] {
        auto *box = window.findChild<QProgressDialog *>(QStringLiteral("deskWait"));
        if (box && box->isVisible() && box->labelText().contains(QStringLiteral("(2 s)"))) {
            shown = box->labelText();
            box->cancel();
        }
    });
    cancel.start(50);
    Problems problems;
    {
        LockHolder holder(m_path, 6 * kBusyMs);
        QVERIFY(holder.ok());
        Campaign c;
        c.year = 2042;
        c.title = QStringLiteral("2042");
        c.startDate = QDate(2042, 7, 17);
        c.endDate = QDate(2042, 7, 26);
        problems = CampaignRepository(*db).add(c);
    }
    cancel.stop();
    QVERIFY2(shown.contains(QStringLiteral("Another desk is writing")), qPrintable(shown));
    QVERIFY(!problems.isEmpty());
    QVERIFY2(formatProblems(problems).contains(QStringLiteral("cancelled while waiting")),
             qPrintable(formatProblems(problems)));
    QCOMPARE(TestSupport::count(*db, QStringLiteral("campaigns")), before);
    QVERIFY(!window.findChild<QProgressDialog *>(QStringLiteral("deskWait")));
}

QTEST_MAIN(tst_DbWait)
#include "tst_db_wait.moc"
