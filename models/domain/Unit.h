#pragma once

#include "domain/UnitKind.h"

#include <QList>
#include <QString>

// An organization, one record across campaign years. Kind, parent and target belong to its
// Participation in one campaign.
struct Unit
{
    qint64 id = 0;
    QString name;
    UnitSort sort = UnitSort::Other;
    QString province; // GB/T 2260 two-digit region code, e.g. "44"
    QString city;
    QString contact;
    QString phone;
    QString email;
    QString position;
    QString notes;
    qint64 mergedInto = 0;
    int rowVersion = 1;

    bool operator==(const Unit &) const = default;
};

// A unit's role in one campaign.
struct Participation
{
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 unitId = 0;
    UnitKind kind = UnitKind::Supporting;
    qint64 parentUnitId = 0;
    qint64 sampleTarget = 0;
    int rowVersion = 1;

    bool operator==(const Participation &) const = default;
};

// A unit an initiating unit recommends (as a further initiating unit or as a supporting unit).
struct RecommendedUnit
{
    enum class Role { Initiating, Supporting };
    Role role = Role::Initiating;
    QString name;
    QString contact;
    QString phone;
    QString position;
    UnitSort sort = UnitSort::Other;
    bool core = false;
    qint64 registeredUnitId = 0;

    bool operator==(const RecommendedUnit &) const = default;
};

// Goods a unit offers to the public-welfare shop.
struct GiftGood
{
    QString name;
    qint64 quantity = 0;
    bool localOnly = false;

    bool operator==(const GiftGood &) const = default;
};

// An expert a unit recommends.
struct Expert
{
    ExpertField field = ExpertField::Other;
    QString name;
    QString contact;
    QString phone;
    QString specialty;

    bool operator==(const Expert &) const = default;
};

// The sub-records of a unit's information form (信息表) for one campaign.
struct InformationForm
{
    QList<RecommendedUnit> recommendedInitiating;
    QList<RecommendedUnit> recommendedSupporting;
    QList<GiftGood> giftGoods;
    QList<Expert> experts;

    bool operator==(const InformationForm &) const = default;
};

// Everything the form edits at once: the unit, its participation and its sub-records.
struct UnitRecord
{
    Unit unit;
    Participation participation;
    InformationForm form;

    bool operator==(const UnitRecord &) const = default;
};
