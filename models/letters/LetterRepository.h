#pragma once

#include "common/Problem.h"
#include "db/LookupError.h"
#include "domain/Letter.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlError>

#include <optional>

class Database;

// The register of authorization letters. Numbers come from letter_counters, advanced inside the
// issuing transaction, so they are unique and gap-free per campaign and series even when two
// coordinators issue at once, and a number is never given out again (a revoked letter keeps
// its number). Reissuing makes a new version of the same number; the older version is then
// superseded and its code no longer verifies. Every change is audited.
class LetterRepository
{
    Q_DECLARE_TR_FUNCTIONS(LetterRepository)
public:
    explicit LetterRepository(Database &db)
        : m_db(db)
    {}

    // Issues a first letter to each unit, in one transaction: a unit that takes no part in the
    // campaign or already holds a valid letter is a problem, and then nothing is issued.
    Problems issue(qint64 campaignId, const QList<qint64> &unitIds,
                   QList<Letter> *issued = nullptr);
    // Issues a letter to every unit of the campaign that holds no valid one (one transaction).
    // issuedAt: the time the letters bear (ISO-8601 UTC); empty: now. The demo campaign dates
    // its letters inside its own calendar.
    Problems issueMissing(qint64 campaignId, QList<Letter> *issued = nullptr,
                          const QString &issuedAt = QString());
    // Reads of many rows return none and set *error when the database failed (the core's
    // convention, db/LookupError.h).
    // Units of the campaign without a valid letter, initiating units first.
    QList<qint64> unitsWithoutLetter(qint64 campaignId, QSqlError *error = nullptr) const;
    struct Candidate
    {
        qint64 unitId = 0;
        QString name;
        QString kind;
    };
    // The same units with their names and kinds, for choosing whom to issue to.
    QList<Candidate> candidates(qint64 campaignId, QSqlError *error = nullptr) const;

    // A new version of a valid letter, same number, new code; the old version is superseded.
    // With seenVersion (the letter version the user chose) it refuses when someone else
    // reissued the letter meanwhile, so one click never makes two new versions.
    Problems reissue(const QString &number, Letter *letter = nullptr, int seenVersion = 0);
    // Withdraws a valid letter; the number stays used.
    Problems revoke(const QString &number, const QString &reason, Letter *letter = nullptr,
                    int seenVersion = 0);

    // Every version of every letter (of one campaign, or all for 0), by number and version.
    QList<Letter> list(qint64 campaignId = 0, QSqlError *error = nullptr) const;
    // The valid letters of a campaign, by number.
    QList<Letter> validLetters(qint64 campaignId, QSqlError *error = nullptr) const;
    // The newest version of a number.
    // Look-ups: NotFound when there is no such letter, Database when the read failed
    // (LookupError).
    Lookup<Letter> current(const QString &number) const;
    Lookup<Letter> byId(qint64 id) const;

    enum class VerifyState { Valid, Superseded, Revoked, Unknown };
    struct Verification
    {
        VerifyState state = VerifyState::Unknown;
        std::optional<Letter> letter; // set unless unknown
        // Set when the database failed: the state then says nothing about the code.
        QSqlError error;
    };
    // Looks the code up and checks it against the database's secret, offline.
    Verification verify(const QString &code) const;
    static QString stateCode(VerifyState state); // valid, superseded, revoked, unknown
    static QString stateDisplayName(VerifyState state);
    static QString statusDisplayName(LetterStatus status);

    static QString formatNumber(int year, const QString &series, int seq);

private:
    // " (by alice at 2024-07-18 09:30)" for a revoked letter, or "" when unknown; *error set
    // when the audit log could not be read.
    QString byWhom(const Letter &revoked, QSqlError *error) const;
    // The refusal to change a revoked letter; message holds %1 for byWhom.
    Problems refuseRevoked(const Letter &revoked, const QString &message) const;
    // The problem when current is no longer the version the user chose (seenVersion > 0).
    Problems refuseIfReissued(const Letter &current, int seenVersion) const;
    // The steps of issuing first letters, inside one transaction: which units may have one (each
    // that may not is a problem; a database error ends it), then each letter numbered and stored.
    Problems issueUnits(qint64 campaignId, const QList<qint64> *unitIds, QList<Letter> *issued,
                        const QString &issuedAt = QString());
    Problems planIssue(qint64 campaignId, int year, const QList<qint64> &ids,
                       QList<QPair<qint64, QString>> *plan) const;
    // The letter series of a unit that may have a first letter, else why not.
    Problems checkIssuable(qint64 campaignId, int year, qint64 unitId, QString *series) const;
    // Takes the series' next number and stores l (campaign, year, unit, series, issued at and by
    // set) as version 1, audited.
    Problems insertFirstLetter(Letter &l, const QByteArray &secret);
    // Stores l as an issued letter (every column but the status from l) and sets l.id.
    QSqlError insertLetterRow(Letter &l);
    QList<qint64> missingUnits(qint64 campaignId, QSqlError *error) const;
    Lookup<Letter> selectOne(const QString &where, const QVariant &value) const;

    Database &m_db;
};
