#include "undo/ChecklistCommands.h"

#include "checklist/ChecklistRepository.h"

TickChecklistCommand::TickChecklistCommand(Database &db, qint64 campaignId,
                                           const QList<ChecklistTick> &before,
                                           const QList<ChecklistTick> &after,
                                           UnitCommandErrorHandler onError)
    : m_db(db)
    , m_campaignId(campaignId)
    , m_before(before)
    , m_after(after)
    , m_onError(std::move(onError))
{
    bool oneItem = true;
    for (const ChecklistTick &t : after)
        oneItem = oneItem && t.item == after.first().item && t.ticked == after.first().ticked;
    const bool ticked = !after.isEmpty() && after.first().ticked;
    const QString item = after.isEmpty() ? QString() : ChecklistItems::displayName(after.first().item);
    if (!oneItem)
        setText(tr("Change the checklist"));
    else
        setText(ticked ? tr("Tick \"%1\" for %n unit(s)", nullptr, int(after.size())).arg(item)
                   : tr("Untick \"%1\" for %n unit(s)", nullptr, int(after.size())).arg(item));
}

void TickChecklistCommand::undo()
{
    const Problems p = ChecklistRepository(m_db).restore(m_campaignId, m_after, m_before);
    if (!p.isEmpty() && m_onError)
        m_onError(formatProblems(p));
}

void TickChecklistCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    const Problems p = ChecklistRepository(m_db).restore(m_campaignId, m_before, m_after);
    if (!p.isEmpty() && m_onError)
        m_onError(formatProblems(p));
}
