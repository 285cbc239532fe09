#include "db/LookupError.h"

#include "db/Dialect.h"

#include <QCoreApplication>

QString LookupError::message() const
{
    if (isNotFound())
        return QCoreApplication::translate("LookupError", "not found");
    return Dialect::describeError(sqlError);
}
