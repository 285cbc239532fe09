#include "mail/MailTemplate.h"

#include "mail/MimeComposer.h"

#include <QRegularExpression>
#include <QTextDocumentFragment>

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{([a-z_]+)\\}"));
    return re;
}

// Replaces each known {name} by replacement(name) in one pass, so a value that itself looks
// like a placeholder is never expanded again.
template<typename F>
QString fill(const QString &tmpl, const F &replacement)
{
    const QStringList known = MailTemplate::placeholders();
    QString out;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(tmpl);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!known.contains(m.captured(1)))
            continue;
        out += tmpl.mid(last, m.capturedStart() - last) + replacement(m.captured(1));
        last = m.capturedEnd();
    }
    return out + tmpl.mid(last);
}

} // namespace

QStringList MailTemplate::placeholders()
{
    return {QStringLiteral("unit"),          QStringLiteral("contact"),
            QStringLiteral("letter_number"), QStringLiteral("links"),
            QStringLiteral("campaign"),      QStringLiteral("year"),
            QStringLiteral("window"),        QStringLiteral("link_request_due"),
            QStringLiteral("gift_list_due")};
}

QString MailTemplate::subject(const QString &tmpl, const Values &values)
{
    const QString filled = fill(tmpl, [&](const QString &name) {
        return name == QLatin1String("links") ? values.links.join(QLatin1Char(' '))
                                              : values.text.value(name);
    });
    return MimeComposer::headerSafe(filled).simplified();
}

QString MailTemplate::html(const QString &tmpl, const Values &values)
{
    return fill(tmpl, [&](const QString &name) {
        if (name != QLatin1String("links"))
            return values.text.value(name).toHtmlEscaped();
        QStringList anchors;
        for (const QString &url : values.links) {
            const QString e = url.toHtmlEscaped();
            anchors.append(QStringLiteral("<a href=\"%1\">%1</a>").arg(e));
        }
        return anchors.join(QStringLiteral("<br>\n"));
    });
}

QString MailTemplate::text(const QString &filledHtml)
{
    return QTextDocumentFragment::fromHtml(filledHtml).toPlainText();
}

QStringList MailTemplate::unknown(const QString &tmpl)
{
    QStringList names;
    const QStringList known = placeholders();
    auto it = placeholderPattern().globalMatch(tmpl);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!known.contains(name) && !names.contains(name))
            names.append(name);
    }
    return names;
}
