#pragma once

#include <QSqlError>

class Database;

// A write transaction that rolls back unless commit() is called: every import and every
// multi-row edit goes through one, so a rejected or cancelled change leaves the data as it was.
// On SQLite it waits for another desk's write lock for as long as WriteWait allows (default
// 300 s), reporting the wait; error() then says it gave up or was cancelled, nothing written.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    QSqlError error() const { return m_error; }
    QSqlError commit();
    void rollback();

private:
    // BEGIN (IMMEDIATE on SQLite), waiting for another desk's write lock as WriteWait says.
    bool begin();

    Database &m_db;
    bool m_active = false;
    QSqlError m_error;
};
