#pragma once

#include <QString>
#include <QStringList>

// Builds a tracking link from a questionnaire's base URL, the one parameter its platform keeps
// and a token, and finds the token again in a URL the survey platform reports.
class LinkUrl
{
public:
    // base + parameter=<token> as a query parameter, correct whether the base already has a
    // query or a fragment.
    static QString build(const QString &baseUrl, const QString &token,
                         const QString &parameter = QStringLiteral("src"));
    // The first of parameters (src, sojumpparm ...) a full URL carries, or the text itself when
    // it is no URL.
    static QString tokenFrom(const QString &urlOrToken,
                             const QStringList &parameters = defaultParameters());
    // Every parameter a platform keeps: src, sojumpparm, x_field_1, token.
    static QStringList defaultParameters();
};
