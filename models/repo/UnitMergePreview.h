#pragma once

#include <QSqlError>

class Database;

// What a unit brings into a merge beyond its own fields, for the merge dialog's comparison.
class UnitMergePreview
{
public:
    struct Counts
    {
        int links = 0; // tracking links, every campaign
        int letters = 0; // authorization letters, every campaign (revoked ones too)
        int formRows = 0; // recommended units, gift goods and experts
    };
    // The unit's counts; zeros and *error on a database error.
    static Counts counts(Database &db, qint64 unitId, QSqlError *error = nullptr);
};
