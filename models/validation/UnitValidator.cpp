#include "validation/UnitValidator.h"

#include "domain/Regions.h"
#include "validation/PhoneRule.h"

#include <QRegularExpression>

QString UnitValidator::normalizedPhone(const QString &phone)
{
    return PhoneRule::canonical(phone);
}

bool UnitValidator::isValidPhone(const QString &phone)
{
    return PhoneRule::parse(phone).valid;
}

bool UnitValidator::isValidEmail(const QString &email)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9._%+\\-]+@[A-Za-z0-9](?:[A-Za-z0-9\\-]*[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9\\-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$"));
    const QString e = email.trimmed();
    return re.match(e).hasMatch() && !e.contains(QLatin1String(".."));
}

QString UnitValidator::checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("enter the unit's name");
    if (name.size() > 200)
        return tr("the name is longer than 200 characters");
    return {};
}

QString UnitValidator::checkRegion(const QString &regionCode)
{
    if (regionCode.isEmpty())
        return tr("choose the province or region");
    if (!Regions::byCode(regionCode))
        return tr("'%1' is not one of the 34 provincial-level regions").arg(regionCode);
    return {};
}

QString UnitValidator::checkContact(const QString &contact)
{
    if (contact.trimmed().isEmpty())
        return tr("enter the contact person");
    return {};
}

QString UnitValidator::checkPhone(const QString &phone, bool required)
{
    if (phone.trimmed().isEmpty())
        return required ? tr("enter a phone number") : QString();
    const PhoneRule::Result r = PhoneRule::parse(phone);
    if (!r.valid)
        return tr("'%1' is not a phone number: %2").arg(phone.trimmed(), r.problem);
    return {};
}

QString UnitValidator::checkEmail(const QString &email)
{
    if (email.trimmed().isEmpty())
        return {};
    if (!isValidEmail(email))
        return tr("'%1' is not an e-mail address such as name@example.cn").arg(email.trimmed());
    return {};
}

QString UnitValidator::checkTarget(qint64 target)
{
    if (target < 0)
        return tr("the sample target cannot be negative");
    if (target > kMaxSampleTarget)
        return tr("the sample target cannot be more than %1").arg(kMaxSampleTarget);
    return {};
}

Problems UnitValidator::validate(const UnitRecord &r)
{
    Problems problems;
    const auto add = [&](const QString &field, const QString &message) {
        if (!message.isEmpty())
            problems.append({{}, 0, field, message});
    };
    add(QStringLiteral("name"), checkName(r.unit.name));
    add(QStringLiteral("region"), checkRegion(r.unit.province));
    add(QStringLiteral("contact"), checkContact(r.unit.contact));
    add(QStringLiteral("phone"), checkPhone(r.unit.phone));
    add(QStringLiteral("email"), checkEmail(r.unit.email));
    add(QStringLiteral("target"), checkTarget(r.participation.sampleTarget));
    if (r.participation.parentUnitId != 0 && r.participation.parentUnitId == r.unit.id)
        add(QStringLiteral("parent"), tr("a unit cannot be its own parent"));

    const auto subRows = [&](const QList<RecommendedUnit> &rows, const QString &table) {
        for (int i = 0; i < rows.size(); ++i) {
            const QString prefix = QStringLiteral("%1[%2].").arg(table).arg(i + 1);
            if (rows[i].name.trimmed().isEmpty())
                add(prefix + QStringLiteral("name"),
                    tr("row %1: enter the recommended unit's name").arg(i + 1));
            if (const QString m = checkPhone(rows[i].phone, false); !m.isEmpty())
                add(prefix + QStringLiteral("phone"), tr("row %1: %2").arg(i + 1).arg(m));
        }
    };
    subRows(r.form.recommendedInitiating, QStringLiteral("initiating"));
    subRows(r.form.recommendedSupporting, QStringLiteral("supporting"));
    for (int i = 0; i < r.form.giftGoods.size(); ++i) {
        const GiftGood &g = r.form.giftGoods[i];
        const QString prefix = QStringLiteral("gifts[%1].").arg(i + 1);
        if (g.name.trimmed().isEmpty())
            add(prefix + QStringLiteral("name"),
                tr("row %1: enter the name of the goods").arg(i + 1));
        if (g.quantity < 0)
            add(prefix + QStringLiteral("quantity"),
                tr("row %1: the quantity cannot be negative").arg(i + 1));
    }
    for (int i = 0; i < r.form.experts.size(); ++i) {
        const Expert &e = r.form.experts[i];
        const QString prefix = QStringLiteral("experts[%1].").arg(i + 1);
        if (e.name.trimmed().isEmpty())
            add(prefix + QStringLiteral("name"), tr("row %1: enter the expert's name").arg(i + 1));
        if (const QString m = checkPhone(e.phone, false); !m.isEmpty())
            add(prefix + QStringLiteral("phone"), tr("row %1: %2").arg(i + 1).arg(m));
    }
    return problems;
}

QStringList UnitValidator::warnings(const UnitRecord &r)
{
    QStringList list;
    if (r.participation.kind == UnitKind::Supporting)
        return list;
    int media = 0;
    int companies = 0;
    for (const RecommendedUnit &s : r.form.recommendedSupporting) {
        if (!s.core)
            continue;
        if (s.sort == UnitSort::Media)
            ++media;
        else if (s.sort == UnitSort::Company)
            ++companies;
    }
    if (media == 0)
        list << tr("no core partner media is named (the committee asks for one or two)");
    else if (media > 2)
        list
            << tr("%1 core partner media are named (the committee asks for one or two)").arg(media);
    if (companies < 2)
        list << tr("%1 core partner companies are named (the committee asks for two or three)")
                    .arg(companies);
    else if (companies > 3)
        list << tr("%1 core partner companies are named (the committee asks for two or three)")
                    .arg(companies);
    return list;
}
