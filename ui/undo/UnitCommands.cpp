#include "undo/UnitCommands.h"

#include "repo/UnitRepository.h"

namespace {
// Saving target writes over the state `now` holds (its ids and versions): an undo or redo is
// refused when someone else changed the unit since, instead of silently dropping their edit.
void takeVersions(UnitRecord &target, const UnitRecord &now)
{
    target.unit.rowVersion = now.unit.rowVersion;
    target.participation.id = now.participation.id;
    target.participation.rowVersion = now.participation.rowVersion;
}
} // namespace

SaveUnitCommand::SaveUnitCommand(Database &db, const UnitRecord &before, const UnitRecord &after,
                                 UnitCommandErrorHandler onError)
    : DatabaseCommand(db, std::move(onError))
    , m_before(before)
    , m_after(after)
{
    setText(before.unit.id == 0 ? tr("register %1").arg(after.unit.name)
                                : tr("edit %1").arg(after.unit.name));
}

Problems SaveUnitCommand::apply(bool forward, ConflictError *conflict)
{
    return forward ? save(conflict) : restore();
}

Problems SaveUnitCommand::save(ConflictError *conflict)
{
    UnitRepository repo(m_db);
    UnitRecord target = m_after;
    if (m_before.unit.id == 0 && !repo.unit(target.unit.id)) {
        // A new registration, or one undone (the unit removed): register it.
        target.unit.id = 0;
        target.participation.id = 0;
    }
    const Problems problems = repo.save(target, nullptr, conflict);
    if (problems.isEmpty())
        m_after = target;
    return problems;
}

Problems SaveUnitCommand::restore()
{
    UnitRepository repo(m_db);
    if (m_before.unit.id == 0)
        return repo.removeRegistration(m_after.unit.id, m_after.participation.campaignId, &m_after);
    UnitRecord target = m_before;
    takeVersions(target, m_after);
    const Problems problems = repo.save(target);
    if (problems.isEmpty())
        takeVersions(m_after, target); // redo writes over the undone state
    return problems;
}

ChangeTarget::ChangeTarget(Database &db, const UnitInCampaign &unit, qint64 oldTarget,
                           qint64 newTarget, const QString &unitName,
                           UnitCommandErrorHandler onError)
    : ChangeValue(db, unit, oldTarget, newTarget, std::move(onError))
{
    setText(tr("target of %1: %2 → %3").arg(unitName).arg(oldTarget).arg(newTarget));
}

Problems ChangeTarget::setValue(const UnitInCampaign &unit, const qint64 &expected,
                                const qint64 &target, ConflictError *conflict)
{
    return UnitRepository(m_db).setTarget(unit.unitId, unit.campaignId, target, expected, conflict);
}
