#include "imports/ColumnMapping.h"

#include "imports/ImportColumns.h"

namespace {

using Field = ColumnMapping::Field;

// Each field's key (FILE:LINE: field: messages, --column, MappingMemory) and name for people, in
// Field order.
struct FieldName
{
    const char *key;
    const char *label;
};
constexpr FieldName kFieldNames[ColumnMapping::FieldCount] = {
    {"link", QT_TRANSLATE_NOOP("ColumnMapping", "Link")},
    {"day", QT_TRANSLATE_NOOP("ColumnMapping", "Date")},
    {"valid_samples", QT_TRANSLATE_NOOP("ColumnMapping", "Valid samples")},
    {"invalid_samples", QT_TRANSLATE_NOOP("ColumnMapping", "Invalid samples")},
    {"suggestions", QT_TRANSLATE_NOOP("ColumnMapping", "Suggestions")},
    {"response_id", QT_TRANSLATE_NOOP("ColumnMapping", "Response ID")},
    {"submitted_at", QT_TRANSLATE_NOOP("ColumnMapping", "Submitted at")},
    {"valid", QT_TRANSLATE_NOOP("ColumnMapping", "Valid?")},
    {"region", QT_TRANSLATE_NOOP("ColumnMapping", "Region")},
    {"duration", QT_TRANSLATE_NOOP("ColumnMapping", "Completion time")},
    {"status", QT_TRANSLATE_NOOP("ColumnMapping", "Response status")},
};

ImportField tallyField(Field field, std::initializer_list<const char *> aliases, bool required)
{
    ImportField f {QString::fromLatin1(kFieldNames[field].key),
                   {},
                   required,
                   "ColumnMapping",
                   kFieldNames[field].label};
    for (const char *a : aliases)
        f.aliases << QString::fromUtf8(a);
    return f;
}

// The header texts of the project's own files, by field.
ImportField ownField(Field field, bool required)
{
    switch (field) {
    case Field::Link:
        return tallyField(field,
                          {"链接", "链接编号", "独立链接", "链接地址", "问卷链接", "来源链接",
                           "链接标识", "link", "links", "link token", "link id", "link url",
                           "token", "url", "src", "source"},
                          required);
    case Field::Day:
        return tallyField(field, {"日期", "统计日期", "采集日期", "date", "day"}, required);
    case Field::ValidSamples:
        return tallyField(field,
                          {"有效样本数", "有效样本", "有效样本量", "有效答卷数", "样本量", "样本数",
                           "valid", "valid samples", "valid sample", "valid count", "samples"},
                          required);
    case Field::InvalidSamples:
        return tallyField(
            field,
            {"无效样本数", "无效样本", "无效样本量", "invalid", "invalid samples", "invalid count"},
            required);
    case Field::Suggestions:
        return tallyField(
            field,
            {"意见建议数", "意见建议", "建议数", "意见数", "suggestions", "suggestion count"},
            required);
    case Field::ResponseId:
        return tallyField(field,
                          {"答卷编号", "答卷id", "答卷序号", "答卷号", "序号", "response id",
                           "responseid", "response", "answer id", "id"},
                          required);
    case Field::SubmittedAt:
        return tallyField(field,
                          {"提交时间", "提交日期", "答题时间", "答卷时间", "submitted at",
                           "submitted", "submit time", "submitted time", "timestamp", "time"},
                          required);
    case Field::ValidFlag:
        return tallyField(
            field, {"是否有效", "有效性", "有效", "valid", "is valid", "valid flag", "validity"},
            required);
    case Field::Region:
        return tallyField(field, {"地区", "所在地区", "省份", "地域", "region", "province", "area"},
                          required);
    default:
        return tallyField(field, {}, required);
    }
}

} // namespace

ColumnMapping::ColumnMapping()
    : m_columns(FieldCount, -1)
{}

QString ColumnMapping::normalise(const QString &header)
{
    return ImportColumns::normalise(header);
}

ImportField ColumnMapping::required(Field field, std::initializer_list<const char *> aliases)
{
    return tallyField(field, aliases, true);
}

ImportField ColumnMapping::optional(Field field, std::initializer_list<const char *> aliases)
{
    return tallyField(field, aliases, false);
}

const ImportFields &ColumnMapping::fields(Kind kind)
{
    static const ImportFields daily
        = {ownField(Link, true), ownField(Day, true), ownField(ValidSamples, true),
           ownField(Suggestions, false), ownField(InvalidSamples, false)};
    static const ImportFields responses
        = {ownField(ResponseId, true), ownField(Link, true), ownField(SubmittedAt, true),
           ownField(ValidFlag, true), ownField(Region, false)};
    static const ImportFields either
        = {ownField(Link, false),         ownField(Day, false),
           ownField(ValidSamples, false), ownField(InvalidSamples, false),
           ownField(Suggestions, false),  ownField(ResponseId, false),
           ownField(SubmittedAt, false),  ownField(Region, false)};
    switch (kind) {
    case Kind::Daily:
        return daily;
    case Kind::Responses:
        return responses;
    case Kind::Unknown:
        break;
    }
    return either;
}

