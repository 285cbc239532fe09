#include "domain/SurveyPlatform.h"

QList<SurveyPlatform::Id> SurveyPlatform::all()
{
    return {Wjx, Tencent, Jinshuju, Wenjuan, LimeSurvey, Qualtrics, Other};
}

QString SurveyPlatform::key(Id id)
{
    switch (id) {
    case Wjx:
        return QStringLiteral("wjx");
    case Tencent:
        return QStringLiteral("tencent");
    case Jinshuju:
        return QStringLiteral("jinshuju");
    case Wenjuan:
        return QStringLiteral("wenjuan");
    case LimeSurvey:
        return QStringLiteral("limesurvey");
    case Qualtrics:
        return QStringLiteral("qualtrics");
    case Other:
        break;
    }
    return QStringLiteral("other");
}

bool SurveyPlatform::fromKey(const QString &key, Id *id)
{
    const QString k = key.trimmed().toLower();
    for (Id candidate : all()) {
        if (SurveyPlatform::key(candidate) == k) {
            *id = candidate;
            return true;
        }
    }
    if (k == QLatin1String("generic")) {
        *id = Other;
        return true;
    }
    return false;
}

QString SurveyPlatform::label(Id id)
{
    switch (id) {
    case Wjx:
        return tr("Wenjuanxing (wjx.cn)");
    case Tencent:
        return tr("Tencent Survey (wj.qq.com)");
    case Jinshuju:
        return tr("Jinshuju (jinshuju.net)");
    case Wenjuan:
        return tr("Wenjuan (wenjuan.com)");
    case LimeSurvey:
        return QStringLiteral("LimeSurvey");
    case Qualtrics:
        return QStringLiteral("Qualtrics");
    case Other:
        break;
    }
    return tr("Other platform");
}

QString SurveyPlatform::defaultParameter(Id id)
{
    switch (id) {
    case Wjx:
        return QStringLiteral("sojumpparm");
    case Jinshuju:
        return QStringLiteral("x_field_1");
    case LimeSurvey:
        return QStringLiteral("token");
    case Tencent:
    case Qualtrics:
        return {};
    case Wenjuan:
    case Other:
        break;
    }
    return QStringLiteral("src");
}

QString SurveyPlatform::keyList()
{
    QStringList keys;
    for (Id id : all())
        keys << key(id);
    return keys.join(QLatin1Char('|'));
}
