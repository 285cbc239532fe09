#pragma once

#include <QString>
#include <QStringList>

// The registers' search box: a text matches when one of the texts contains it after both are
// brought to one form (NameKey: width, case, spaces, traditional characters). Empty matches all.
class RegisterSearch
{
public:
    explicit RegisterSearch(const QString &search);
    bool matches(const QStringList &texts) const;

private:
    QString m_key;
};
