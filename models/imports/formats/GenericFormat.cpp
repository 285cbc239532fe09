#include "imports/formats/GenericFormat.h"

#include "domain/SurveyPlatform.h"

GenericFormat::GenericFormat(const QString &key)
    : PlatformFormat(
        key,
        {{QStringLiteral("序号"), QStringLiteral("编号"), QStringLiteral("答卷编号"),
          QStringLiteral("答卷序号"), QStringLiteral("答卷id"), QStringLiteral("id"),
          QStringLiteral("response id"), QStringLiteral("responseid"),
          QStringLiteral("serial_number")},
         {QStringLiteral("提交答卷时间"), QStringLiteral("提交时间"),
          QStringLiteral("结束答题时间"), QStringLiteral("答题结束时间"),
          QStringLiteral("结束时间"), QStringLiteral("完成时间"), QStringLiteral("submitdate"),
          QStringLiteral("recordeddate"), QStringLiteral("created_at"),
          QStringLiteral("submitted at"), QStringLiteral("submit time")},
         {QStringLiteral("来源详情"), QStringLiteral("自定义字段"), QStringLiteral("扩展属性"),
          QStringLiteral("自定义参数"), QStringLiteral("渠道参数"), QStringLiteral("链接参数"),
          QStringLiteral("外部参数"), QStringLiteral("src"), QStringLiteral("sojumpparm"),
          QStringLiteral("x_field_1"), QStringLiteral("token")},
         {QStringLiteral("所用时间"), QStringLiteral("答题时长"), QStringLiteral("答题用时"),
          QStringLiteral("填写用时"), QStringLiteral("duration (in seconds)"),
          QStringLiteral("duration")},
         {},
         {},
         {}})
{}

QString GenericFormat::label() const
{
    return key() == QLatin1String("wenjuan") ? SurveyPlatform::label(SurveyPlatform::Wenjuan)
                                             : tr("Other platform (generic)");
}

int GenericFormat::recognise(const QStringList &header) const
{
    // 问卷网 is chosen by hand; detection offers the generic reading.
    if (key() != QLatin1String("generic"))
        return 0;
    return missingFields(map(header, {})).isEmpty() ? 1 : 0;
}
