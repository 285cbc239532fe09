#pragma once

#include "repo/UnitMergeSnapshot.h"
#include "undo/UnitCommands.h"

#include <QCoreApplication>

// Merging the unit `other` into `keep` (UnitRepository::merge), undoable: redo() merges and
// keeps the rows it changed as they were; undo() puts them back (UnitRepository::unmerge).
// Both are audited. Refused when the merge was changed by someone else since.
class MergeUnitsCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeUnitsCommand)
public:
    MergeUnitsCommand(Database &db, qint64 keep, qint64 other, const QString &keptName,
                      const QString &otherName, UnitCommandErrorHandler onError = {});

private:
    Problems apply(bool forward, ConflictError *conflict) override;

    qint64 m_keep;
    qint64 m_other;
    UnitMergeSnapshot m_before; // from the last redo()
};
