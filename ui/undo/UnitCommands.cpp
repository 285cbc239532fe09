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
                                 bool alreadyDone, UnitCommandErrorHandler onError)
    : m_db(db)
    , m_before(before)
    , m_after(after)
    , m_skipRedo(alreadyDone)
    , m_onError(std::move(onError))
{
    setText(before.unit.id == 0 ? tr("register %1").arg(after.unit.name)
                                : tr("edit %1").arg(after.unit.name));
}

void SaveUnitCommand::undo()
{
    UnitRepository repo(m_db);
    Problems problems;
    if (m_before.unit.id == 0) {
        problems
            = repo.removeRegistration(m_after.unit.id, m_after.participation.campaignId, &m_after);
    } else {
        UnitRecord target = m_before;
        takeVersions(target, m_after);
        problems = repo.save(target);
        if (problems.isEmpty())
            takeVersions(m_after, target); // redo writes over the undone state
    }
    if (!problems.isEmpty()) {
        setObsolete(true); // what it would restore is no longer what is stored: drop it
        if (m_onError)
            m_onError(tr("Could not undo: %1").arg(formatProblems(problems)));
    }
}

void SaveUnitCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    UnitRepository repo(m_db);
    UnitRecord target = m_after;
    if (m_before.unit.id == 0 && !repo.unit(target.unit.id)) {
        // The registration was undone and the unit removed: register it again.
        target.unit.id = 0;
        target.participation.id = 0;
    }
    const Problems problems = repo.save(target);
    if (problems.isEmpty()) {
        m_after = target;
        return;
    }
    setObsolete(true);
    if (m_onError)
        m_onError(tr("Could not redo: %1").arg(formatProblems(problems)));
}

SetTargetCommand::SetTargetCommand(Database &db, qint64 unitId, qint64 campaignId, qint64 oldTarget,
                                   qint64 newTarget, const QString &unitName, bool alreadyDone,
                                   UnitCommandErrorHandler onError)
    : m_db(db)
    , m_unitId(unitId)
    , m_campaignId(campaignId)
    , m_old(oldTarget)
    , m_new(newTarget)
    , m_skipRedo(alreadyDone)
    , m_onError(std::move(onError))
{
    setText(tr("target of %1: %2 → %3").arg(unitName).arg(oldTarget).arg(newTarget));
}

void SetTargetCommand::apply(qint64 target, qint64 expected)
{
    const Problems problems
        = UnitRepository(m_db).setTarget(m_unitId, m_campaignId, target, expected);
    if (problems.isEmpty())
        return;
    setObsolete(true); // someone else's target is there now: this edit no longer applies
    if (m_onError)
        m_onError(formatProblems(problems));
}

void SetTargetCommand::undo()
{
    apply(m_old, m_new);
}

void SetTargetCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    apply(m_new, m_old);
}

bool SetTargetCommand::mergeWith(const QUndoCommand *)
{
    return false;
}
