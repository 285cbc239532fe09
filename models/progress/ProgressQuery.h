#pragma once

#include "domain/Campaign.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlError>
#include <QString>

#include <memory>

class Database;

// One unit's progress in one campaign.
struct UnitProgress
{
    qint64 unitId = 0;
    QString name;
    QString kind; // participations.kind code: initiating-1, initiating-2, supporting
    QString province; // region code, e.g. "44"
    // Where kind and province are in DomainNames::unitKinds() and Regions::all(); -1 for a code
    // that is not there. Found once while the figures are read, so that summing by category
    // costs no string comparison per unit on the GUI thread.
    int kindIndex = -1;
    int regionIndex = -1;
    qint64 parentId = 0;
    qint64 rootId = 0; // the first-level unit whose group it belongs to (itself for one)
    qint64 target = 0;
    qint64 valid = 0;
    qint64 invalid = 0;
    qint64 suggestions = 0;
    QList<qint64> daily; // valid samples per window day
    QList<qint64> dailySuggestions;
    QList<bool> reported; // whether that day has any figure
    qint64 forecast = 0; // projected final count, see Forecast
    double rate = 0; // recent daily rate
    // For a first-level unit: itself + its second-level units + the supporting units they
    // recommended (every unit whose parent chain leads to it). Others: their own figures.
    qint64 groupTarget = 0;
    qint64 groupValid = 0;
    int groupSize = 1;
    // Year over year: valid samples in the previous campaign, -1 when it did not take part.
    qint64 previousValid = -1;
    QString storedGrade;
    int supportScore = 0;

    // Share of target as a fraction (0 without a target).
    double share() const { return target > 0 ? double(valid) / double(target) : 0.0; }
    bool hasTarget() const { return target > 0; }
    bool isBehindPace() const;
    bool reportedOn(int dayIndex) const
    {
        return dayIndex >= 0 && dayIndex < reported.size() && reported.at(dayIndex);
    }
};

// Percent of target with one decimal, computed in integer tenths (round half up) so every output
// prints the same figure; empty without a target.
namespace Percent {
qint64 tenths(qint64 valid, qint64 target);
QString text(qint64 valid, qint64 target);
} // namespace Percent

// Everything the dashboard, exports and CLI show for one campaign, read in three queries
// (participants; their link-day figures; the previous campaign's totals, grouped by unit).
struct ProgressSnapshot
{
    Campaign campaign;
    int previousYear = 0; // 0 when there is no earlier campaign
    int windowDays = 0;
    int asOfIndex = -1; // last window day with any figure; -1 before the first import
    qint64 todayIndex = 0; // today's index in the window (negative before, >= windowDays after)
    QList<UnitProgress> units; // ordered by unit id
    QHash<qint64, int> rowOfUnit;

    QDate dayAt(int index) const { return campaign.startDate.addDays(index); }
    QDate asOfDay() const { return asOfIndex >= 0 ? dayAt(asOfIndex) : QDate(); }
    const UnitProgress *unit(qint64 id) const
    {
        const auto it = rowOfUnit.constFind(id);
        return it == rowOfUnit.constEnd() ? nullptr : &units.at(*it);
    }
};

// Totals over a selection of units (the dashboard's filters), computed from a snapshot.
struct ProgressTotals
{
    int units = 0;
    qint64 target = 0;
    qint64 valid = 0;
    qint64 suggestions = 0;
    qint64 forecast = 0;
    int reportedOnAsOfDay = 0;
    int behindPace = 0;
    QList<qint64> daily; // valid samples per window day over the selection
    QList<qint64> cumulative() const;
    // The target pace: cumulative target expected by the end of each window day (linear).
    static QList<double> pace(qint64 target, int windowDays);
};

class ProgressQuery
{
    Q_DECLARE_TR_FUNCTIONS(ProgressQuery)
public:
    explicit ProgressQuery(Database &db)
        : m_db(db)
    {}

    // Reads the campaign's progress, over every questionnaire or only the links of one
    // (questionnaireId). On error returns null and sets *error.
    std::shared_ptr<const ProgressSnapshot> load(qint64 campaignId, QSqlError *error = nullptr,
                                                 qint64 questionnaireId = 0) const;

    static ProgressTotals totals(const ProgressSnapshot &snapshot, const QList<int> &rows);
    static ProgressTotals totals(const ProgressSnapshot &snapshot);

private:
    Database &m_db;
};
