#pragma once

#include "db/ConflictError.h"

#include <QMessageBox>

#include <functional>

// Asked when a save is refused because someone else changed the record meanwhile
// (OptimisticUpdate / ConflictError): says who changed what and when, and lets the user take
// their version (Reload), save theirs over it (Overwrite) or go back to editing (Cancel).
// Every editor saves through saveOrAsk:
//
//     Problems problems;
//     const auto outcome = ConflictDialog::saveOrAsk(
//         this, record.name,
//         [&](const ConflictError &overwriting, ConflictError *conflict) {
//             if (overwriting.isValid())
//                 record.rowVersion = overwriting.currentVersion;
//             problems = repo.update(record, nullptr, conflict);
//             return problems.isEmpty();
//         },
//         [&] { record = *repo.byId(record.id); fill the fields; });
class ConflictDialog : public QMessageBox
{
    Q_OBJECT
public:
    enum Choice { Reload, Overwrite, Cancel };

    ConflictDialog(const ConflictError &conflict, const QString &recordName,
                   QWidget *parent = nullptr);

    Choice choice() const;

    static Choice ask(QWidget *parent, const ConflictError &conflict, const QString &recordName);

    // The save every editor shares. attempt(overwriting, conflict) saves and returns true, or
    // returns false: with *conflict set when someone else saved first, else on another problem.
    // On a conflict the user is asked: Reload calls reload(); Overwrite calls attempt again with
    // that conflict as overwriting (the attempt saves over its currentVersion); Cancel stops.
    enum class Outcome { Saved, Failed, Reloaded, Cancelled };
    using Attempt = std::function<bool(const ConflictError &overwriting, ConflictError *conflict)>;
    static Outcome saveOrAsk(QWidget *parent, const QString &recordName, const Attempt &attempt,
                             const std::function<void()> &reload);

private:
    QAbstractButton *m_reload;
    QAbstractButton *m_overwrite;
};
