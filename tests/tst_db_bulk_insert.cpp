// BulkInsert on both backends (SQLite's own API 64 rows a statement, PostgreSQL's JSON arrays of
// 4,096): every row in, exactly as given, at each statement's boundary; texts that JSON escapes
// or SQLite binds as UTF-16 read back unchanged; ON CONFLICT as the caller wrote it; a row the
// database refuses gives the database's own words, and the transaction around it loses the rest.
#include "TestSupport.h"

#include "db/BulkInsert.h"
#include "db/Database.h"
#include "db/Transaction.h"

#include <QSqlQuery>
#include <QTest>

class tst_DbBulkInsert : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyRowAsGiven_data();
    void everyRowAsGiven();
    void conflictsAsTheStatementSays();
    void refusedRowSaysWhy();

private:
    QString insertInto(const QString &table) const;
    QStringList readBack(const QString &table);

    std::unique_ptr<Database> m_db;
};

void tst_DbBulkInsert::initTestCase()
{
    m_db = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("bulk")));
    QSqlQuery q(m_db->connection());
    QVERIFY2(q.exec(QStringLiteral("CREATE TABLE bulk_rows (n BIGINT PRIMARY KEY, label TEXT "
                                   "NOT NULL CHECK (label <> 'refused'), total BIGINT NOT NULL)")),
             qPrintable(q.lastError().text()));
}

QString tst_DbBulkInsert::insertInto(const QString &table) const
{
    return QStringLiteral("INSERT INTO %1 (n, label, total) %2").arg(table, QStringLiteral("%1"));
}

QStringList tst_DbBulkInsert::readBack(const QString &table)
{
    QStringList rows;
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT n, label, total FROM %1 ORDER BY n").arg(table)))
        return {q.lastError().text()};
    while (q.next())
        rows << QStringLiteral("%1|%2|%3")
                    .arg(q.value(0).toLongLong())
                    .arg(q.value(1).toString())
                    .arg(q.value(2).toLongLong());
    return rows;
}

void tst_DbBulkInsert::everyRowAsGiven_data()
{
    QTest::addColumn<int>("rows");
    for (const int n : {0, 1, 63, 64, 65, 128, 200, 4095, 4096, 4097, 9000})
        QTest::newRow(qPrintable(QStringLiteral("%1 rows").arg(n))) << n;
}

void tst_DbBulkInsert::everyRowAsGiven()
{
    QFETCH(int, rows);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM bulk_rows")));
    // Quotes, backslashes, control characters, Chinese, a character outside the BMP, an empty
    // text, and numbers at 64 bits' ends.
    const QStringList labels = {QStringLiteral("单位甲"),
                                QStringLiteral("a \"quoted\" \\ back\\slash"),
                                QStringLiteral("tab\tnew\nline\r\x01 end"),
                                QString(),
                                QStringLiteral("𠀀 rare 𪚥"),
                                QStringLiteral("2024-07-05")};
    QStringList expected;
    {
        Transaction tx(*m_db);
        BulkInsert insert(
            *m_db, insertInto(QStringLiteral("bulk_rows")),
            {QStringLiteral("BIGINT"), QStringLiteral("TEXT"), QStringLiteral("BIGINT")});
        for (int i = 0; i < rows; ++i) {
            const qint64 n = i == 1 ? std::numeric_limits<qint64>::min() : qint64(i) * 7919;
            const qint64 total = i == 2 ? std::numeric_limits<qint64>::max() : -i;
            const QString label = labels.at(i % labels.size()) + QString::number(i);
            insert.add({n, label, total});
            expected << QStringLiteral("%1|%2|%3").arg(n).arg(label).arg(total);
        }
        const QSqlError error = insert.finish();
        QVERIFY2(!error.isValid(), qPrintable(error.text()));
        QVERIFY(!tx.commit().isValid());
    }
    std::sort(expected.begin(), expected.end(), [](const QString &a, const QString &b) {
        return a.section(QLatin1Char('|'), 0, 0).toLongLong()
            < b.section(QLatin1Char('|'), 0, 0).toLongLong();
    });
    QCOMPARE(readBack(QStringLiteral("bulk_rows")), expected);
}

void tst_DbBulkInsert::conflictsAsTheStatementSays()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM bulk_rows")));
    const auto store = [this](qint64 from, qint64 to) {
        BulkInsert insert(
            *m_db,
            insertInto(QStringLiteral("bulk_rows"))
                + QStringLiteral(" ON CONFLICT (n) DO UPDATE SET total = "
                                 "bulk_rows.total + excluded.total"),
            {QStringLiteral("BIGINT"), QStringLiteral("TEXT"), QStringLiteral("BIGINT")});
        for (qint64 n = from; n < to; ++n)
            insert.add({n, QStringLiteral("x"), qint64(1)});
        return insert.finish();
    };
    QVERIFY(!store(0, 100).isValid());
    QVERIFY(!store(50, 150).isValid()); // 50..99 add up
    QCOMPARE(TestSupport::count(*m_db, QStringLiteral("bulk_rows")), qint64(150));
    QCOMPARE(TestSupport::count(*m_db, QStringLiteral("bulk_rows"), QStringLiteral("total = 2")),
             qint64(50));
}

void tst_DbBulkInsert::refusedRowSaysWhy()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM bulk_rows")));
    for (const int at : {10, 70, 130}) { // in a full statement, and among the rest
        Transaction tx(*m_db);
        BulkInsert insert(
            *m_db, insertInto(QStringLiteral("bulk_rows")),
            {QStringLiteral("BIGINT"), QStringLiteral("TEXT"), QStringLiteral("BIGINT")});
        for (int i = 0; i < 150; ++i)
            insert.add(
                {qint64(i), i == at ? QStringLiteral("refused") : QStringLiteral("ok"), qint64(i)});
        const QSqlError error = insert.finish();
        QVERIFY2(error.isValid(), "a row the CHECK refuses is an error");
        QVERIFY2(error.text().contains(QLatin1String("check"), Qt::CaseInsensitive)
                     || error.text().contains(QLatin1String("CHECK")),
                 qPrintable(error.text()));
        tx.rollback();
        QCOMPARE(TestSupport::count(*m_db, QStringLiteral("bulk_rows")), qint64(0));
    }
    // A statement the database cannot prepare (no such table) says so, and nothing is added.
    BulkInsert missing(
        *m_db, insertInto(QStringLiteral("no_such_table")),
        {QStringLiteral("BIGINT"), QStringLiteral("TEXT"), QStringLiteral("BIGINT")});
    missing.add({qint64(1), QStringLiteral("a"), qint64(1)});
    const QSqlError error = missing.finish();
    QVERIFY(error.isValid());
    QVERIFY2(error.text().contains(QLatin1String("no_such_table")), qPrintable(error.text()));
}

QTEST_GUILESS_MAIN(tst_DbBulkInsert)
#include "tst_db_bulk_insert.moc"
