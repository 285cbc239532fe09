#pragma once

#include "repo/UnitBatchChange.h"
#include "undo/DatabaseCommand.h"

#include <functional>

// A batch write of units made undoable, as Tiled makes every change a command: a units import
// (UnitImportWizard), returned forms accepted (ReturnedFormsDialog). The first redo() makes the
// write through write(), which passes the UnitBatchChange to the importer
// (UnitImporter::Options::change, FormImporter::Options::change) and returns the problems that
// stopped it; it is called once and then dropped. Later, undo() puts back the rows as they
// were (UnitBatchChange::revert: units added go with their rows, units updated get their old
// values) and redo() the rows the write left (reapply), each in one transaction, refused with
// the reason when another desk changed those rows meanwhile.
class UnitBatchCommand : public DatabaseCommand
{
public:
    using Write = std::function<Problems(UnitBatchChange *change)>;

    // text: the change as the Edit menu names it ("import units.xlsx").
    UnitBatchCommand(Database &db, const QString &text, Write write, ErrorHandler onError = {});

    const UnitBatchChange &change() const { return m_change; }

private:
    Problems apply(bool forward, ConflictError *conflict) override;

    Write m_write; // empty once the write has run
    UnitBatchChange m_change;
};
