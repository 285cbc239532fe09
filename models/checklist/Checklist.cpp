#include "checklist/Checklist.h"

QList<ChecklistItem> ChecklistRow::missing() const
{
    QList<ChecklistItem> items;
    for (ChecklistItem item : ChecklistItems::all()) {
        if (mark(item).applies && !mark(item).done)
            items.append(item);
    }
    return items;
}

bool ChecklistRow::anyOverdue() const
{
    for (const ChecklistMark &m : marks) {
        if (m.overdue)
            return true;
    }
    return false;
}

bool ChecklistFilter::accepts(const ChecklistRow &row) const
{
    if (missing && (row.mark(*missing).done || !row.mark(*missing).applies))
        return false;
    if (overdueOnly && !(missing ? row.mark(*missing).overdue : row.anyOverdue()))
        return false;
    if (kind && row.kind != *kind)
        return false;
    if (!province.isEmpty() && row.province != province)
        return false;
    return parentId == 0 || row.parentId == parentId || row.unitId == parentId;
}
