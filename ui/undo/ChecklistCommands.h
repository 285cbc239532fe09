#pragma once

#include "checklist/Checklist.h"
#include "undo/UnitCommands.h"

#include <QCoreApplication>
#include <QUndoCommand>

class Database;

// Ticking or unticking one checklist item for several units at once (one transaction), undoable.
// The change is made before the command is pushed (so a refusal is shown first); the first redo()
// does nothing. Undo puts back each unit's stored tick as it was (with its first date and who),
// and is refused, through the error handler, when someone else changed one of them since.
class TickChecklistCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(TickChecklistCommand)
public:
    TickChecklistCommand(Database &db, qint64 campaignId, const QList<ChecklistTick> &before,
                         const QList<ChecklistTick> &after, UnitCommandErrorHandler onError = {});
    void undo() override;
    void redo() override;

private:
    Database &m_db;
    qint64 m_campaignId;
    QList<ChecklistTick> m_before;
    QList<ChecklistTick> m_after;
    bool m_skipRedo = true;
    UnitCommandErrorHandler m_onError;
};
