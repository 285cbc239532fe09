#include "undo/MergeUnitsCommand.h"

#include "repo/UnitRepository.h"

MergeUnitsCommand::MergeUnitsCommand(Database &db, const UnitMergeSnapshot &before,
                                     const QString &keptName, const QString &otherName,
                                     UnitCommandErrorHandler onError)
    : m_db(db)
    , m_before(before)
    , m_onError(std::move(onError))
{
    setText(tr("merge %1 into %2").arg(otherName, keptName));
}

void MergeUnitsCommand::undo()
{
    const Problems problems = UnitRepository(m_db).unmerge(m_before);
    if (problems.isEmpty())
        return;
    setObsolete(true);
    if (m_onError)
        m_onError(tr("Could not undo the merge: %1").arg(formatProblems(problems)));
}

void MergeUnitsCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    UnitMergeSnapshot again;
    const Problems problems = UnitRepository(m_db).merge(m_before.keep(), m_before.other(), &again);
    if (problems.isEmpty()) {
        m_before = again;
        return;
    }
    setObsolete(true);
    if (m_onError)
        m_onError(tr("Could not merge again: %1").arg(formatProblems(problems)));
}
