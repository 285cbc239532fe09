#include "imports/formats/PlatformFormat.h"

#include "imports/TallyValueParser.h"

PlatformFormat::PlatformFormat(QString key, Columns columns)
    : m_key(std::move(key))
    , m_columns(std::move(columns))
{}

int PlatformFormat::recognise(const QStringList &header) const
{
    if (m_columns.signature.isEmpty())
        return 0;
    for (const QString &name : m_columns.signature) {
        if (findColumn(header, {name}) < 0)
            return 0;
    }
    return 10;
}

ColumnMapping PlatformFormat::map(const QStringList &header,
                                  const QStringList &linkParameters) const
{
    ColumnMapping m;
    m.setKind(ColumnMapping::Kind::Responses);
    m.setHeaderSize(int(header.size()));
    const auto set = [&](Field f, const QStringList &names) {
        if (const int col = findColumn(header, names); col >= 0 && !m.isMapped(f))
            m.setColumn(f, col);
    };
    set(Field::ResponseId, m_columns.responseId);
    set(Field::SubmittedAt, m_columns.submittedAt);
    set(Field::Link, m_columns.link);
    set(Field::Link, linkParameters);
    set(Field::Duration, m_columns.duration);
    set(Field::ValidFlag, m_columns.validFlag);
    set(Field::Status, m_columns.status);
    return m;
}

QList<TallyFormat::Field> PlatformFormat::requiredFields() const
{
    return {Field::ResponseId, Field::Link, Field::SubmittedAt};
}

QList<TallyFormat::Field> PlatformFormat::optionalFields() const
{
    return {Field::Duration, Field::ValidFlag, Field::Status};
}

bool PlatformFormat::isNoLink(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() || t.compare(QLatin1String("N/A"), Qt::CaseInsensitive) == 0
        || t == QLatin1String("-") || t == QStringLiteral("直接访问") || t == QStringLiteral("(空)")
        || t == QStringLiteral("(跳过)");
}

void PlatformFormat::interpret(const QStringList &cells, const ColumnMapping &mapping,
                               TallyRow &row) const
{
    row.link = cell(cells, mapping, Field::Link).trimmed();
    if (isNoLink(row.link)) {
        row.noLink = true;
        return;
    }
    row.responseId = cell(cells, mapping, Field::ResponseId).trimmed();
    if (row.responseId.isEmpty())
        row.problems.append(
            {ColumnMapping::fieldKey(Field::ResponseId), tr("the response ID is empty")});
    const QString timeText = cell(cells, mapping, Field::SubmittedAt);
    if (timeText.trimmed().isEmpty() && emptyTimeMeansIncomplete()) {
        row.incomplete = true;
        return;
    }
    row.day = TallyValueParser::chinaDay(timeText);
    if (!row.day.isValid())
        row.problems.append({ColumnMapping::fieldKey(Field::SubmittedAt),
                             timeText.trimmed().isEmpty() ? tr("the submit time is empty")
                                                          : notATimeMessage(timeText)});
    if (mapping.isMapped(Field::Duration))
        row.seconds = TallyValueParser::parseSeconds(cell(cells, mapping, Field::Duration));
    row.valid = isValid(cells, mapping, row);
}

bool PlatformFormat::isValid(const QStringList &cells, const ColumnMapping &mapping,
                             TallyRow &row) const
{
    if (!mapping.isMapped(Field::ValidFlag))
        return true;
    const QString text = cell(cells, mapping, Field::ValidFlag);
    const int flag = TallyValueParser::parseFlag(text);
    if (flag < 0)
        row.problems.append({ColumnMapping::fieldKey(Field::ValidFlag),
                             tr("'%1' is not a valid flag (1/0, true/false, 是/否)").arg(text)});
    return flag == 1;
}
