#include "progress/Grading.h"

#include <QSet>

#include <cmath>

#include <algorithm>

QList<GradingRule> Grading::defaultRules()
{
    return {{QStringLiteral("A"), 1, 1.0, 5000, 2},
            {QStringLiteral("B"), 2, 0.8, 2000, 0},
            {QStringLiteral("C"), 3, 0.5, 0, 0},
            {QStringLiteral("D"), 4, 0.0, 0, 0}};
}

QStringList Grading::validate(const QList<GradingRule> &rules)
{
    QStringList problems;
    QSet<QString> grades;
    QSet<int> ranks;
    for (const GradingRule &r : rules) {
        const QString g = r.grade.trimmed();
        if (g.isEmpty())
            problems << tr("a rule has no grade name");
        else if (grades.contains(g))
            problems << tr("grade %1 appears twice").arg(g);
        grades.insert(g);
        if (ranks.contains(r.rank))
            problems << tr("rank %1 appears twice").arg(r.rank);
        ranks.insert(r.rank);
        if (r.minShare < 0 || r.minSamples < 0 || r.minSupport < 0)
            problems << tr("grade %1: thresholds cannot be negative").arg(g);
    }
    return problems;
}

QString Grading::gradeOf(const UnitProgress &unit, const QList<GradingRule> &rulesByRank, int *rank)
{
    // Compare shares in integer per-mille of the target so 0.8 means exactly 80.0 %.
    for (const GradingRule &r : rulesByRank) {
        const qint64 needed = qint64(std::llround(r.minShare * 1000.0));
        const qint64 have = unit.target > 0 ? (unit.valid * 1000) / unit.target : 0;
        if (have >= needed && unit.valid >= r.minSamples && unit.supportScore >= r.minSupport) {
            if (rank)
                *rank = r.rank;
            return r.grade;
        }
    }
    if (rank)
        *rank = 0;
    return QString();
}

QList<UnitGrade> Grading::grade(const ProgressSnapshot &snapshot, QList<GradingRule> rules)
{
    std::sort(rules.begin(), rules.end(),
              [](const GradingRule &a, const GradingRule &b) { return a.rank < b.rank; });
    QList<UnitGrade> out;
    out.reserve(snapshot.units.size());
    for (int i = 0; i < snapshot.units.size(); ++i) {
        const UnitProgress &u = snapshot.units.at(i);
        UnitGrade g;
        g.unitId = u.unitId;
        g.row = i;
        g.grade = gradeOf(u, rules, &g.rank);
        out.append(g);
    }
    return out;
}
