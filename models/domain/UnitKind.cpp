#include "domain/UnitKind.h"

namespace {
QString norm(const QString &text)
{
    return text.trimmed().toLower();
}
} // namespace

QString DomainNames::code(UnitKind kind)
{
    switch (kind) {
    case UnitKind::InitiatingFirst:
        return QStringLiteral("initiating-1");
    case UnitKind::InitiatingSecond:
        return QStringLiteral("initiating-2");
    case UnitKind::Supporting:
        return QStringLiteral("supporting");
    }
    return {};
}

std::optional<UnitKind> DomainNames::unitKindFromText(const QString &text)
{
    const QString t = norm(text);
    if (t == QLatin1String("initiating-1") || t == QStringLiteral("一级发起单位")
        || t == QStringLiteral("省市核心一级发起单位") || t == QStringLiteral("核心一级发起单位")
        || t == QLatin1String("first-level initiating unit") || t == QLatin1String("initiating1"))
        return UnitKind::InitiatingFirst;
    if (t == QLatin1String("initiating-2") || t == QStringLiteral("二级发起单位")
        || t == QLatin1String("second-level initiating unit") || t == QLatin1String("initiating2"))
        return UnitKind::InitiatingSecond;
    if (t == QLatin1String("supporting") || t == QStringLiteral("支持单位")
        || t == QLatin1String("supporting unit"))
        return UnitKind::Supporting;
    return std::nullopt;
}

QString DomainNames::displayName(UnitKind kind)
{
    switch (kind) {
    case UnitKind::InitiatingFirst:
        return tr("First-level initiating unit");
    case UnitKind::InitiatingSecond:
        return tr("Second-level initiating unit");
    case UnitKind::Supporting:
        return tr("Supporting unit");
    }
    return {};
}

QString DomainNames::letterSeries(UnitKind kind)
{
    return kind == UnitKind::Supporting ? QStringLiteral("ZC") : QStringLiteral("FQ");
}

QList<UnitKind> DomainNames::unitKinds()
{
    return {UnitKind::InitiatingFirst, UnitKind::InitiatingSecond, UnitKind::Supporting};
}

QString DomainNames::code(UnitSort sort)
{
    switch (sort) {
    case UnitSort::Association:
        return QStringLiteral("association");
    case UnitSort::Media:
        return QStringLiteral("media");
    case UnitSort::Company:
        return QStringLiteral("company");
    case UnitSort::Government:
        return QStringLiteral("government");
    case UnitSort::School:
        return QStringLiteral("school");
    case UnitSort::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<UnitSort> DomainNames::unitSortFromText(const QString &text)
{
    const QString t = norm(text);
    for (UnitSort s : unitSorts()) {
        if (t == code(s))
            return s;
    }
    static const QList<QPair<QString, UnitSort>> zh = {
        {QStringLiteral("协会"), UnitSort::Association},
        {QStringLiteral("社会组织"), UnitSort::Association},
        {QStringLiteral("媒体"), UnitSort::Media},
        {QStringLiteral("企业"), UnitSort::Company},
        {QStringLiteral("公司"), UnitSort::Company},
        {QStringLiteral("政府"), UnitSort::Government},
        {QStringLiteral("政府机关"), UnitSort::Government},
        {QStringLiteral("学校"), UnitSort::School},
        {QStringLiteral("高校"), UnitSort::School},
        {QStringLiteral("其他"), UnitSort::Other},
    };
    for (const auto &[name, sort] : zh) {
        if (t == name)
            return sort;
    }
    return std::nullopt;
}

QString DomainNames::displayName(UnitSort sort)
{
    switch (sort) {
    case UnitSort::Association:
        return tr("Association");
    case UnitSort::Media:
        return tr("Media");
    case UnitSort::Company:
        return tr("Company");
    case UnitSort::Government:
        return tr("Government");
    case UnitSort::School:
        return tr("School");
    case UnitSort::Other:
        return tr("Other");
    }
    return {};
}

QList<UnitSort> DomainNames::unitSorts()
{
    return {UnitSort::Association, UnitSort::Media,  UnitSort::Company,
            UnitSort::Government,  UnitSort::School, UnitSort::Other};
}

QString DomainNames::code(ExpertField field)
{
    switch (field) {
    case ExpertField::Publicity:
        return QStringLiteral("publicity");
    case ExpertField::Questionnaire:
        return QStringLiteral("questionnaire");
    case ExpertField::Report:
        return QStringLiteral("report");
    case ExpertField::Data:
        return QStringLiteral("data");
    case ExpertField::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<ExpertField> DomainNames::expertFieldFromText(const QString &text)
{
    const QString t = norm(text);
    for (ExpertField f : expertFields()) {
        if (t == code(f))
            return f;
    }
    static const QList<QPair<QString, ExpertField>> zh = {
        {QStringLiteral("宣传策划"), ExpertField::Publicity},
        {QStringLiteral("问卷设计"), ExpertField::Questionnaire},
        {QStringLiteral("报告撰写"), ExpertField::Report},
        {QStringLiteral("数据处理"), ExpertField::Data},
        {QStringLiteral("其他"), ExpertField::Other},
    };
    for (const auto &[name, field] : zh) {
        if (t == name || t == name + QStringLiteral("专家"))
            return field;
    }
    return std::nullopt;
}

QString DomainNames::displayName(ExpertField field)
{
    switch (field) {
    case ExpertField::Publicity:
        return tr("Publicity planning");
    case ExpertField::Questionnaire:
        return tr("Questionnaire design");
    case ExpertField::Report:
        return tr("Report writing");
    case ExpertField::Data:
        return tr("Data processing");
    case ExpertField::Other:
        return tr("Other");
    }
    return {};
}

QList<ExpertField> DomainNames::expertFields()
{
    return {ExpertField::Publicity, ExpertField::Questionnaire, ExpertField::Report,
            ExpertField::Data, ExpertField::Other};
}
