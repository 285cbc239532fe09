#pragma once

#include "db/LookupError.h"

#include <QString>

class QWidget;

// The user side of the core's look-up convention (db/LookupError.h): when a look-up has no
// value because the database failed, the user is shown the database's error, never the
// "there is no ..." that a record truly missing would get.
namespace LookupFailure {

// Shows error.message() in a warning box titled title when error is a database error (and
// returns true); does nothing for NotFound (and returns false), which the caller words itself.
bool warn(QWidget *parent, const QString &title, const LookupError &error);
// The same for the core's other reads (rows, counts), which set a QSqlError: shows it
// (Dialect::describeError) and returns true when it is set.
bool warn(QWidget *parent, const QString &title, const QSqlError &error);

} // namespace LookupFailure
