// On PostgreSQL a write waiting for another desk says who that desk is: every connection names
// itself in pg_stat_activity ("secretariat desk USER@HOST", the CLI "secretariat cli ..."), write
// transactions take turns through an advisory lock, and the wait message names its holder, with
// the server user, client address and since when. In the core, the CLI's stderr and --wait.
#include "TestSupport.h"

#include "db/Database.h"
#include "db/Dialect.h"
#include "db/LockHolder.h"
#include "db/Transaction.h"
#include "db/WriteWait.h"
#include "demo/DemoDataGenerator.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>
#include <latch>

namespace {
// Holds the write lock from another connection, in another thread, until released.
class LockHolderThread
{
public:
    explicit LockHolderThread(Database &db)
        : m_thread(QThread::create([this, &db] {
            auto conn = db.clone();
            Transaction tx(*conn);
            m_held = tx.isActive();
            m_taken.count_down();
            while (!m_release)
                QThread::msleep(20);
        }))
    {
        m_thread->start();
        m_taken.wait();
    }
    ~LockHolderThread()
    {
        m_release = true;
        m_thread->wait();
        delete m_thread;
    }
    bool held() const { return m_held; }
    void release() { m_release = true; }

private:
    std::latch m_taken {1};
    std::atomic_bool m_release {false};
    bool m_held = false;
    QThread *m_thread;
};
} // namespace

class tst_DbLockHolder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void connectionsNameThemselves();
    void waitNamesTheHolder();
    void commandLineSaysWhoAndGivesUp();
    void unreadableHolderIsTheWritesError();

private:
    QString m_location;
    std::unique_ptr<Database> m_db;
};

void tst_DbLockHolder::initTestCase()
{
    if (!TestSupport::isPostgres())
        QSKIP("PostgreSQL: SQLite cannot tell who holds its write lock");
    m_location = TestSupport::newDatabaseLocation(QStringLiteral("holder"));
    m_db = TestSupport::openMigrated(m_location);
    QVERIFY(m_db);
    QVERIFY(DemoDataGenerator(*m_db).generate(2024).isEmpty());
}

void tst_DbLockHolder::connectionsNameThemselves()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral(
                "SELECT application_name FROM pg_stat_activity WHERE pid = pg_backend_pid()"))
            && q.next());
    QCOMPARE(q.value(0).toString(), LockHolder::applicationName());
    QVERIFY(LockHolder::applicationName().startsWith(QStringLiteral("secretariat desk ")));
    QVERIFY(LockHolder::applicationName().contains(QLatin1Char('@')));
    QVERIFY(LockHolder::describe(*m_db).error().isNotFound()); // nobody holds it
    // Another database on the same server in the middle of a write (another office, or a test
    // running beside this one) is not this database's holder: advisory locks are per database.
    auto other = TestSupport::openMigrated(
        TestSupport::newDatabaseLocation(QStringLiteral("holder-other")));
    QVERIFY(other);
    Transaction tx(*other);
    QVERIFY(tx.isActive());
    QVERIFY(LockHolder::describe(*m_db).error().isNotFound());
}

void tst_DbLockHolder::waitNamesTheHolder()
{
    LockHolderThread holder(*m_db);
    QVERIFY(holder.held());
    QStringList heard;
    WriteWait::setObserver([&](int seconds) {
        if (seconds >= 0) {
            heard << WriteWait::holder();
            holder.release(); // the holder finishes once this desk has said who it waits for
        }
        return true;
    });
    const auto forget = qScopeGuard([] { WriteWait::setObserver(nullptr); });
    Transaction tx(*m_db);
    QVERIFY2(tx.isActive(), qPrintable(tx.error().text()));
    QVERIFY(!tx.error().isValid());
    QVERIFY(!heard.isEmpty());
    const QString who = heard.constFirst();
    QVERIFY2(who.startsWith(LockHolder::applicationName() + QStringLiteral(" (")), qPrintable(who));
    QVERIFY2(who.contains(QStringLiteral("user ") + m_db->userName()), qPrintable(who));
    QVERIFY2(who.contains(QStringLiteral("since ")), qPrintable(who));
    QCOMPARE(WriteWait::holder(), QString()); // forgotten once the turn is taken
    QVERIFY(!tx.commit().isValid());
}

void tst_DbLockHolder::commandLineSaysWhoAndGivesUp()
{
    const qint64 links = TestSupport::count(*m_db, QStringLiteral("links"));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT MIN(unit_id) FROM links")) && q.next());
    const QString unit = q.value(0).toString();
    q.finish();
    LockHolderThread holder(*m_db);
    QVERIFY(holder.held());
    const auto r = TestSupport::runCli({QStringLiteral("--db"), m_location, QStringLiteral("links"),
                                        QStringLiteral("issue"), QStringLiteral("--wait"),
                                        QStringLiteral("1"), QStringLiteral("--campaign"),
                                        QStringLiteral("2024"), QStringLiteral("--unit"), unit,
                                        QStringLiteral("--count"), QStringLiteral("3")});
    QVERIFY2(r.exitCode == 1, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("waiting for another desk")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("held by ") + LockHolder::applicationName()),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("nothing was written")), qPrintable(r.err));
    holder.release();
    QCOMPARE(TestSupport::count(*m_db, QStringLiteral("links")), links);
}

// A desk whose role may not read pg_stat_activity (an administrator revoked it) cannot say who
// holds the lock: the read's failure is the write's error, in the server's words, not a wait
// that names nobody and then fails with "current transaction is aborted".
void tst_DbLockHolder::unreadableHolderIsTheWritesError()
{
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("holder-hidden"));
    auto owner = TestSupport::openMigrated(location);
    QVERIFY(owner);
    QSqlQuery q(owner->connection());
    // pg_catalog's views are objects of each database: this one only.
    QVERIFY2(q.exec(QStringLiteral("REVOKE SELECT ON pg_catalog.pg_stat_activity FROM PUBLIC")),
             qPrintable(q.lastError().text()));
    Database desk;
    QVERIFY(!desk.open(TestSupport::loginAs(*owner, location, QStringLiteral("hidden"),
                                            QStringLiteral("secretariat_manager")))
                 .isValid());
    LockHolderThread holder(*owner);
    QVERIFY(holder.held());
    const Lookup<QString> who = LockHolder::describe(desk);
    QVERIFY(!who);
    QVERIFY(who.error().isDatabase());
    QVERIFY2(who.error().message().contains(QStringLiteral("pg_stat_activity")),
             qPrintable(who.error().message()));
    Transaction tx(desk);
    QVERIFY(!tx.isActive());
    const QString words = Dialect::describeError(tx.error());
    QVERIFY2(words.contains(QStringLiteral("pg_stat_activity")), qPrintable(words));
    QVERIFY2(!words.contains(QStringLiteral("aborted")), qPrintable(words));
}

QTEST_MAIN(tst_DbLockHolder)
#include "tst_db_lock_holder.moc"
