#include "dialogs/DestructiveQuestion.h"

#include <QPushButton>

bool DestructiveQuestion::ask(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                              const QString &text, const QString &informative,
                              const QString &action, const QString &objectName)
{
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    box.setInformativeText(informative);
    QPushButton *yes = box.addButton(action, QMessageBox::DestructiveRole);
    yes->setObjectName(objectName);
    QPushButton *no = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}
