#include "dialogs/ConflictDialog.h"

#include "common/Clock.h"
#include "db/Dialect.h"

#include <QAbstractButton>
#include <QPushButton>

ConflictDialog::ConflictDialog(const ConflictError &conflict, const QString &recordName,
                               QWidget *parent)
    : QMessageBox(parent)
    , m_reload(nullptr)
    , m_overwrite(nullptr)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setIcon(QMessageBox::Warning);
    setWindowTitle(tr("Changed by Someone Else"));
    if (conflict.readError.isValid()) {
        // Neither their version nor whether it still exists is known: nothing to reload from
        // or to overwrite.
        setText(tr("%1 was changed by someone else since you opened it. Your changes were not "
                   "saved.")
                    .arg(recordName.toHtmlEscaped()));
        setInformativeText(tr("The database could not say who changed it or how: %1")
                               .arg(Dialect::describeError(conflict.readError)));
        setStandardButtons(QMessageBox::Cancel);
        return;
    }
    if (conflict.deleted) {
        setText(
            tr("%1 was deleted by someone else since you opened it. Your changes cannot be saved.")
                .arg(recordName.toHtmlEscaped()));
        setStandardButtons(QMessageBox::Cancel);
        return;
    }
    const QString who = conflict.changedBy.isEmpty() ? tr("Someone else") : conflict.changedBy;
    setText(conflict.changedAt.isEmpty()
                ? tr("%1 changed %2 since you opened it.").arg(who, recordName)
                : tr("%1 changed %2 at %3 since you opened it.")
                      .arg(who, recordName, Clock::localTimeText(conflict.changedAt)));
    QString details;
    for (auto it = conflict.theirValues.cbegin(); it != conflict.theirValues.cend(); ++it)
        details += tr("%1: %2").arg(ConflictError::fieldLabel(it.key()),
                                    ConflictError::valueText(it.value()))
            + QLatin1Char('\n');
    setInformativeText(tr("Reload to see their version (your edits are dropped), or overwrite "
                          "their changes with yours."));
    if (!details.isEmpty())
        setDetailedText(tr("Their changes:") + QLatin1Char('\n') + details);
    m_reload = addButton(tr("&Reload"), QMessageBox::AcceptRole);
    m_reload->setObjectName(QStringLiteral("reload"));
    m_overwrite = addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
    m_overwrite->setObjectName(QStringLiteral("overwrite"));
    addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancel"));
    setDefaultButton(qobject_cast<QPushButton *>(m_reload));
}

ConflictDialog::Choice ConflictDialog::choice() const
{
    if (m_reload && clickedButton() == m_reload)
        return Reload;
    if (m_overwrite && clickedButton() == m_overwrite)
        return Overwrite;
    return Cancel;
}

ConflictDialog::Choice ConflictDialog::ask(QWidget *parent, const ConflictError &conflict,
                                           const QString &recordName)
{
    ConflictDialog dialog(conflict, recordName, parent);
    dialog.exec();
    return dialog.choice();
}

ConflictDialog::Outcome ConflictDialog::saveOrAsk(QWidget *parent, const QString &recordName,
                                                  const Attempt &attempt,
                                                  const std::function<void()> &reload)
{
    ConflictError overwriting;
    for (;;) {
        ConflictError conflict;
        if (attempt(overwriting, &conflict))
            return Outcome::Saved;
        if (!conflict.isValid())
            return Outcome::Failed;
        switch (ask(parent, conflict, recordName)) {
        case Reload:
            reload();
            return Outcome::Reloaded;
        case Overwrite:
            overwriting = conflict;
            break;
        case Cancel:
            return Outcome::Cancelled;
        }
    }
}
