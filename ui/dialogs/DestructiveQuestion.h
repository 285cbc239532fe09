#pragma once

#include <QMessageBox>

// The question asked before something hard to take back (a merge, withdrawing an import,
// restoring a backup): the action's own button and Cancel, Cancel the default and the answer to
// Escape, so that a hurried Enter changes nothing.
namespace DestructiveQuestion {
// text: the question; informative: what the action does (may be empty); action: its button's
// label; objectName: the button's object name (for tests; may be empty). True when the action
// was chosen.
bool ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
         const QString &informative, const QString &action, const QString &objectName = {});
} // namespace DestructiveQuestion
