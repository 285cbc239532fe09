#include "dialogs/LookupFailure.h"

#include <QMessageBox>

bool LookupFailure::warn(QWidget *parent, const QString &title, const LookupError &error)
{
    if (!error.isDatabase())
        return false;
    QMessageBox::warning(parent, title, error.message());
    return true;
}
