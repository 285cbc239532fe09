#pragma once

#include "domain/Unit.h"
#include "undo/ChangeValue.h"

#include <QCoreApplication>

// Undoable edits of units (see DatabaseCommand): each goes through UnitRepository.
using UnitCommandErrorHandler = DatabaseCommand::ErrorHandler;

// Saving the information form: before (id 0 = a new registration) → after. redo() saves after
// over the versions it was loaded with (so a form opened before someone else's save is refused,
// and push() returns the conflict); undo() puts before back, or removes a new registration.
class SaveUnitCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(SaveUnitCommand)
public:
    SaveUnitCommand(Database &db, const UnitRecord &before, const UnitRecord &after,
                    UnitCommandErrorHandler onError = {});
    // The record as the last redo() stored it: its ids and versions.
    const UnitRecord &saved() const { return m_after; }

private:
    Problems apply(bool forward, ConflictError *conflict) override;
    Problems save(ConflictError *conflict);
    Problems restore();

    UnitRecord m_before;
    UnitRecord m_after;
};

// Names a participation: one unit in one campaign.
struct UnitInCampaign
{
    qint64 unitId = 0;
    qint64 campaignId = 0;
};

// Changing a sample target in the list (UnitRepository::setTarget with the target expected).
class ChangeTarget : public ChangeValue<UnitInCampaign, qint64>
{
    Q_DECLARE_TR_FUNCTIONS(ChangeTarget)
public:
    ChangeTarget(Database &db, const UnitInCampaign &unit, qint64 oldTarget, qint64 newTarget,
                 const QString &unitName, UnitCommandErrorHandler onError = {});

private:
    Problems setValue(const UnitInCampaign &unit, const qint64 &expected, const qint64 &target,
                      ConflictError *conflict) override;
};
