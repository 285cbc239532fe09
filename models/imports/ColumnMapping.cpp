#include "imports/ColumnMapping.h"

#include "imports/ImportColumns.h"

#include <QHash>

namespace {

using Field = ColumnMapping::Field;

// Aliases by field, already normalised. "valid" means a count in daily files and a flag in
// responses files, so it is listed for both and resolved by kind.
const QHash<QString, QList<Field>> &aliasTable()
{
    static const QHash<QString, QList<Field>> table = [] {
        QHash<QString, QList<Field>> t;
        const auto add = [&t](Field f, std::initializer_list<const char *> names) {
            for (const char *n : names)
                t[ColumnMapping::normalise(QString::fromUtf8(n))].append(f);
        };
        add(ColumnMapping::Link,
            {"链接", "链接编号", "独立链接", "链接地址", "问卷链接", "来源链接", "链接标识", "link",
             "links", "link token", "link id", "link url", "token", "url", "src", "source"});
        add(ColumnMapping::Day, {"日期", "统计日期", "采集日期", "date", "day"});
        add(ColumnMapping::ValidSamples,
            {"有效样本数", "有效样本", "有效样本量", "有效答卷数", "样本量", "样本数", "valid",
             "valid samples", "valid sample", "valid count", "samples"});
        add(ColumnMapping::InvalidSamples,
            {"无效样本数", "无效样本", "无效样本量", "invalid", "invalid samples",
             "invalid count"});
        add(ColumnMapping::Suggestions,
            {"意见建议数", "意见建议", "建议数", "意见数", "suggestions", "suggestion count"});
        add(ColumnMapping::ResponseId,
            {"答卷编号", "答卷id", "答卷序号", "答卷号", "序号", "response id", "responseid",
             "response", "answer id", "id"});
        add(ColumnMapping::SubmittedAt,
            {"提交时间", "提交日期", "答题时间", "答卷时间", "submitted at", "submitted",
             "submit time", "submitted time", "timestamp", "time"});
        add(ColumnMapping::ValidFlag,
            {"是否有效", "有效性", "有效", "valid", "is valid", "valid flag", "validity"});
        add(ColumnMapping::Region,
            {"地区", "所在地区", "省份", "地域", "region", "province", "area"});
        return t;
    }();
    return table;
}

} // namespace

ColumnMapping::ColumnMapping()
    : m_columns(FieldCount, -1)
{}

QString ColumnMapping::normalise(const QString &header)
{
    return ImportColumns::normalise(header);
}

ColumnMapping ColumnMapping::fromHeader(const QStringList &header, Kind kind)
{
    const auto &aliases = aliasTable();
    QList<QList<Field>> candidates;
    for (const QString &h : header)
        candidates.append(aliases.value(normalise(h)));
    const auto present = [&](Field f) {
        for (const auto &c : candidates) {
            if (c.contains(f))
                return true;
        }
        return false;
    };
    if (kind == Kind::Unknown) {
        if (present(ResponseId) || present(SubmittedAt))
            kind = Kind::Responses;
        else if (present(Day) && present(ValidSamples))
            kind = Kind::Daily;
    }
    ColumnMapping mapping;
    mapping.m_kind = kind;
    mapping.m_headerSize = int(header.size());
    const QList<Field> wanted = kind == Kind::Unknown
        ? QList<Field> {Link,        Day,        ValidSamples, InvalidSamples,
                        Suggestions, ResponseId, SubmittedAt,  Region}
        : requiredFields(kind) + optionalFields(kind);
    for (int col = 0; col < candidates.size(); ++col) {
        for (Field f : candidates.at(col)) {
            if (wanted.contains(f) && mapping.m_columns[f] < 0) {
                mapping.m_columns[f] = col;
                break;
            }
        }
    }
    return mapping;
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

QList<ColumnMapping::Field> ColumnMapping::requiredFields(Kind kind)
{
    switch (kind) {
    case Kind::Daily:
        return {Link, Day, ValidSamples};
    case Kind::Responses:
        return {ResponseId, Link, SubmittedAt, ValidFlag};
    case Kind::Unknown:
        break;
    }
    return {};
}

QList<ColumnMapping::Field> ColumnMapping::optionalFields(Kind kind)
{
    switch (kind) {
    case Kind::Daily:
        return {Suggestions, InvalidSamples};
    case Kind::Responses:
        return {Region};
    case Kind::Unknown:
        break;
    }
    return {};
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
    switch (field) {
    case Link:
        return QStringLiteral("link");
    case Day:
        return QStringLiteral("day");
    case ValidSamples:
        return QStringLiteral("valid_samples");
    case InvalidSamples:
        return QStringLiteral("invalid_samples");
    case Suggestions:
        return QStringLiteral("suggestions");
    case ResponseId:
        return QStringLiteral("response_id");
    case SubmittedAt:
        return QStringLiteral("submitted_at");
    case ValidFlag:
        return QStringLiteral("valid");
    case Region:
        return QStringLiteral("region");
    case Duration:
        return QStringLiteral("duration");
    case Status:
        return QStringLiteral("status");
    case FieldCount:
        break;
    }
    return {};
}

QString ColumnMapping::fieldLabel(Field field)
{
    switch (field) {
    case Link:
        return tr("Link");
    case Day:
        return tr("Date");
    case ValidSamples:
        return tr("Valid samples");
    case InvalidSamples:
        return tr("Invalid samples");
    case Suggestions:
        return tr("Suggestions");
    case ResponseId:
        return tr("Response ID");
    case SubmittedAt:
        return tr("Submitted at");
    case ValidFlag:
        return tr("Valid?");
    case Region:
        return tr("Region");
    case Duration:
        return tr("Completion time");
    case Status:
        return tr("Response status");
    case FieldCount:
        break;
    }
    return {};
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
