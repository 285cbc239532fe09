#pragma once

#include "domain/Unit.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

class Database;

// Undoable edits of units. Each goes through UnitRepository (one transaction, audited). The
// change has usually been made already when the command is pushed (so the form could show an
// error first); then the first redo() does nothing. Undo and redo are saves like any other:
// refused, and reported through the error handler, when someone else changed the unit since.
using UnitCommandErrorHandler = std::function<void(const QString &message)>;

// Saving the information form: before (id 0 = a new registration) → after.
class SaveUnitCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SaveUnitCommand)
public:
    SaveUnitCommand(Database &db, const UnitRecord &before, const UnitRecord &after,
                    bool alreadyDone, UnitCommandErrorHandler onError = {});
    void undo() override;
    void redo() override;

private:
    Database &m_db;
    UnitRecord m_before;
    UnitRecord m_after;
    bool m_skipRedo;
    UnitCommandErrorHandler m_onError;
};

// Changing a sample target in the list.
class SetTargetCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetTargetCommand)
public:
    SetTargetCommand(Database &db, qint64 unitId, qint64 campaignId, qint64 oldTarget,
                     qint64 newTarget, const QString &unitName, bool alreadyDone,
                     UnitCommandErrorHandler onError = {});
    void undo() override;
    void redo() override;
    int id() const override { return 0x5e7; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    // Sets target where the stored target is still expected (else reports the conflict).
    void apply(qint64 target, qint64 expected);
    Database &m_db;
    qint64 m_unitId;
    qint64 m_campaignId;
    qint64 m_old;
    qint64 m_new;
    bool m_skipRedo;
    UnitCommandErrorHandler m_onError;
};
