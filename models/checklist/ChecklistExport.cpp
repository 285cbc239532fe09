#include "checklist/ChecklistExport.h"

#include "common/Clock.h"
#include "domain/Regions.h"

namespace {

QString names(const QList<ChecklistItem> &items)
{
    QStringList list;
    for (ChecklistItem item : items)
        list << ChecklistItems::displayName(item);
    return list.join(QStringLiteral("、"));
}

} // namespace

TableExport::Sheet ChecklistExport::sheet(const QList<ChecklistRow> &rows)
{
    TableExport::Sheet s;
    s.name = tr("Checklist");
    s.headers = {tr("Unit"),    tr("Kind"),    tr("Region"),  tr("Parent unit"),
                 tr("Contact"), tr("Phone"),   tr("Missing"), tr("Overdue")};
    for (ChecklistItem item : ChecklistItems::all())
        s.headers << ChecklistItems::displayName(item);
    for (const ChecklistRow &r : rows) {
        QList<ChecklistItem> overdue;
        for (ChecklistItem item : r.missing()) {
            if (r.mark(item).overdue)
                overdue << item;
        }
        QVariantList cells = {r.name,
                              DomainNames::displayName(r.kind),
                              Regions::displayName(r.province),
                              r.parentName,
                              r.contact,
                              r.phone,
                              names(r.missing()),
                              names(overdue)};
        for (ChecklistItem item : ChecklistItems::all()) {
            const ChecklistMark &m = r.mark(item);
            cells << (m.done          ? Clock::dateText(m.day)
                          : !m.applies  ? QStringLiteral("—")
                          : m.overdue   ? tr("overdue")
                                        : QString());
        }
        s.rows << cells;
    }
    return s;
}

bool ChecklistExport::write(const QString &path, const QList<ChecklistRow> &rows, QString *error)
{
    return TableExport::write(path, sheet(rows), error);
}
