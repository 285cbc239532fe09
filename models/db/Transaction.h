#pragma once

#include <QSqlError>

#include <functional>

class Database;

// A write transaction that rolls back unless commit() is called: every import and every
// multi-row edit goes through one, so a rejected or cancelled change leaves the data as it was.
// It waits for another desk's write lock (SQLite's, or on PostgreSQL an advisory lock every
// write transaction takes) for as long as WriteWait allows (default 300 s), reporting the wait;
// error() then says it gave up or was cancelled, nothing written.
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
    // BEGIN (IMMEDIATE on SQLite; on PostgreSQL then the advisory write lock), waiting for
    // another desk's write lock as WriteWait says. False with m_error set when it failed.
    bool begin();
    enum class Attempt { Taken, Busy, Failed };
    // Calls attempt until it is Taken (true) or Failed, the wait limit passes or the observer
    // gives up (false, m_error says why).
    bool waitForTurn(const std::function<Attempt()> &attempt);

    Database &m_db;
    bool m_active = false;
    QSqlError m_error;
};
