#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The survey platforms a questionnaire can run on, and the one URL parameter each keeps (and
// writes back into its export): 问卷星 sojumpparm, 金数据 x_field_1, LimeSurvey token, other src;
// 腾讯问卷 and Qualtrics keep a parameter whose name is set up in the survey.
class SurveyPlatform
{
    Q_DECLARE_TR_FUNCTIONS(SurveyPlatform)
public:
    enum Id { Wjx, Tencent, Jinshuju, Wenjuan, LimeSurvey, Qualtrics, Other };

    static QList<Id> all();
    // "wjx", "tencent", "jinshuju", "wenjuan", "limesurvey", "qualtrics", "other".
    static QString key(Id id);
    // The key as typed (also "generic" for other); false when it names no platform.
    static bool fromKey(const QString &key, Id *id);
    static QString label(Id id);
    // The parameter a new questionnaire on this platform starts with; empty when the user sets
    // it up in the survey (腾讯问卷, Qualtrics).
    static QString defaultParameter(Id id);
    // "wjx|tencent|..." for usage texts.
    static QString keyList();
};