ColumnMapping::Field ColumnMapping::fieldOf(const ImportField &entry)
{
    for (int f = 0; f < FieldCount; ++f) {
        if (entry.key == QLatin1String(kFieldNames[f].key))
            return Field(f);
    }
    return FieldCount;
}

ColumnMapping ColumnMapping::fromHeader(const ImportFields &fields, const QStringList &header,
                                        Kind kind, ImportColumns::Names names)
{
    const ImportColumns columns = ImportColumns::match(fields, header, names);
    ColumnMapping mapping;
    mapping.m_kind = kind;
    mapping.m_headerSize = int(header.size());
    for (int i = 0; i < fields.size(); ++i) {
        if (const Field f = fieldOf(fields[i]); f != FieldCount)
            mapping.m_columns[f] = columns.column(i);
    }
    return mapping;
}

ColumnMapping ColumnMapping::fromHeader(const QStringList &header, Kind kind)
{
    if (kind == Kind::Unknown) {
        const ColumnMapping found = fromHeader(fields(Kind::Unknown), header, Kind::Unknown);
        if (found.isMapped(ResponseId) || found.isMapped(SubmittedAt))
            kind = Kind::Responses;
        else if (found.isMapped(Day) && found.isMapped(ValidSamples))
            kind = Kind::Daily;
        else
            return found;
    }
    return fromHeader(fields(kind), header, kind);
}

ImportColumns ColumnMapping::columnsOf(const ImportFields &fields) const
{
    QList<int> columns;
    for (const ImportField &entry : fields) {
        const Field f = fieldOf(entry);
        columns << (f == FieldCount ? -1 : m_columns.at(f));
    }
    return ImportColumns(fields, columns);
}

void ColumnMapping::setColumn(Field field, int column)
{
    if (column >= 0) {
        // One column feeds one field.
        for (int &c : m_columns) {
            if (c == column)
                c = -1;
        }
    }
    m_columns[field] = column;
}

QList<ColumnMapping::Field> ColumnMapping::requiredFields(const ImportFields &fields)
{
    QList<Field> list;
    for (const ImportField &entry : fields) {
        if (entry.required)
            list << fieldOf(entry);
    }
    return list;
}

QList<ColumnMapping::Field> ColumnMapping::optionalFields(const ImportFields &fields)
{
    QList<Field> list;
    for (const ImportField &entry : fields) {
        if (!entry.required)
            list << fieldOf(entry);
    }
    return list;
}

QList<ColumnMapping::Field> ColumnMapping::requiredFields(Kind kind)
{
    return kind == Kind::Unknown ? QList<Field>() : requiredFields(fields(kind));
}

QList<ColumnMapping::Field> ColumnMapping::optionalFields(Kind kind)
{
    return kind == Kind::Unknown ? QList<Field>() : optionalFields(fields(kind));
}

QList<ColumnMapping::Field> ColumnMapping::missingFields() const
{
    QList<Field> missing;
    for (Field f : requiredFields(m_kind)) {
        if (m_columns.at(f) < 0)
            missing.append(f);
    }
    return missing;
}

QList<int> ColumnMapping::ignoredColumns() const
{
    const QList<Field> used = requiredFields(m_kind) + optionalFields(m_kind);
    QList<int> ignored;
    for (int col = 0; col < m_headerSize; ++col) {
        bool isUsed = false;
        for (Field f : used)
            isUsed = isUsed || m_columns.at(f) == col;
        if (!isUsed)
            ignored.append(col);
    }
    return ignored;
}

QString ColumnMapping::labelForKey(const QString &key)
{
    for (int f = 0; f < FieldCount; ++f) {
        if (fieldKey(Field(f)) == key)
            return fieldLabel(Field(f));
    }
    return key;
}

QString ColumnMapping::fieldKey(Field field)
{
    return field >= 0 && field < FieldCount ? QString::fromLatin1(kFieldNames[field].key)
                                            : QString();
}

QString ColumnMapping::fieldLabel(Field field)
{
    return field >= 0 && field < FieldCount ? tr(kFieldNames[field].label) : QString();
}

QString ColumnMapping::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Daily:
        return QStringLiteral("daily");
    case Kind::Responses:
        return QStringLiteral("responses");
    case Kind::Unknown:
        break;
    }
    return {};
}

QString ColumnMapping::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Daily:
        return tr("Daily counts");
    case Kind::Responses:
        return tr("Responses");
    case Kind::Unknown:
        break;
    }
    return tr("Unknown");
}

ColumnMapping::Kind ColumnMapping::kindFromKey(const QString &key)
{
    if (key == QLatin1String("daily"))
        return Kind::Daily;
    if (key == QLatin1String("responses"))
        return Kind::Responses;
    return Kind::Unknown;
}
