#pragma once

#include <QString>

class Database;

// Campaigns and units for the letter tests, written straight into the tables (the units'
// own repository belongs to another part of the program).
namespace LetterFixture {

// Adds the campaign of a year (window 07-17..07-26); returns its id, 0 on failure.
qint64 addCampaign(Database &db, int year);
// Adds a unit taking part in the campaign as kind (initiating-1, initiating-2, supporting).
qint64 addUnit(Database &db, qint64 campaignId, const QString &name, const QString &kind,
               qint64 parentUnitId = 0);

} // namespace LetterFixture
