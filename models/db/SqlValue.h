#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

// Values as they are bound to statements. Qt binds a null QString as SQL NULL, which the NOT NULL
// text columns refuse; text() turns it into ''. date() writes yyyy-MM-dd or NULL.
namespace SqlValue {

inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

inline QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(QStringLiteral("yyyy-MM-dd")))
                       : QVariant(QMetaType(QMetaType::QString));
}

inline QVariant id(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace SqlValue
