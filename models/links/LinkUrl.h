#pragma once

#include <QString>

// Builds a tracking link from the campaign's base URL and a token, and finds the token again in
// a URL the survey platform reports.
class LinkUrl
{
public:
    // base + src=<token> as a query parameter, correct whether the base already has a query or
    // a fragment.
    static QString build(const QString &baseUrl, const QString &token);
    // The src parameter of a full URL, or the text itself when it is a bare token.
    static QString tokenFrom(const QString &urlOrToken);
};
