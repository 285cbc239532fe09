#include "letters/LetterTemplate.h"

#include "common/Clock.h"
#include "domain/Campaign.h"

#include <QFile>
#include <QRegularExpression>

namespace {

// The letter is a Chinese document whatever language the program's screens are in, so these
// are not translated.
QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

QStringList LetterTemplate::placeholderNames()
{
    return {QStringLiteral("unit"),      QStringLiteral("number"), QStringLiteral("year"),
            QStringLiteral("title"),     QStringLiteral("window"), QStringLiteral("kind"),
            QStringLiteral("parent"),    QStringLiteral("date"),   QStringLiteral("verify_code"),
            QStringLiteral("committee"), QStringLiteral("rights")};
}

LetterTemplate LetterTemplate::defaultFor(const QString &series)
{
    LetterTemplate t;
    t.series = series;
    // RY: the commendation certificate (荣誉证书), rendered by the same machinery.
    t.html = readResource(
        series == QLatin1String("ZC")       ? QStringLiteral(":/letters/supporting.html")
            : series == QLatin1String("RY") ? QStringLiteral(":/letters/certificate.html")
                                            : QStringLiteral(":/letters/initiating.html"));
    return t;
}

QStringList LetterTemplate::defaultRights(const QString &kind)
{
    QString path;
    if (kind == QLatin1String("supporting"))
        path = QStringLiteral(":/letters/rights-supporting.txt");
    else if (kind == QLatin1String("initiating-2"))
        path = QStringLiteral(":/letters/rights-initiating-2.txt");
    else
        path = QStringLiteral(":/letters/rights-initiating-1.txt");
    QStringList rights;
    const QStringList lines = readResource(path).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1Char('#')))
            rights.append(line.trimmed());
    }
    return rights;
}

QString LetterTemplate::kindOnLetter(const QString &kind)
{
    if (kind == QLatin1String("initiating-1"))
        return QStringLiteral("省市核心一级发起单位");
    if (kind == QLatin1String("initiating-2"))
        return QStringLiteral("二级发起单位");
    if (kind == QLatin1String("supporting"))
        return QStringLiteral("支持单位");
    return kind;
}

QString LetterTemplate::dateOnLetter(const QDate &date)
{
    return date.isValid()
        ? QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day())
        : QString();
}

QMap<QString, QString> LetterTemplate::valuesFor(const Letter &letter, const Campaign &campaign)
{
    QString window;
    if (campaign.startDate.isValid() && campaign.endDate.isValid()) {
        window = dateOnLetter(campaign.startDate) + QStringLiteral("至");
        window += campaign.endDate.year() == campaign.startDate.year()
            ? QStringLiteral("%1月%2日").arg(campaign.endDate.month()).arg(campaign.endDate.day())
            : dateOnLetter(campaign.endDate);
    }
    // The day the letter was issued in China Standard Time, whatever the desk's time zone
    // (DEVELOPERS.md: days are China Standard Time days): issued at 01:30 in Beijing is that
    // day, although it is still the day before in UTC or in Los Angeles.
    const QDate issued = Clock::chinaDay(letter.issuedAt);
    // The letter is in Chinese: a campaign titled in another language gets the committee's
    // own name for the year's survey.
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    const QString title = campaign.title.contains(han)
        ? campaign.title
        : QStringLiteral("%1网民网络安全感满意度调查活动").arg(letter.year);
    return {{QStringLiteral("unit"), letter.unitName},
            {QStringLiteral("number"), letter.number},
            {QStringLiteral("year"), QString::number(letter.year)},
            {QStringLiteral("title"), title},
            {QStringLiteral("window"), window},
            {QStringLiteral("kind"), kindOnLetter(letter.kind)},
            {QStringLiteral("parent"), letter.parentName},
            {QStringLiteral("date"), dateOnLetter(issued.isValid() ? issued : Clock::chinaToday())},
            {QStringLiteral("verify_code"), letter.verifyCode},
            {QStringLiteral("committee"), QStringLiteral("网民网络安全感满意度调查活动组委会")}};
}

QString LetterTemplate::fill(const QMap<QString, QString> &values, const QStringList &rights,
                             QStringList *unknown) const
{
    // Sections first: {{#name}}...{{/name}} stays only when the value is not empty.
    static const QRegularExpression section(
        QStringLiteral("\\{\\{#\\s*([a-z_]+)\\s*\\}\\}(.*?)\\{\\{/\\s*\\1\\s*\\}\\}"),
        QRegularExpression::DotMatchesEverythingOption);
    QString text;
    qsizetype at = 0;
    for (auto it = section.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        text += QStringView(html).mid(at, m.capturedStart() - at);
        if (!values.value(m.captured(1)).trimmed().isEmpty())
            text += m.captured(2);
        at = m.capturedEnd();
    }
    text += QStringView(html).mid(at);

    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*([a-z_]+)\\s*\\}\\}"));
    QString out;
    out.reserve(text.size() + 1024);
    at = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(at, m.capturedStart() - at);
        const QString name = m.captured(1);
        if (name == QLatin1String("rights")) {
            for (const QString &right : rights)
                out += QStringLiteral("<p class=\"right\">%1</p>").arg(right.toHtmlEscaped());
        } else if (values.contains(name)) {
            out += values.value(name).toHtmlEscaped();
        } else if (unknown && !unknown->contains(name)) {
            unknown->append(name);
        }
        at = m.capturedEnd();
    }
    out += QStringView(text).mid(at);
    return out;
}
