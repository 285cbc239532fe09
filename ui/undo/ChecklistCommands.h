#pragma once

#include "checklist/Checklist.h"
#include "undo/UnitCommands.h"

#include <QCoreApplication>

// Ticking or unticking checklist items of several units at once, undoable: the object is the
// campaign, the value the ticks of those units (ChecklistRepository::restore, one
// transaction). Undo puts back each unit's stored tick as it was (with its first date and
// who); refused when someone else changed one of them since.
class TickChecklistCommand : public ChangeValue<qint64, QList<ChecklistTick>>
{
    Q_DECLARE_TR_FUNCTIONS(TickChecklistCommand)
public:
    // before: the ticks as stored now; after: as wanted (same units and items, same order).
    TickChecklistCommand(Database &db, qint64 campaignId, const QList<ChecklistTick> &before,
                         const QList<ChecklistTick> &after, UnitCommandErrorHandler onError = {});

private:
    Problems setValue(const qint64 &campaignId, const QList<ChecklistTick> &expected,
                      const QList<ChecklistTick> &wanted, ConflictError *conflict) override;
};
