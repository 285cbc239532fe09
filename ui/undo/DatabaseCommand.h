#pragma once

#include "common/Problem.h"
#include "db/ConflictError.h"

#include <QUndoCommand>

#include <functional>

class Database;
class QUndoStack;

// An undoable change of the database, as Tiled's commands are: redo() makes the change (the
// first time when the command is pushed, again after an undo), undo() takes it back. Each is a
// save like any other, through a repository (one transaction, audited), and is refused when
// someone else changed the same rows since: the command then becomes obsolete (QUndoStack drops
// it) and the refusal is reported, to push()'s caller the first time, to the error handler
// after that (an undo or redo from the Edit menu).
class DatabaseCommand : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const QString &message)>;

    // What the first redo() did: problems empty when the change was made and the command is on
    // the stack; else why not (conflict set when someone else saved first), and the stack
    // dropped the command.
    struct Outcome
    {
        Problems problems;
        ConflictError conflict;
        bool done() const { return problems.isEmpty(); }
    };

    // Pushes command onto stack, which makes the change through its redo(); returns what that
    // did. command is owned by stack (deleted at once when it was refused).
    static Outcome push(QUndoStack *stack, DatabaseCommand *command);

    void undo() final;
    void redo() final;

protected:
    DatabaseCommand(Database &db, ErrorHandler onError);
    // Makes the change (forward) or takes it back. Returns the problems (nothing changed);
    // *conflict says who changed the rows meanwhile when that is why.
    virtual Problems apply(bool forward, ConflictError *conflict) = 0;

    Database &m_db;

private:
    void run(bool forward);

    ErrorHandler m_onError;
    Outcome *m_firstRun = nullptr; // set by push() for the first redo only
};
