#pragma once

#include <QSqlError>

class Database;

// A write transaction that rolls back unless commit() is called: every import and every
// multi-row edit goes through one, so a rejected or cancelled change leaves the data as it was.
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
    Database &m_db;
    bool m_active = false;
    QSqlError m_error;
};
