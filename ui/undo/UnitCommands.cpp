#include "undo/UnitCommands.h"

#include "repo/UnitRepository.h"

namespace {
// The stored record's current row versions, so an undo writes over what is there now.
void refreshVersions(UnitRepository &repo, UnitRecord &record)
{
    if (const auto current = repo.load(record.unit.id, record.participation.campaignId)) {
        record.unit.rowVersion = current->unit.rowVersion;
        record.participation.id = current->participation.id;
        record.participation.rowVersion = current->participation.rowVersion;
    }
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
        problems = repo.removeRegistration(m_after.unit.id, m_after.participation.campaignId);
    } else {
        UnitRecord target = m_before;
        refreshVersions(repo, target);
        problems = repo.save(target);
    }
    if (!problems.isEmpty() && m_onError)
        m_onError(formatProblems(problems));
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
    } else {
        refreshVersions(repo, target);
    }
    const Problems problems = repo.save(target);
    if (problems.isEmpty())
        m_after = target;
    else if (m_onError)
        m_onError(formatProblems(problems));
}

SetTargetCommand::SetTargetCommand(Database &db, qint64 unitId, qint64 campaignId, qint64 oldTarget,
                                   qint64 newTarget, const QString &unitName,
                                   UnitCommandErrorHandler onError)
    : m_db(db)
    , m_unitId(unitId)
    , m_campaignId(campaignId)
    , m_old(oldTarget)
    , m_new(newTarget)
    , m_onError(std::move(onError))
{
    setText(tr("target of %1: %2 → %3").arg(unitName).arg(oldTarget).arg(newTarget));
}

void SetTargetCommand::apply(qint64 target)
{
    const Problems problems = UnitRepository(m_db).setTarget(m_unitId, m_campaignId, target);
    if (!problems.isEmpty() && m_onError)
        m_onError(formatProblems(problems));
}

void SetTargetCommand::undo()
{
    apply(m_old);
}

void SetTargetCommand::redo()
{
    apply(m_new);
}

bool SetTargetCommand::mergeWith(const QUndoCommand *)
{
    return false;
}
