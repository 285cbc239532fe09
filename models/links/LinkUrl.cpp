#include "links/LinkUrl.h"

#include <QUrl>
#include <QUrlQuery>

QString LinkUrl::build(const QString &baseUrl, const QString &token)
{
    QUrl url(baseUrl);
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("src"));
    query.addQueryItem(QStringLiteral("src"), token);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString LinkUrl::tokenFrom(const QString &urlOrToken)
{
    const QString text = urlOrToken.trimmed();
    if (!text.contains(QLatin1Char('?')) && !text.contains(QLatin1String("://")))
        return text;
    const QUrl url(text);
    const QUrlQuery query(url);
    return query.queryItemValue(QStringLiteral("src"), QUrl::FullyDecoded).trimmed();
}
