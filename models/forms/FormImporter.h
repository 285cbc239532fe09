#pragma once

#include "common/Problem.h"
#include "domain/Unit.h"
#include "forms/FormData.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

class Database;
class UnitBatchChange;

// Returned information forms (.docx, .xlsx; forms/FormFile) into the units of a campaign.
// A form is matched to a registered unit the way the unit importer matches rows: by its name's
// NameKey (NFKC, traditional/simplified, spaces and company suffixes folded), else by the unit
// id a pre-filled form carries (a unit that changed its name). Possible duplicates by phone
// (PhoneRule's canonical form) or e-mail are warnings. Fields the form has replace the stored
// ones; a sub-table the form has replaces the stored rows (recommended units keep their link to
// a registered unit by name); what the form lacks stays as stored. Every record is checked by
// validation/UnitValidator; problems read "FILE: field: message".
class FormImporter
{
    Q_DECLARE_TR_FUNCTIONS(FormImporter)
public:
    // One field that a form changes: key as in UnitValidator ("phone", "experts[2]", or a whole
    // sub-table "experts" for its rows' count), the stored and the new text.
    struct FieldChange
    {
        QString key;
        QString label; // in the user's language
        QString stored;
        QString read;
    };

    enum class Status { New, Changed, Unchanged, Problem };

    struct Entry
    {
        QString file;
        Status status = Status::Problem;
        UnitRecord record; // what accepting the form saves
        std::optional<UnitRecord> stored; // the registered unit it updates
        QList<FieldChange> changes;
        Problems problems; // any: the form cannot be accepted
        Problems warnings; // never block
    };

    struct Options
    {
        qint64 campaignId = 0;
        bool dryRun = false;
        // Called inside the import's transaction with the ids of the units whose forms were
        // accepted (new, changed or unchanged): where "information form received" is ticked.
        // Problems returned roll the whole import back.
        std::function<Problems(Database &, const QList<qint64> &unitIds)> onAccepted;
        // When set, the rows accepting changes (units, their forms, the "form received" ticks)
        // are read into it before and after, inside the transaction, so that accepting can be
        // taken back (UnitBatchChange::revert).
        UnitBatchChange *change = nullptr;
    };

    struct Result
    {
        QList<Entry> entries;
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        QList<qint64> acceptedUnitIds; // every unit whose form was accepted, in file order
        Problems errors;
        Problems warnings;
        bool changed = false;
    };

    explicit FormImporter(Database &db)
        : m_db(db)
    {}

    // The forms in folder (*.docx, *.xlsx; Office's "~$" lock files left out), sorted by name.
    static QStringList formFiles(const QString &folder);
    // Reads one form and compares it with the stored unit; changes nothing.
    Entry read(const QString &path, qint64 campaignId) const;
    // Reads every form; a second form for the same unit is a problem of the later file.
    QList<Entry> readAll(const QStringList &paths, qint64 campaignId) const;
    // Saves the new and changed entries in one transaction (nothing with dryRun, nothing when
    // any entry has a problem).
    Result apply(const QList<Entry> &entries, const Options &options);
    // readAll and apply.
    Result run(const QStringList &paths, const Options &options);

    // What differs between stored and record, field by field, in the form's order.
    QList<FieldChange> differences(const UnitRecord &stored, const UnitRecord &record) const;
    // record built from what the form says, over stored when there is one.
    UnitRecord build(const FormData &data, const std::optional<UnitRecord> &stored,
                     qint64 campaignId, const QString &file, Problems *problems,
                     Problems *warnings) const;

private:
    QString unitName(qint64 unitId) const;
    // The registered unit a form updates: by name, else the unit a pre-filled form was made for
    // (a warning says it was renamed); 0 for a new unit. A database error is a problem of the
    // entry, never a new unit.
    qint64 storedUnitId(const FormData &data, const QString &name, Entry &entry) const;
    // The steps of apply().
    Result summarize(const QList<Entry> &entries, const Options &options) const;
    bool store(Result &result, const Options &options);
    bool writeUnits(Result &result);
    bool tickAccepted(Result &result, const Options &options);
    Database &m_db;
};
