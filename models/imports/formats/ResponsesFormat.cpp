#include "imports/formats/ResponsesFormat.h"

#include "imports/TallyValueParser.h"

QString ResponsesFormat::label() const
{
    return ColumnMapping::kindLabel(kind());
}

int ResponsesFormat::recognise(const QStringList &header) const
{
    const ColumnMapping m = ColumnMapping::fromHeader(header);
    return m.kind() == kind() && missingFields(m).isEmpty() ? 5 : 0;
}

void ResponsesFormat::interpret(const QStringList &cells, const ColumnMapping &mapping,
                                TallyRow &row) const
{
    TallyRow::setTrimmed(row.responseId, cell(cells, mapping, Field::ResponseId));
    if (row.responseId.isEmpty())
        row.problems.append(
            {ColumnMapping::fieldKey(Field::ResponseId), tr("the response ID is empty")});
    TallyRow::setTrimmed(row.link, cell(cells, mapping, Field::Link));
    if (row.link.isEmpty())
        row.problems.append({ColumnMapping::fieldKey(Field::Link), tr("the link is empty")});
    const QString &timeText = cell(cells, mapping, Field::SubmittedAt);
    row.day = TallyValueParser::chinaDay(timeText);
    if (!row.day.isValid())
        row.problems.append({ColumnMapping::fieldKey(Field::SubmittedAt),
                             TallyValueParser::trimmed(timeText).isEmpty()
                                 ? tr("the date is empty")
                                 : notATimeMessage(timeText)});
    const QString &validText = cell(cells, mapping, Field::ValidFlag);
    const int flag = TallyValueParser::parseFlag(validText);
    if (flag < 0)
        row.problems.append(
            {ColumnMapping::fieldKey(Field::ValidFlag),
             tr("'%1' is not a valid flag (1/0, true/false, 是/否)").arg(validText)});
    row.valid = flag == 1;
}
