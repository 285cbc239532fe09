#pragma once

#include "progress/TableExport.h"
#include "registers/ExpertPool.h"
#include "registers/GiftRegister.h"

#include <QCoreApplication>

// The registers as tables, headers in the user's language: the gift register for the
// public-welfare shop (a sheet of gifts by unit and a sheet of totals per gift) and the expert
// pool (one row per person, with every recommending unit and year).
class RegisterExport
{
    Q_DECLARE_TR_FUNCTIONS(RegisterExport)
public:
    static QList<TableExport::Sheet> giftSheets(const QList<GiftEntry> &entries);
    static TableExport::Sheet expertSheet(const QList<PooledExpert> &pool);
    // "2024 广东省网络安全促进会; 2023 …": where a person's recommendations come from.
    static QString sources(const PooledExpert &expert);
    static QString fields(const PooledExpert &expert);
    // .xlsx with every sheet, or .csv with the first (gift entries / the pool), by the suffix;
    // false and *error when it cannot be written.
    static bool writeGifts(const QString &path, const QList<GiftEntry> &entries,
                           QString *error = nullptr);
    static bool writeExperts(const QString &path, const QList<PooledExpert> &pool,
                             QString *error = nullptr);
};
