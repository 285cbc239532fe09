#pragma once

#include "db/ConflictError.h"
#include "progress/Grading.h"

#include <QCoreApplication>
#include <QSqlError>

class Database;

// Grading rules per campaign, units' support scores and their stored grades. Every write is one
// transaction, audited, and announced as DataEvents::Grades.
class GradingRepository
{
    Q_DECLARE_TR_FUNCTIONS(GradingRepository)
public:
    explicit GradingRepository(Database &db)
        : m_db(db)
    {}

    // The campaign's rules by rank; the default rules when it has none stored. When the read
    // failed, *error is set and the default rules are no answer (the campaign may have others).
    QList<GradingRule> rules(qint64 campaignId, bool *stored = nullptr,
                             QSqlError *error = nullptr) const;
    // Replaces the campaign's rules; problems mean nothing was stored. With loaded (the rules
    // as the editor read them) it refuses when someone else stored other rules since, and
    // *conflict says who and when.
    QStringList saveRules(qint64 campaignId, const QList<GradingRule> &rules,
                          const QList<GradingRule> *loaded = nullptr,
                          ConflictError *conflict = nullptr);
    // Inserts rules inside the caller's transaction (used by the demo generator).
    static QSqlError insertRules(Database &db, qint64 campaignId, const QList<GradingRule> &rules);

    QStringList setSupportScore(qint64 campaignId, qint64 unitId, int score);
    // Stores each unit's computed grade in participations.grade (the grade decides the unit's
    // data-query tier). Returns how many changed, or -1 on error.
    int applyGrades(qint64 campaignId, const QList<UnitGrade> &grades, QString *error = nullptr);

private:
    Database &m_db;
};
