#include "imports/formats/TallyFormats.h"

#include "imports/formats/DailyFormat.h"
#include "imports/formats/GenericFormat.h"
#include "imports/formats/JinshujuFormat.h"
#include "imports/formats/LimeSurveyFormat.h"
#include "imports/formats/QualtricsFormat.h"
#include "imports/formats/ResponsesFormat.h"
#include "imports/formats/TencentFormat.h"
#include "imports/formats/WjxFormat.h"

const QList<const TallyFormat *> &TallyFormats::all()
{
    static const WjxFormat wjx;
    static const TencentFormat tencent;
    static const JinshujuFormat jinshuju;
    static const GenericFormat wenjuan(QStringLiteral("wenjuan"));
    static const LimeSurveyFormat limesurvey;
    static const QualtricsFormat qualtrics;
    static const GenericFormat generic;
    static const DailyFormat daily;
    static const ResponsesFormat responses;
    static const QList<const TallyFormat *> formats {
        &wjx, &tencent, &jinshuju, &wenjuan, &limesurvey, &qualtrics, &generic, &daily, &responses};
    return formats;
}

const TallyFormat *TallyFormats::byKey(const QString &key)
{
    for (const TallyFormat *f : all()) {
        if (f->key() == key)
            return f;
    }
    return nullptr;
}

const TallyFormat *TallyFormats::detect(const QStringList &header, ColumnMapping::Kind kind)
{
    if (kind == ColumnMapping::Kind::Daily)
        return byKey(QStringLiteral("daily"));
    if (kind == ColumnMapping::Kind::Responses)
        return byKey(QStringLiteral("responses"));
    const TallyFormat *best = nullptr;
    int bestScore = 0;
    for (const TallyFormat *f : all()) {
        if (const int score = f->recognise(header); score > bestScore) {
            best = f;
            bestScore = score;
        }
    }
    return best;
}

QStringList TallyFormats::platformKeys()
{
    return {QStringLiteral("auto"),      QStringLiteral("wjx"),     QStringLiteral("tencent"),
            QStringLiteral("jinshuju"),  QStringLiteral("wenjuan"), QStringLiteral("limesurvey"),
            QStringLiteral("qualtrics"), QStringLiteral("generic")};
}
