#include "undo/DatabaseCommand.h"

#include <QCoreApplication>
#include <QUndoStack>

DatabaseCommand::DatabaseCommand(Database &db, ErrorHandler onError)
    : m_db(db)
    , m_onError(std::move(onError))
{}

DatabaseCommand::Outcome DatabaseCommand::push(QUndoStack *stack, DatabaseCommand *command)
{
    Outcome outcome;
    command->m_firstRun = &outcome;
    // QUndoStack::push calls redo() and deletes a command that is obsolete after it.
    stack->push(command);
    return outcome;
}

void DatabaseCommand::undo()
{
    run(false);
}

void DatabaseCommand::redo()
{
    run(true);
}

void DatabaseCommand::run(bool forward)
{
    Outcome *first = std::exchange(m_firstRun, nullptr);
    ConflictError conflict;
    const Problems problems = apply(forward, &conflict);
    if (problems.isEmpty())
        return;
    // What it would write over is no longer what is stored: drop it rather than undo or redo
    // someone else's edit.
    setObsolete(true);
    if (first) {
        *first = {problems, conflict};
        return;
    }
    if (m_onError)
        m_onError(forward ? QCoreApplication::translate("DatabaseCommand", "Could not redo: %1")
                                .arg(formatProblems(problems))
                          : QCoreApplication::translate("DatabaseCommand", "Could not undo: %1")
                                .arg(formatProblems(problems)));
}
