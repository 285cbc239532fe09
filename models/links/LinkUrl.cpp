#include "links/LinkUrl.h"

#include <QUrl>
#include <QUrlQuery>

QString LinkUrl::build(const QString &baseUrl, const QString &token, const QString &parameter)
{
    const QString name = parameter.isEmpty() ? QStringLiteral("src") : parameter;
    QUrl url(baseUrl);
    QUrlQuery query(url);
    query.removeAllQueryItems(name);
    query.addQueryItem(name, token);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString LinkUrl::tokenFrom(const QString &urlOrToken, const QStringList &parameters)
{
    const QString text = urlOrToken.trimmed();
    if (!text.contains(QLatin1Char('?')) && !text.contains(QLatin1String("://")))
        return text;
    const QUrl url(text);
    const QUrlQuery query(url);
    for (const QString &name : parameters) {
        if (query.hasQueryItem(name))
            return query.queryItemValue(name, QUrl::FullyDecoded).trimmed();
    }
    return {};
}

QStringList LinkUrl::defaultParameters()
{
    return {QStringLiteral("src"), QStringLiteral("sojumpparm"), QStringLiteral("x_field_1"),
            QStringLiteral("token")};
}
