#pragma once

#include "repo/UnitMergeSnapshot.h"
#include "undo/UnitCommands.h"

#include <QCoreApplication>
#include <QUndoCommand>

class Database;

// Merging two units (UnitRepository::merge), undoable: undo puts back every row the merge
// changed as it was (UnitRepository::unmerge), redo merges again. Both are audited. Refused,
// and reported through the error handler, when the merge was changed by someone else since.
class MergeUnitsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeUnitsCommand)
public:
    // before: the rows as they were, from the merge already made.
    MergeUnitsCommand(Database &db, const UnitMergeSnapshot &before, const QString &keptName,
                      const QString &otherName, UnitCommandErrorHandler onError = {});
    void undo() override;
    void redo() override;

private:
    Database &m_db;
    UnitMergeSnapshot m_before;
    bool m_skipRedo = true; // the merge was made before the command was pushed
    UnitCommandErrorHandler m_onError;
};
