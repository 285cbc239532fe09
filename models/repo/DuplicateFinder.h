#pragma once

#include "domain/Unit.h"

#include <QCoreApplication>
#include <QSqlError>

class Database;

// Another registered unit that looks like the same organization.
struct DuplicateMatch
{
    enum Reason { SameName = 0x1, SamePhone = 0x2, SameEmail = 0x4 };
    qint64 unitId = 0;
    QString name;
    int reasons = 0;

    // "same name, same phone" in the user's language.
    QString reasonText() const;
};

// Finds units with the same normalized name (NameKey), the same phone or the same e-mail.
// Merged units are never reported; the unit itself (same id) neither.
class DuplicateFinder
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)
public:
    explicit DuplicateFinder(Database &db)
        : m_db(db)
    {}
    // None, and *error set, when the database failed: then nobody knows whether there are any.
    QList<DuplicateMatch> find(const Unit &unit, QSqlError *error = nullptr) const;

private:
    Database &m_db;
};
