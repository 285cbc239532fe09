#pragma once

#include "progress/ProgressQuery.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// A grading rule of one campaign: a unit earns `grade` when its share of target, its valid
// samples and its (manually given) support score all reach the thresholds. Rules are tried in
// rank order (1 first, the best grade); the first one a unit meets is its grade. A unit that
// meets none is left ungraded (""). Shares are fractions: 1.0 = 100 % of the target; a unit
// without a target has share 0.
struct GradingRule
{
    QString grade;
    int rank = 0;
    double minShare = 0;
    qint64 minSamples = 0;
    int minSupport = 0;

    bool operator==(const GradingRule &) const = default;
};

struct UnitGrade
{
    qint64 unitId = 0;
    int row = 0; // row in the snapshot
    QString grade;
    int rank = 0; // rank of the rule met; 0 when ungraded
};

class Grading
{
    Q_DECLARE_TR_FUNCTIONS(Grading)
public:
    // The rules a new campaign starts with: A (≥ 100 % of target, ≥ 5,000 samples, support ≥ 2),
    // B (≥ 80 %, ≥ 2,000), C (≥ 50 %), D (everyone else).
    static QList<GradingRule> defaultRules();
    // Sorted by rank; what is wrong with a rule set (empty grade, duplicates, negative values).
    static QStringList validate(const QList<GradingRule> &rules);

    static QString gradeOf(const UnitProgress &unit, const QList<GradingRule> &rulesByRank,
                           int *rank = nullptr);
    // One entry per unit of the snapshot, in its order.
    static QList<UnitGrade> grade(const ProgressSnapshot &snapshot, QList<GradingRule> rules);
};
