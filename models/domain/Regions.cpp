#include "domain/Regions.h"

#include <QHash>

namespace {
struct RegionSeed
{
    const char *code;
    const char *fullName;
    const char *shortName;
    const char *english;
};

// QT_TRANSLATE_NOOP marks the English names for translation by Regions::displayName().
const RegionSeed kSeeds[] = {
    {"11", "北京市", "北京", QT_TRANSLATE_NOOP("Regions", "Beijing")},
    {"12", "天津市", "天津", QT_TRANSLATE_NOOP("Regions", "Tianjin")},
    {"13", "河北省", "河北", QT_TRANSLATE_NOOP("Regions", "Hebei")},
    {"14", "山西省", "山西", QT_TRANSLATE_NOOP("Regions", "Shanxi")},
    {"15", "内蒙古自治区", "内蒙古", QT_TRANSLATE_NOOP("Regions", "Inner Mongolia")},
    {"21", "辽宁省", "辽宁", QT_TRANSLATE_NOOP("Regions", "Liaoning")},
    {"22", "吉林省", "吉林", QT_TRANSLATE_NOOP("Regions", "Jilin")},
    {"23", "黑龙江省", "黑龙江", QT_TRANSLATE_NOOP("Regions", "Heilongjiang")},
    {"31", "上海市", "上海", QT_TRANSLATE_NOOP("Regions", "Shanghai")},
    {"32", "江苏省", "江苏", QT_TRANSLATE_NOOP("Regions", "Jiangsu")},
    {"33", "浙江省", "浙江", QT_TRANSLATE_NOOP("Regions", "Zhejiang")},
    {"34", "安徽省", "安徽", QT_TRANSLATE_NOOP("Regions", "Anhui")},
    {"35", "福建省", "福建", QT_TRANSLATE_NOOP("Regions", "Fujian")},
    {"36", "江西省", "江西", QT_TRANSLATE_NOOP("Regions", "Jiangxi")},
    {"37", "山东省", "山东", QT_TRANSLATE_NOOP("Regions", "Shandong")},
    {"41", "河南省", "河南", QT_TRANSLATE_NOOP("Regions", "Henan")},
    {"42", "湖北省", "湖北", QT_TRANSLATE_NOOP("Regions", "Hubei")},
    {"43", "湖南省", "湖南", QT_TRANSLATE_NOOP("Regions", "Hunan")},
    {"44", "广东省", "广东", QT_TRANSLATE_NOOP("Regions", "Guangdong")},
    {"45", "广西壮族自治区", "广西", QT_TRANSLATE_NOOP("Regions", "Guangxi")},
    {"46", "海南省", "海南", QT_TRANSLATE_NOOP("Regions", "Hainan")},
    {"50", "重庆市", "重庆", QT_TRANSLATE_NOOP("Regions", "Chongqing")},
    {"51", "四川省", "四川", QT_TRANSLATE_NOOP("Regions", "Sichuan")},
    {"52", "贵州省", "贵州", QT_TRANSLATE_NOOP("Regions", "Guizhou")},
    {"53", "云南省", "云南", QT_TRANSLATE_NOOP("Regions", "Yunnan")},
    {"54", "西藏自治区", "西藏", QT_TRANSLATE_NOOP("Regions", "Tibet")},
    {"61", "陕西省", "陕西", QT_TRANSLATE_NOOP("Regions", "Shaanxi")},
    {"62", "甘肃省", "甘肃", QT_TRANSLATE_NOOP("Regions", "Gansu")},
    {"63", "青海省", "青海", QT_TRANSLATE_NOOP("Regions", "Qinghai")},
    {"64", "宁夏回族自治区", "宁夏", QT_TRANSLATE_NOOP("Regions", "Ningxia")},
    {"65", "新疆维吾尔自治区", "新疆", QT_TRANSLATE_NOOP("Regions", "Xinjiang")},
    {"71", "台湾省", "台湾", QT_TRANSLATE_NOOP("Regions", "Taiwan")},
    {"81", "香港特别行政区", "香港", QT_TRANSLATE_NOOP("Regions", "Hong Kong")},
    {"82", "澳门特别行政区", "澳门", QT_TRANSLATE_NOOP("Regions", "Macao")},
};

QList<Region> buildRegions()
{
    QList<Region> regions;
    for (const RegionSeed &s : kSeeds) {
        regions.append({QString::fromLatin1(s.code), QString::fromUtf8(s.fullName),
                        QString::fromUtf8(s.shortName), QString::fromLatin1(s.english)});
    }
    return regions;
}

QHash<QString, int> buildIndex(const QList<Region> &regions)
{
    QHash<QString, int> index;
    for (int i = 0; i < regions.size(); ++i) {
        const Region &r = regions.at(i);
        index.insert(r.code, i);
        index.insert(r.fullName, i);
        index.insert(r.shortName, i);
        index.insert(r.englishName.toLower(), i);
    }
    return index;
}
} // namespace

const QList<Region> &Regions::all()
{
    static const QList<Region> regions = buildRegions();
    return regions;
}

const Region *Regions::byCode(const QString &code)
{
    for (const Region &r : all()) {
        if (r.code == code)
            return &r;
    }
    return nullptr;
}

const Region *Regions::find(const QString &text)
{
    static const QHash<QString, int> index = buildIndex(all());
    const QString t = text.trimmed();
    auto it = index.constFind(t);
    if (it == index.constEnd())
        it = index.constFind(t.toLower());
    if (it == index.constEnd()) {
        // "广东省" written as "广东" plus some other suffix, e.g. "广东省（粤）": match the prefix.
        for (const Region &r : all()) {
            if (!t.isEmpty() && t.startsWith(r.shortName))
                return &r;
        }
        return nullptr;
    }
    return &all().at(*it);
}

QString Regions::displayName(const QString &code)
{
    const Region *r = byCode(code);
    if (!r)
        return code;
    return tr(r->englishName.toLatin1().constData());
}
