#pragma once

#include "common/Problem.h"
#include "db/ConflictError.h"
#include "db/LookupError.h"
#include "domain/Questionnaire.h"

#include <QCoreApplication>
#include <QSqlError>

class Database;

// A campaign's questionnaires: read, validate, add, edit. Every write is one transaction with
// its audit log entry. A campaign gets its first questionnaire when it is added.
class QuestionnaireRepository
{
    Q_DECLARE_TR_FUNCTIONS(QuestionnaireRepository)
public:
    explicit QuestionnaireRepository(Database &db)
        : m_db(db)
    {}

    // By id, with the number of links issued for each.
    QList<Questionnaire> list(qint64 campaignId, QSqlError *error = nullptr) const;
    // Look-ups: NotFound when there is no such questionnaire, Database when the read failed
    // (LookupError).
    Lookup<Questionnaire> byId(qint64 id) const;
    Lookup<Questionnaire> byName(qint64 campaignId, const QString &name) const;
    // The campaign's first questionnaire (the one links go to when none is named).
    Lookup<Questionnaire> first(qint64 campaignId) const;

    static Problems validate(const Questionnaire &questionnaire);
    // True when links issued before no longer lead where they did (printed QR codes).
    static bool changesLinks(const Questionnaire &before, const Questionnaire &after);

    Problems add(Questionnaire &questionnaire);
    // Saves changes; refuses when someone else changed it since rowVersion was read.
    Problems update(Questionnaire &questionnaire, ConflictError *conflict = nullptr);

    // Inserts inside the caller's transaction (no audit entry, no notification).
    static QSqlError insert(Database &db, Questionnaire &questionnaire);

private:
    Database &m_db;
};
