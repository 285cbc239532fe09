#include "imports/formats/PlatformFormat.h"

#include "imports/TallyValueParser.h"

#include <QSet>

PlatformFormat::PlatformFormat(QString key, ImportFields fields, QStringList signature)
    : m_key(std::move(key))
    , m_fields(std::move(fields))
    , m_signature(std::move(signature))
{}

ImportFields PlatformFormat::table(const Names &names)
{
    // Required first, in the order the wizard lists them.
    return {ColumnMapping::required(Field::ResponseId, names.responseId),
            ColumnMapping::required(Field::Link, names.link),
            ColumnMapping::required(Field::SubmittedAt, names.submittedAt),
            ColumnMapping::optional(Field::Duration, names.duration),
            ColumnMapping::optional(Field::ValidFlag, names.validFlag),
            ColumnMapping::optional(Field::Status, names.status)};
}

int PlatformFormat::recognise(const QStringList &header) const
{
    if (m_signature.isEmpty())
        return 0;
    QSet<QString> present;
    for (const QString &h : header)
        present.insert(ImportColumns::normalise(h));
    for (const QString &name : m_signature) {
        if (!present.contains(ImportColumns::normalise(name)))
            return 0;
    }
    return 10;
}

ColumnMapping PlatformFormat::map(const QStringList &header,
                                  const QStringList &linkParameters) const
{
    ImportFields fields = m_fields;
    for (ImportField &f : fields) {
        if (ColumnMapping::fieldOf(f) == Field::Link)
            f.aliases += linkParameters;
    }
    return ColumnMapping::fromHeader(fields, header, kind(), ImportColumns::Names::AliasesOnly);
}

bool PlatformFormat::isNoLink(QStringView text)
{
    const QStringView t = TallyValueParser::trimmed(text);
    return t.isEmpty() || t.compare(QLatin1String("N/A"), Qt::CaseInsensitive) == 0
        || t == QLatin1String("-") || t == u"直接访问" || t == u"(空)" || t == u"(跳过)";
}

void PlatformFormat::interpret(const QStringList &cells, const ColumnMapping &mapping,
                               TallyRow &row) const
{
    TallyRow::setTrimmed(row.link, cell(cells, mapping, Field::Link));
    if (isNoLink(row.link)) {
        row.noLink = true;
        return;
    }
    TallyRow::setTrimmed(row.responseId, cell(cells, mapping, Field::ResponseId));
    if (row.responseId.isEmpty())
        row.problems.append(
            {ColumnMapping::fieldKey(Field::ResponseId), tr("the response ID is empty")});
    const QString &timeText = cell(cells, mapping, Field::SubmittedAt);
    if (TallyValueParser::trimmed(timeText).isEmpty() && emptyTimeMeansIncomplete()) {
        row.incomplete = true;
        return;
    }
    row.day = TallyValueParser::chinaDay(timeText);
    if (!row.day.isValid())
        row.problems.append({ColumnMapping::fieldKey(Field::SubmittedAt),
                             TallyValueParser::trimmed(timeText).isEmpty()
                                 ? tr("the submit time is empty")
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
    const QString &text = cell(cells, mapping, Field::ValidFlag);
    const int flag = TallyValueParser::parseFlag(text);
    if (flag < 0)
        row.problems.append({ColumnMapping::fieldKey(Field::ValidFlag),
                             tr("'%1' is not a valid flag (1/0, true/false, 是/否)").arg(text)});
    return flag == 1;
}
