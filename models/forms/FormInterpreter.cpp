#include "forms/FormInterpreter.h"

namespace {
using Table = FormLayout::Table;

struct HeaderColumn
{
    int first = 0;
    int last = 0;
    QString key;
};

// Which sub-table a row of column headers belongs to (Table::None when it is no header row):
// every non-empty cell a header of that table, at least two of them.
Table headerTable(const FormRow &row, Table current)
{
    Table best = Table::None;
    int bestCount = 0;
    for (Table t : {Table::Initiating, Table::Supporting, Table::Gifts, Table::Experts}) {
        int count = 0;
        bool all = true;
        for (const FormCell &c : row.cells) {
            if (c.text.trimmed().isEmpty())
                continue;
            if (FormLayout::columnForHeader(t, c.text) >= 0)
                ++count;
            else
                all = false;
        }
        if (!all || count < 2)
            continue;
        if (count > bestCount || (count == bestCount && t == current)) {
            best = t;
            bestCount = count;
        }
    }
    return best;
}

QList<HeaderColumn> headerColumns(const FormRow &row, Table table)
{
    const QList<FormLayout::ColumnSpec> specs = FormLayout::columns(table);
    QList<HeaderColumn> out;
    for (const FormCell &c : row.cells) {
        const int i = FormLayout::columnForHeader(table, c.text);
        if (i >= 0)
            out.append({c.column, c.column + c.span - 1, specs[i].key});
    }
    return out;
}

bool blankRecord(const QHash<QString, QString> &record)
{
    for (const QString &v : record) {
        for (const QChar c : v) {
            if (!c.isSpace() && !FormLayout::isEmptyBox(c))
                return false;
        }
    }
    return true;
}

void readFields(const FormRow &row, FormData *data)
{
    for (int i = 0; i < row.cells.size(); ++i) {
        const FormCell &cell = row.cells[i];
        if (cell.continued)
            continue;
        QString rest;
        const FormLayout::FieldSpec *spec = FormLayout::fieldForLabel(cell.text, &rest);
        if (!spec)
            continue;
        QString value = rest;
        // The next cell is this label's value unless it is a label itself (a bare one: a value
        // such as "联系人 兼 秘书长" only starts like a label).
        QString nextRest;
        const FormLayout::FieldSpec *nextLabel = i + 1 < row.cells.size()
            ? FormLayout::fieldForLabel(row.cells[i + 1].text, &nextRest)
            : nullptr;
        if (i + 1 < row.cells.size() && (!nextLabel || !nextRest.isEmpty())) {
            const QString next = row.cells[i + 1].text.trimmed();
            if (!next.isEmpty() && !rest.isEmpty() && next != rest)
                data->notes.append(
                    {spec->key,
                     FormInterpreter::tr("'%1' is written beside the label and '%2' in "
                                         "its cell; '%2' is read")
                         .arg(rest, next)});
            if (!next.isEmpty())
                value = next;
            ++i;
        }
        if (!data->fields.contains(spec->key) || !value.isEmpty())
            data->fields.insert(spec->key, value.trimmed());
    }
}
} // namespace

FormData FormInterpreter::interpret(const FormGrid &grid)
{
    FormData data;
    Table section = Table::None;
    QList<HeaderColumn> header;
    for (const FormRow &row : grid) {
        QList<const FormCell *> filled;
        for (const FormCell &c : row.cells) {
            if (!c.continued && !c.text.trimmed().isEmpty())
                filled << &c;
        }
        if (filled.size() == 1) {
            if (const Table t = FormLayout::tableForTitle(filled.first()->text); t != Table::None) {
                section = t;
                header.clear();
                data.tables[t];
                continue;
            }
        }
        // Before the sub-tables, a row of the unit's own labels (联系人 | … | 职务 | …) is no
        // header, though a sub-table has columns of those names too.
        bool ownLabelsOnly = section == Table::None;
        for (const FormCell *c : std::as_const(filled))
            ownLabelsOnly = ownLabelsOnly && FormLayout::fieldForLabel(c->text) != nullptr;
        if (const Table t = ownLabelsOnly ? Table::None : headerTable(row, section);
            t != Table::None) {
            section = t;
            header = headerColumns(row, t);
            data.tables[t];
            continue;
        }
        if (section == Table::None) {
            readFields(row, &data);
            continue;
        }
        if (header.isEmpty())
            continue; // between a title and its header: hints and the like
        QHash<QString, QString> record;
        for (const FormCell &c : row.cells) {
            for (const HeaderColumn &h : std::as_const(header)) {
                if (c.column <= h.last && c.column + c.span - 1 >= h.first) {
                    QString &v = record[h.key];
                    v = v.isEmpty() ? c.text.trimmed() : v + QLatin1Char(' ') + c.text.trimmed();
                    break;
                }
            }
        }
        if (!blankRecord(record))
            data.tables[section].append(record);
    }
    return data;
}
