#include "imports/formats/DailyFormat.h"

#include "imports/TallyValueParser.h"

namespace {

// A count column that may be empty (0) or absent (-1); a problem when it holds no number.
qint64 optionalCount(const QString &text, const QString &field, const QString &message,
                     TallyRow &row)
{
    const qint64 value = text.trimmed().isEmpty() ? 0 : TallyValueParser::parseCount(text);
    if (value < 0)
        row.problems.append({field, message.arg(text)});
    return value;
}

} // namespace

QString DailyFormat::label() const
{
    return ColumnMapping::kindLabel(kind());
}

int DailyFormat::recognise(const QStringList &header) const
{
    const ColumnMapping m = ColumnMapping::fromHeader(header);
    return m.kind() == kind() && missingFields(m).isEmpty() ? 5 : 0;
}

void DailyFormat::interpret(const QStringList &cells, const ColumnMapping &mapping,
                            TallyRow &row) const
{
    TallyRow::setTrimmed(row.link, cell(cells, mapping, Field::Link));
    if (row.link.isEmpty())
        row.problems.append({ColumnMapping::fieldKey(Field::Link), tr("the link is empty")});
    const QString &dayText = cell(cells, mapping, Field::Day);
    row.day = TallyValueParser::parseDay(dayText, false);
    if (!row.day.isValid())
        row.problems.append(
            {ColumnMapping::fieldKey(Field::Day),
             dayText.trimmed().isEmpty()
                 ? tr("the date is empty")
                 : tr("'%1' is not a date (yyyy-MM-dd, yyyy/M/d or yyyy年M月d日)").arg(dayText)});
    const QString &validText = cell(cells, mapping, Field::ValidSamples);
    row.validSamples = TallyValueParser::parseCount(validText);
    if (row.validSamples < 0)
        row.problems.append({ColumnMapping::fieldKey(Field::ValidSamples),
                             tr("'%1' is not a number of samples").arg(validText)});
    if (mapping.isMapped(Field::InvalidSamples))
        row.invalidSamples = optionalCount(cell(cells, mapping, Field::InvalidSamples),
                                           ColumnMapping::fieldKey(Field::InvalidSamples),
                                           tr("'%1' is not a number of samples"), row);
    if (mapping.isMapped(Field::Suggestions))
        row.suggestions = optionalCount(cell(cells, mapping, Field::Suggestions),
                                        ColumnMapping::fieldKey(Field::Suggestions),
                                        tr("'%1' is not a number of suggestions"), row);
}
