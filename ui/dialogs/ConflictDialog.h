#pragma once

#include "db/ConflictError.h"

#include <QMessageBox>

// Asked when a save is refused because someone else changed the record meanwhile
// (OptimisticUpdate / ConflictError): says who changed what and when, and lets the user take
// their version (Reload), save theirs over it (Overwrite) or go back to editing (Cancel).
// Every editing dialog uses it:
//
//     ConflictError conflict;
//     if (!repo.update(record, nullptr, &conflict).isEmpty() && conflict.isValid()) {
//         switch (ConflictDialog::ask(this, conflict, record.name)) {
//         case ConflictDialog::Reload: record = *repo.byId(record.id); fill the fields; break;
//         case ConflictDialog::Overwrite: record.rowVersion = conflict.currentVersion; save again;
//         case ConflictDialog::Cancel: break;
//         }
//     }
class ConflictDialog : public QMessageBox
{
    Q_OBJECT
public:
    enum Choice { Reload, Overwrite, Cancel };

    ConflictDialog(const ConflictError &conflict, const QString &recordName,
                   QWidget *parent = nullptr);

    Choice choice() const;

    static Choice ask(QWidget *parent, const ConflictError &conflict, const QString &recordName);

private:
    QAbstractButton *m_reload;
    QAbstractButton *m_overwrite;
};
