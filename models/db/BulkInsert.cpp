#include "db/BulkInsert.h"

#include "db/Database.h"
#include "db/SqlPrepare.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>

#include <sqlite3.h>

namespace {

constexpr qsizetype kJsonRows = 4096; // rows per statement on PostgreSQL
// Rows per statement on SQLite: the statement's own cost (its start, its end and statement
// journal) shared by 64 rows; at most 64 × 9 of SQLite's 32,766 bound values.
constexpr qsizetype kRowsAStatement = 64;

sqlite3 *sqliteHandle(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// "VALUES (?, ?), (?, ?)" for 2 columns and 2 rows.
QString placeholders(qsizetype columns, qsizetype rows)
{
    QStringList marks;
    for (qsizetype i = 0; i < columns; ++i)
        marks << QStringLiteral("?");
    const QString row = QLatin1Char('(') + marks.join(QLatin1String(", ")) + QLatin1Char(')');
    QStringList all;
    for (qsizetype i = 0; i < rows; ++i)
        all << row;
    return QStringLiteral("VALUES ") + all.join(QLatin1String(", "));
}

// A JSON string's text, escaped by Qt's JSON writer (quotes, backslashes, control characters).
void appendJsonString(QByteArray &json, const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    json += QByteArrayView(array).sliced(1, array.size() - 2); // without the [ ]
}

} // namespace

BulkInsert::BulkInsert(Database &db, const QString &sql, const QStringList &types)
    : m_db(db)
    , m_columns(types.size())
    , m_query(db.connection())
{
    if (!db.dialect().isSQLite()) {
        if (refusedToPrepare(m_query, sql.arg(db.dialect().selectJsonRows(types))))
            m_error = m_query.lastError();
        return;
    }
    m_statement = prepareSqlite(sql, kRowsAStatement);
    m_oneRow = m_statement ? prepareSqlite(sql, 1) : nullptr;
    m_rows.reserve(size_t(kRowsAStatement * m_columns));
}

sqlite3_stmt *BulkInsert::prepareSqlite(const QString &sql, qsizetype rows)
{
    sqlite3 *connection = sqliteHandle(m_db.connection());
    if (!connection) {
        m_error = QSqlError(QString(), QStringLiteral("the database connection is closed"),
                            QSqlError::ConnectionError);
        return nullptr;
    }
    const QByteArray text = sql.arg(placeholders(m_columns, rows)).toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(connection, text.constData(), int(text.size()), &statement, nullptr)
        != SQLITE_OK) {
        failSqlite();
        sqlite3_finalize(statement);
        return nullptr;
    }
    return statement;
}

BulkInsert::~BulkInsert()
{
    sqlite3_finalize(m_statement); // a no-op on null
    sqlite3_finalize(m_oneRow);
}

void BulkInsert::add(std::initializer_list<Value> row)
{
    if (m_error.isValid())
        return;
    if (m_statement)
        addSqlite(row);
    else if (m_db.dialect().isSQLite())
        return; // not prepared: m_error says why
    else
        addJson(row);
}

void BulkInsert::addSqlite(std::initializer_list<Value> row)
{
    m_rows.insert(m_rows.end(), row.begin(), row.end());
    if (qsizetype(m_rows.size()) == kRowsAStatement * m_columns) {
        stepSqlite(m_statement, m_rows.data(), qsizetype(m_rows.size()));
        m_rows.clear();
    }
}

void BulkInsert::stepSqlite(sqlite3_stmt *statement, const Value *values, qsizetype count)
{
    for (qsizetype i = 0; i < count; ++i) {
        const Value &v = values[i];
        const int column = int(i + 1);
        const int rc = std::holds_alternative<qint64>(v)
            ? sqlite3_bind_int64(statement, column, std::get<qint64>(v))
            : sqlite3_bind_text16(statement, column, std::get<QString>(v).utf16(),
                                  int(std::get<QString>(v).size() * 2), SQLITE_STATIC);
        if (rc != SQLITE_OK)
            return failSqlite();
    }
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (rc != SQLITE_DONE)
        failSqlite();
}

void BulkInsert::failSqlite()
{
    sqlite3 *connection = sqliteHandle(m_db.connection());
    const int code = connection ? sqlite3_extended_errcode(connection) : SQLITE_ERROR;
    m_error = QSqlError(QString(),
                        connection ? QString::fromUtf8(sqlite3_errmsg(connection))
                                   : QStringLiteral("the database connection is closed"),
                        QSqlError::StatementError, QString::number(code));
}

void BulkInsert::addJson(std::initializer_list<Value> row)
{
    m_json += m_pending == 0 ? "[[" : ",[";
    bool first = true;
    for (const Value &v : row) {
        if (!first)
            m_json += ',';
        first = false;
        if (const qint64 *n = std::get_if<qint64>(&v))
            m_json += QByteArray::number(*n);
        else
            appendJsonString(m_json, std::get<QString>(v));
    }
    m_json += ']';
    if (++m_pending == kJsonRows)
        flushJson();
}

void BulkInsert::flushJson()
{
    if (m_pending == 0 || m_error.isValid())
        return;
    m_json += ']';
    m_query.bindValue(0, QString::fromUtf8(m_json));
    if (!execPrepared(m_query))
        m_error = m_query.lastError();
    m_json.clear();
    m_pending = 0;
}

QSqlError BulkInsert::finish()
{
    if (!m_db.dialect().isSQLite()) {
        flushJson();
        return m_error;
    }
    for (qsizetype at = 0; at < qsizetype(m_rows.size()) && !m_error.isValid(); at += m_columns)
        stepSqlite(m_oneRow, m_rows.data() + at, m_columns);
    m_rows.clear();
    return m_error;
}
