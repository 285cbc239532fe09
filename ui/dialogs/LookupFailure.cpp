#include "dialogs/LookupFailure.h"

#include "db/Dialect.h"

#include <QMessageBox>

bool LookupFailure::warn(QWidget *parent, const QString &title, const LookupError &error)
{
    if (!error.isDatabase())
        return false;
    QMessageBox::warning(parent, title, error.message());
    return true;
}

bool LookupFailure::warn(QWidget *parent, const QString &title, const QSqlError &error)
{
    if (!error.isValid())
        return false;
    QMessageBox::warning(parent, title, Dialect::describeError(error));
    return true;
}
