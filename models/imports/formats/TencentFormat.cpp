#include "imports/formats/TencentFormat.h"

#include "domain/SurveyPlatform.h"

TencentFormat::TencentFormat()
    : PlatformFormat(QStringLiteral("tencent"),
                     {{QStringLiteral("编号")},
                      {QStringLiteral("结束答题时间")},
                      {QStringLiteral("自定义字段")},
                      {QStringLiteral("答题时长")},
                      {},
                      {},
                      {QStringLiteral("编号"), QStringLiteral("结束答题时间")}})
{}

QString TencentFormat::label() const
{
    return SurveyPlatform::label(SurveyPlatform::Tencent);
}
