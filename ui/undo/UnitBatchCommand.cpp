#include "undo/UnitBatchCommand.h"

#include <QCoreApplication>

UnitBatchCommand::UnitBatchCommand(Database &db, const QString &text, Write write,
                                   ErrorHandler onError)
    : DatabaseCommand(db, std::move(onError))
    , m_write(std::move(write))
{
    setText(text);
}

Problems UnitBatchCommand::apply(bool forward, ConflictError *)
{
    if (!forward)
        return m_change.revert(m_db);
    if (!m_write)
        return m_change.reapply(m_db);
    // The write's captures (a wizard, a dialog) live no longer than the first push.
    const Write write = std::exchange(m_write, {});
    Problems problems = write(&m_change);
    if (problems.isEmpty() && !m_change.isRecorded())
        problems = {{{},
                     0,
                     QString(),
                     QCoreApplication::translate("UnitBatchCommand", "nothing was written")}};
    return problems;
}
