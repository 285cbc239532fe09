#pragma once

#include "common/Problem.h"
#include "db/ConflictError.h"
#include "db/LookupError.h"
#include "domain/Unit.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QVariantMap>

#include <optional>

class Database;
class UnitMergeSnapshot;

// One line of the unit list: a unit with its participation in one campaign.
struct UnitListRow
{
    qint64 unitId = 0;
    qint64 participationId = 0;
    QString name;
    UnitKind kind = UnitKind::Supporting;
    UnitSort sort = UnitSort::Other;
    QString province;
    QString city;
    qint64 parentId = 0;
    QString parentName;
    QString contact;
    QString phone;
    QString email;
    QString position;
    qint64 target = 0;
    qint64 validSamples = 0;
};

// Units, their participations and their information forms. Every write is one transaction with
// its audit entries; after commit DataEvents::Units is announced.
class UnitRepository
{
    Q_DECLARE_TR_FUNCTIONS(UnitRepository)
public:
    explicit UnitRepository(Database &db)
        : m_db(db)
    {}

    // The units taking part in a campaign (merged units left out), ordered by id.
    QList<UnitListRow> list(qint64 campaignId, QSqlError *error = nullptr) const;
    // Look-ups: NotFound when there is no such unit, Database when a read failed (LookupError).
    Lookup<Unit> unit(qint64 unitId) const;
    // The unit, its participation in campaignId (campaignId/unitId filled in when it has none)
    // and its information form for that campaign; Database when any part failed to read.
    Lookup<UnitRecord> load(qint64 unitId, qint64 campaignId) const;
    // The id of the registered (not merged) unit whose name has the same NameKey.
    Lookup<qint64> idByName(const QString &name) const;
    // Names of every registered unit (not merged), for completers; none, and *error set, when
    // the read failed.
    QList<QPair<qint64, QString>> names(QSqlError *error = nullptr) const;

    // Inserts (unit.id == 0) or updates the unit, upserts its participation and replaces its
    // form's sub-records, in one transaction. Refuses (a problem on field "row_version", and
    // *conflict says who changed what) when the unit, or its participation and form, were
    // changed by someone else since they were loaded: the versions in record are those it was
    // loaded with. On success the record's ids and versions are updated.
    Problems save(UnitRecord &record, QSqlError *error = nullptr,
                  ConflictError *conflict = nullptr);
    // Saves many new or changed records in one transaction: all or nothing.
    Problems saveAll(QList<UnitRecord> &records, QSqlError *error = nullptr,
                     ConflictError *conflict = nullptr);
    // Changes one participation's sample target (an edit in the list). With expectedTarget
    // >= 0 (the value the user saw) it refuses when someone else changed the target meanwhile.
    Problems setTarget(qint64 unitId, qint64 campaignId, qint64 target, qint64 expectedTarget = -1,
                       ConflictError *conflict = nullptr);
    // Undoes a registration: removes the unit's participation and form in campaignId, and the
    // unit itself when nothing else refers to it. With expected (the record as saved) it refuses
    // when someone else changed the unit or its participation since.
    Problems removeRegistration(qint64 unitId, qint64 campaignId,
                                const UnitRecord *expected = nullptr,
                                ConflictError *conflict = nullptr);

    // Moves everything of `other` (participations, form sub-records, links, letters, children,
    // audit history) to `keep`; `other` stays with merged_into = keep. before (optional): the
    // rows as they were, for unmerge().
    Problems merge(qint64 keep, qint64 other, UnitMergeSnapshot *before = nullptr);
    // Undoes a merge: puts back the rows before holds, in one transaction, audited ("unmerge").
    // Refused when the other unit is no longer merged into the kept one.
    Problems unmerge(const UnitMergeSnapshot &before);
    // Creates participations in toCampaign for every unit of fromCampaign that has none there
    // (same kind, parent and target). Returns the number created through *created.
    // How many units carryOver(fromCampaign, toCampaign) would add; -1, and *error set, when
    // the read failed.
    int carryOverCount(qint64 fromCampaign, qint64 toCampaign, QSqlError *error = nullptr) const;
    Problems carryOver(qint64 fromCampaign, qint64 toCampaign, int *created = nullptr);

    // Writes one record inside the caller's open transaction (used by save and importers).
    Problems write(UnitRecord &record, ConflictError *conflict = nullptr);

    static QString normalizedPhone(const QString &phone);

private:
    // The steps of write(), each inside the caller's transaction and audited.
    Problems insertUnit(Unit &u, const QString &now);
    Problems updateUnit(Unit &u, const QString &now, ConflictError *conflict);
    // The stored participation of p's unit in p's campaign (*stored left empty when none).
    QSqlError storedParticipation(const Participation &p,
                                  std::optional<Participation> *stored) const;
    Problems updateParticipation(UnitRecord &r, const Participation &before,
                                 ConflictError *conflict);
    Problems updateParticipationRow(Participation &p, qint64 unitId, const QVariantMap &newValues,
                                    ConflictError *conflict);
    // Inserts p (id and version set) with its audit entry, auditValues.
    QSqlError insertParticipationRow(Participation &p, const QString &now,
                                     const QVariantMap &auditValues);
    // newUnit: inserted by this write, so it has no form to compare with yet.
    Problems insertParticipation(UnitRecord &r, bool newUnit, const QString &now);

    // The steps of merge(), inside its transaction.
    QSqlError mergeParticipations(qint64 keep, qint64 other);
    QSqlError mergeFormsAndTicks(qint64 keep, qint64 other);
    QSqlError revokeDoubledLetters(qint64 keep, qint64 other);
    QSqlError moveReferences(qint64 keep, qint64 other);
    QSqlError markMerged(qint64 keep, const Unit &other);

    Problems fail(const QSqlError &e, QSqlError *error = nullptr) const;
    QSqlError loadForm(qint64 unitId, qint64 campaignId, InformationForm *form) const;
    Problems writeForm(qint64 unitId, qint64 campaignId, const InformationForm &before,
                       const InformationForm &form);
    // The problem for a save refused by a newer version of table's record id.
    // For a participation, unitId and campaignId let it name form changes too.
    Problems refuse(const QString &table, qint64 id, int loadedVersion, ConflictError *conflict,
                    qint64 unitId = 0, qint64 campaignId = 0) const;

    Database &m_db;
};
