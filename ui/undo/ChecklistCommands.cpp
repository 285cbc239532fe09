#include "undo/ChecklistCommands.h"

#include "checklist/ChecklistRepository.h"

TickChecklistCommand::TickChecklistCommand(Database &db, qint64 campaignId,
                                           const QList<ChecklistTick> &before,
                                           const QList<ChecklistTick> &after,
                                           UnitCommandErrorHandler onError)
    : ChangeValue(db, campaignId, before, after, std::move(onError))
{
    bool oneItem = true;
    for (const ChecklistTick &t : after)
        oneItem = oneItem && t.item == after.first().item && t.ticked == after.first().ticked;
    const bool ticked = !after.isEmpty() && after.first().ticked;
    const QString item
        = after.isEmpty() ? QString() : ChecklistItems::displayName(after.first().item);
    if (!oneItem)
        setText(tr("Change the checklist"));
    else
        setText(ticked ? tr("Tick \"%1\" for %n unit(s)", nullptr, int(after.size())).arg(item)
                       : tr("Untick \"%1\" for %n unit(s)", nullptr, int(after.size())).arg(item));
}

Problems TickChecklistCommand::setValue(const qint64 &campaignId,
                                        const QList<ChecklistTick> &expected,
                                        const QList<ChecklistTick> &wanted, ConflictError *)
{
    // restore names who changed a tick meanwhile in its problem; it has no ConflictError.
    return ChecklistRepository(m_db).restore(campaignId, expected, wanted);
}
