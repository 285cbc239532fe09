#include "imports/formats/GenericFormat.h"

#include "domain/SurveyPlatform.h"

GenericFormat::GenericFormat(const QString &key)
    : PlatformFormat(
        key,
        table({.responseId = {"序号", "编号", "答卷编号", "答卷序号", "答卷id", "id", "response id",
                              "responseid", "serial_number"},
               .submittedAt = {"提交答卷时间", "提交时间", "结束答题时间", "答题结束时间",
                               "结束时间", "完成时间", "submitdate", "recordeddate", "created_at",
                               "submitted at", "submit time"},
               .link = {"来源详情", "自定义字段", "扩展属性", "自定义参数", "渠道参数", "链接参数",
                        "外部参数", "src", "sojumpparm", "x_field_1", "token"},
               .duration = {"所用时间", "答题时长", "答题用时", "填写用时", "duration (in seconds)",
                            "duration"}}),
        {})
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
