#pragma once

#include "imports/UnitImporter.h"
#include "undo/DatabaseCommand.h"

#include <QWizard>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class ImportFilePage;
class ImportProblemList;
class QCheckBox;
class QUndoStack;

// Bulk import of units in three steps: choose the file (its encoding is detected), map its
// columns to the unit fields (guessed from the header) with a preview, then check it (a dry run
// listing every problem) and import. The check and the import run in a worker thread on a
// clone of the database, with a progress dialog that can cancel. The import is a command on the
// open database's undo stack: Undo takes it back.
class UnitImportWizard : public QWizard
{
    Q_OBJECT
public:
    // The import goes to undoStack as an undoable command (UnitBatchCommand): the workspace's
    // (Workspace::undoStack); onUndoError hears of a refused undo or redo.
    UnitImportWizard(Database &db, qint64 campaignId, QUndoStack &undoStack,
                     DatabaseCommand::ErrorHandler onUndoError, QWidget *parent = nullptr);

    void setFile(const QString &path);
    QString file() const;
    // Column of the file for each UnitImporter::Field, as mapped.
    QList<int> mapping() const;
    const ImportReport &lastResult() const { return m_result; }

    // Runs the importer in a worker thread with a progress dialog; public for tests. change:
    // see UnitImporter::Options.
    ImportReport runImporter(bool dryRun, bool skipInvalid, UnitBatchChange *change = nullptr);
    // Imports the file as a command on the undo stack; the report as runImporter's.
    ImportReport importFile(bool skipInvalid);

protected:
    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    void loadPreview();
    void showCheckResult();

    Database &m_db;
    qint64 m_campaignId;
    ImportFilePage *m_file = nullptr;
    QList<QComboBox *> m_columnCombos;
    QTableWidget *m_preview;
    ImportProblemList *m_problems;
    QLabel *m_summary;
    QCheckBox *m_skipInvalid;
    QStringList m_header;
    ImportReport m_result;
    QUndoStack *m_undoStack; // not owned: the open database's one stack
    DatabaseCommand::ErrorHandler m_onUndoError;
};
