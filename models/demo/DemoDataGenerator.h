#pragma once

#include "common/Problem.h"

#include <QCoreApplication>

class Database;

// Fills one campaign with invented units (every provincial-level region, all three kinds, with
// parents), targets, tracking links and ten days of tallies, so every screen has something real
// to show. Names, people, phones and e-mails are made up (e-mails at example.org).
class DemoDataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)
public:
    struct Summary
    {
        int year = 0;
        int units = 0;
        int links = 0;
        qint64 validSamples = 0;
        int previousYearUnits = 0; // units given a previous-year campaign (0 when none was made)
    };

    explicit DemoDataGenerator(Database &db, quint32 seed = 2024)
        : m_db(db)
        , m_seed(seed)
    {}

    // One transaction: either the whole demo campaign is there afterwards or nothing changed.
    // withPreviousYear also makes campaign year - 1 (unless it exists) with most of the same
    // units, their targets and tallies, for year-over-year comparisons. Both campaigns get the
    // default grading rules, and the units of `year` invented support scores.
    Problems generate(int year, Summary *summary = nullptr, bool withPreviousYear = false);

private:
    Database &m_db;
    quint32 m_seed;
};
