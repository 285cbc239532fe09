#pragma once

#include "forms/FormImporter.h"
#include "undo/DatabaseCommand.h"

#include <QDialog>

class Database;
class QLabel;
class QPushButton;
class QTreeWidget;
class QUndoStack;

// A folder of returned information forms (.docx, .xlsx) read in one go into a list: a new
// unit, changes to a registered one, the same as stored, or a problem ("FILE: field: message").
// Each form is opened for review in the information form dialog (differences marked, saved
// only there), accepted as it stands, or set aside. Nothing is written until a form is saved
// or accepted; each acceptance or save is a command on the open database's undo stack.
class ReturnedFormsDialog : public QDialog
{
    Q_OBJECT
public:
    // Accepting and saving go to undoStack as undoable commands: the workspace's
    // (Workspace::undoStack); onUndoError hears of a refused undo or redo.
    ReturnedFormsDialog(Database &db, qint64 campaignId, QUndoStack &undoStack,
                        DatabaseCommand::ErrorHandler onUndoError, QWidget *parent = nullptr);

    // Reads every form in folder into the list (replacing what it showed).
    void readFolder(const QString &folder);
    // Reads the given files into the list.
    void readFiles(const QStringList &paths);
    int count() const { return int(m_entries.size()); }
    const FormImporter::Entry &entry(int row) const { return m_entries.at(row); }
    // What the list says of a row: its state and its details, as shown.
    QString stateText(int row) const;
    QString detailText(int row) const;
    QTreeWidget *list() const { return m_list; }

    // Accepts the form of row as read (one transaction); false with the reason shown.
    bool acceptRow(int row, QString *error = nullptr);
    void setAsideRow(int row);
    // Opens the form of row for review; returns the dialog's result.
    int openRow(int row);

signals:
    // Forms of these units were accepted or saved: where "information form received" ticks.
    void formsAccepted(const QList<qint64> &unitIds);

private:
    enum class Done { No, Accepted, SetAside };
    void chooseFolder();
    void refreshRow(int row);
    void updateButtons();
    int currentRow() const;
    // After a save through the form: "information form received" ticked, undoably.
    void tickReceived(qint64 unitId);

    Database &m_db;
    qint64 m_campaignId;
    QList<FormImporter::Entry> m_entries;
    QList<Done> m_done;
    QLabel *m_folderLabel;
    QTreeWidget *m_list;
    QPushButton *m_openButton;
    QPushButton *m_acceptButton;
    QPushButton *m_asideButton;
    QUndoStack *m_undoStack; // not owned: the open database's one stack
    DatabaseCommand::ErrorHandler m_onUndoError;
};
