#pragma once

#include <QByteArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <variant>
#include <vector>

class Database;
struct sqlite3_stmt;

// Many rows into a table within the caller's transaction, the quickest way each database takes
// them (issue #18: an import's sums and withdrawal record, 10,000 rows each for 1,000 links over
// 10 days):
// - SQLite: statements prepared with SQLite's own API, 64 rows a statement (VALUES (…), (…),
//   …; the rest one row a statement), bound (sqlite3_bind_int64, sqlite3_bind_text16) and
//   stepped: a few µs a row, where QSqlQuery's binding (Qt 6.4 names each placeholder and looks
//   it up in a hash) or rows passed as JSON arrays and taken apart with json_extract cost about
//   10 (bench/README.md, "the store after the rows").
// - PostgreSQL: the rows as JSON arrays of 4,096 rows, one bound value and one round trip each
//   (Dialect::selectJsonRows), not a round trip a row.
// The statement is the caller's with %1 where the rows come in, e.g. "INSERT INTO t (a, b) %1
// ON CONFLICT (a) DO UPDATE SET b = excluded.b"; types names each column's SQL type (BIGINT or
// TEXT), in order. Texts are bound as values (never spliced into the SQL).
class BulkInsert
{
public:
    using Value = std::variant<qint64, QString>;

    BulkInsert(Database &db, const QString &sql, const QStringList &types);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    // One row, a value a column (qint64 for BIGINT, QString for TEXT). Inserted now (SQLite) or
    // with the next 4,096 (PostgreSQL). After an error the rows are ignored; finish() says it.
    void add(std::initializer_list<Value> row);
    // Inserts what is pending; the first error (the database's own words), or none.
    QSqlError finish();

private:
    void addSqlite(std::initializer_list<Value> row);
    // Binds values (whole rows) to statement and steps it once.
    void stepSqlite(sqlite3_stmt *statement, const Value *values, qsizetype count);
    sqlite3_stmt *prepareSqlite(const QString &sql, qsizetype rows);
    void addJson(std::initializer_list<Value> row);
    void flushJson();
    void failSqlite();

    Database &m_db;
    QSqlError m_error;
    qsizetype m_columns = 0;
    // SQLite
    sqlite3_stmt *m_statement = nullptr; // kRowsAStatement rows
    sqlite3_stmt *m_oneRow = nullptr;
    std::vector<Value> m_rows; // the values of the rows not inserted yet
    // PostgreSQL
    QSqlQuery m_query;
    QByteArray m_json; // "[row,row,..." of the pending rows
    qsizetype m_pending = 0;
};
