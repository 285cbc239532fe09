#pragma once

#include "common/Problem.h"
#include "db/ConflictError.h"
#include "letters/LetterRenderer.h"
#include "letters/LetterTemplate.h"

#include <QCoreApplication>
#include <QSqlError>

class Database;

// The letter templates of each campaign and series (letter_templates). A campaign without its
// own template uses the built-in one.
class LetterTemplateRepository
{
    Q_DECLARE_TR_FUNCTIONS(LetterTemplateRepository)
public:
    explicit LetterTemplateRepository(Database &db)
        : m_db(db)
    {}

    // The campaign's template for a series, else the built-in one; *custom tells which. When
    // the database failed, *error is set and the built-in template is no answer: it is
    // returned only so that the caller has a value.
    LetterTemplate load(qint64 campaignId, const QString &series, bool *custom = nullptr,
                        QSqlError *error = nullptr) const;
    // Stores the campaign's template (HTML and seal), audited, in one transaction. Refuses
    // (a problem on "row_version", *conflict says who) when the stored template is no longer
    // the version tmpl was loaded from; on success tmpl.rowVersion is the new version.
    Problems save(qint64 campaignId, LetterTemplate &tmpl, ConflictError *conflict = nullptr);
    // Goes back to the built-in template.
    Problems reset(qint64 campaignId, const QString &series);

    // What printing these letters needs: their campaign and template. Empty, and *error set,
    // when the database failed (never letters on the built-in template or without their
    // campaign instead).
    QList<LetterDocument> documentsFor(const QList<Letter> &letters,
                                       QSqlError *error = nullptr) const;

    // The stored template of the campaign's series as a conflict with tmpl's version (the save
    // that found another one refuses with it): who saved it and when; deleted when it was reset
    // to the built-in one meanwhile; readError, never deleted, when the database failed to say.
    ConflictError conflictWith(qint64 campaignId, const LetterTemplate &tmpl) const;

private:
    // The problem for a save refused because the stored template is not tmpl's version.
    Problems refuse(qint64 campaignId, const LetterTemplate &tmpl, ConflictError *conflict) const;
    Database &m_db;
};
