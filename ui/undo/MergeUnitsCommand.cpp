#include "undo/MergeUnitsCommand.h"

#include "repo/UnitRepository.h"

MergeUnitsCommand::MergeUnitsCommand(Database &db, qint64 keep, qint64 other,
                                     const QString &keptName, const QString &otherName,
                                     UnitCommandErrorHandler onError)
    : DatabaseCommand(db, std::move(onError))
    , m_keep(keep)
    , m_other(other)
{
    setText(tr("merge %1 into %2").arg(otherName, keptName));
}

Problems MergeUnitsCommand::apply(bool forward, ConflictError *)
{
    UnitRepository repo(m_db);
    return forward ? repo.merge(m_keep, m_other, &m_before) : repo.unmerge(m_before);
}
