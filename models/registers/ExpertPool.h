#pragma once

#include "domain/UnitKind.h"

#include <QList>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// Where one recommendation of an expert comes from: a unit's information form in one year.
struct ExpertSource
{
    qint64 unitId = 0;
    QString unitName;
    int year = 0;
    ExpertField field = ExpertField::Other;
    QString specialty;
    QString contact;
    QString phoneAsWritten;
};

// One person in the expert pool, with every recommendation of them.
struct PooledExpert
{
    QString name; // as the newest recommendation writes it
    QString phone; // canonical (PhoneRule), or as written when it is not a valid number
    QList<ExpertField> fields; // every field they were recommended for, in ExpertField order
    QStringList specialties; // distinct, in the order first seen
    QList<ExpertSource> sources; // newest year first, then by unit name
};

// The expert pool (专家库): every expert recommended on any unit's information form, across units
// and years. Two recommendations are the same person when their names have the same NameKey and
// their phones the same canonical form (PhoneRule), so "+86 138 0013 8000" and "13800138000"
// match. A recommendation without a phone is never merged with another one: two people of one
// name are common, and nothing else tells them apart.
class ExpertPool
{
public:
    explicit ExpertPool(Database &db)
        : m_db(db)
    {}

    // The pool, by name in pinyin order; field keeps the people recommended for that field at least once;
    // search keeps those whose name, phone, specialty or recommending unit contains it.
    QList<PooledExpert> list(const QString &search = {},
                             std::optional<ExpertField> field = std::nullopt,
                             QSqlError *error = nullptr) const;

private:
    Database &m_db;
};
