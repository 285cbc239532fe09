#pragma once

#include "domain/UnitKind.h"

#include <QList>
#include <QSqlError>
#include <QString>

class Database;

// One gift one unit offers to the public-welfare shop in one campaign.
struct GiftEntry
{
    qint64 unitId = 0;
    QString unitName;
    UnitKind kind = UnitKind::Supporting;
    QString province; // region code
    QString name;
    qint64 quantity = 0;
    bool localOnly = false; // only for the unit's own region
};

// The same gift offered by several units, added up.
struct GiftTotal
{
    QString name; // the spelling offered in the largest quantity
    qint64 quantity = 0;
    qint64 localOnlyQuantity = 0; // the part only for the offering units' own regions
    int units = 0; // how many units offer it
};

// The gift register (礼品登记): every gift offered across a campaign's units, from the
// information forms (gift_goods), for the public-welfare shop.
class GiftRegister
{
public:
    explicit GiftRegister(Database &db)
        : m_db(db)
    {}

    // The campaign's gifts by gift and unit name (pinyin order); search (when not empty) keeps the gifts whose
    // name or unit name contains it (case-insensitive, also in traditional characters).
    QList<GiftEntry> entries(qint64 campaignId, const QString &search = {},
                             QSqlError *error = nullptr) const;
    // Totals per gift, by name. Two spellings are one gift when their NameKey is the same
    // (full-/half-width, spaces, traditional characters, case).
    static QList<GiftTotal> totals(const QList<GiftEntry> &entries);

private:
    Database &m_db;
};
