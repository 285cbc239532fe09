#pragma once

#include "checklist/Checklist.h"
#include "db/LookupError.h"
#include "domain/Unit.h"
#include "undo/DatabaseCommand.h"

#include <QDialog>
#include <QHash>

#include <memory>

class Database;
class ChecklistBox;
class FormRowsModel;
struct DuplicateMatch;
class QLabel;
class QTableView;
class QPushButton;
class QUndoStack;

namespace Ui {
class UnitFormDialog;
}

// The information form (信息表) of one unit for one campaign: its own fields, kind, sort,
// region, parent and target, and the four sub-tables. Problems are shown next to their fields
// as the clerk types; Save (Ctrl+S) validates, warns about likely duplicates and writes
// everything in one transaction, as commands on the open database's undo stack. Cancel writes
// nothing.
class UnitFormDialog : public QDialog
{
    Q_OBJECT
public:
    // Saves, checklist changes and merges go to undoStack as commands that make the change when
    // pushed: the workspace's (Workspace::undoStack), so Edit → Undo takes them back; onUndoError
    // is told when a later undo or redo of one of them is refused.
    UnitFormDialog(Database &db, qint64 campaignId, QUndoStack &undoStack,
                   DatabaseCommand::ErrorHandler onUndoError, QWidget *parent = nullptr);
    ~UnitFormDialog() override;

    // Loads a registered unit; returns false when it does not exist or could not be read, and
    // then says which in *why (a database error is never a unit that does not exist).
    bool loadUnit(qint64 unitId, LookupError *why = nullptr);
    // Starts a new registration filled in from record (id 0).
    void setRecord(const UnitRecord &record);
    // A returned information form for review: the widgets show record (what the form says,
    // over stored: same ids and versions), and every field that differs from stored is marked
    // (a yellow background, the stored value as tooltip; changed sub-table rows likewise, and
    // their tab). Nothing is saved until the clerk saves; closing asks first.
    void setReview(const UnitRecord &record, const UnitRecord &stored);
    // The keys (as in UnitValidator: "phone", "experts[2]") of the fields marked by setReview.
    QStringList reviewMarks() const { return m_reviewMarks; }
    // What the widgets hold now.
    UnitRecord record() const;
    // The record as it was stored by the last successful save.
    UnitRecord savedRecord() const { return m_saved; }

    // What the user may change (Permissions): with editUnits false the form is a view (no
    // Save); the sample target only with setTargets too, as only managers set targets.
    void setEditable(bool editUnits, bool setTargets);
    bool isEditable() const { return m_editable; }

    // Field names (as in UnitValidator) mapped to the message shown next to the field.
    QString fieldProblem(const QString &field) const;

    // Saves without asking (duplicates are then not asked about, but reported in
    // lastDuplicates()); true when stored. For tests and scripted use.
    bool saveQuietly();
    QString lastError() const { return m_lastError; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // True when the widgets hold something not saved yet.
    bool isModified() const;

    // What happens when a duplicate is found on save: tests can answer without a message box.
    enum class DuplicateAnswer { Ask, OpenOther, Merge, SaveAnyway, Cancel };
    void setDuplicateAnswer(DuplicateAnswer answer) { m_duplicateAnswer = answer; }

signals:
    // A save went through (it is on the undo stack): before (id 0 = new) and after.
    void saved(const UnitRecord &before, const UnitRecord &after);
    // The checklist tab's changes were stored after a save (on the undo stack too).
    void checklistSaved(const QList<ChecklistTick> &before, const QList<ChecklistTick> &after);
    // The clerk asked to open another unit (a duplicate).
    void openUnitRequested(qint64 unitId);
    // The saved unit was merged into keptUnitId (on the undo stack).
    void merged(qint64 keptUnitId, qint64 mergedUnitId);

public slots:
    void accept() override;
    // Asks before throwing away typed changes (Esc and Cancel come here).
    void reject() override;

private:
    // The parts the constructor sets up.
    void setupButtons();
    void setupErrorLabels();
    void setupSubTables();
    void setupParentCompleter();
    void connectValidation();
    void setupSubTable(QTableView *view, FormRowsModel *model, QPushButton *add,
                       QPushButton *remove);
    void fillCombos();
    // Moves the two field groups into a scroll area above the sub-tables.
    void putFieldsInScrollArea();
    // True once the clerk typed a name, saved or opened a registered unit.
    bool isTouched() const;
    void validateFields();
    void updateWarnings();
    void registerRecommended(FormRowsModel *model, QTableView *view);
    bool save(bool ask);
    // The steps of save(). The form's own checks: false (m_lastError set, the first field with
    // a problem focused, and said when ask) when r cannot be saved.
    bool checkRecord(const UnitRecord &r, bool ask);
    void focusField(const QString &field);
    // Registered units that may be the same organization, looked for when what identifies r
    // changed; false (m_lastError set, and said when ask) when the database failed to say.
    bool findDuplicates(const UnitRecord &r, bool ask, QList<DuplicateMatch> *duplicates);
    // Asks what to do about them: open the other, merge, save anyway or cancel.
    DuplicateAnswer askAboutDuplicates(const QList<DuplicateMatch> &duplicates);
    // Stores r (over before) through the undo stack, asking about a conflict when ask; r
    // receives its ids and versions. False with m_lastError set when not saved.
    bool store(UnitRecord &r, bool ask);
    void storeChecklist(qint64 unitId, bool ask);
    bool mergeInto(qint64 otherId, const QString &otherName, const UnitRecord &r, bool ask);
    qint64 parentIdFromText(QString *problem) const;
    // Opens the unit's own history (AuditLogDialog).
    void showHistory();

    std::unique_ptr<Ui::UnitFormDialog> m_ui;
    Database &m_db;
    qint64 m_campaignId;
    UnitRecord m_original;
    UnitRecord m_saved;
    FormRowsModel *m_initiating;
    FormRowsModel *m_supporting;
    FormRowsModel *m_gifts;
    FormRowsModel *m_experts;
    ChecklistBox *m_checklist; // the checklist tab, stored after the unit is saved
    QHash<QString, QLabel *> m_errorLabels;
    QHash<QString, qint64> m_unitIdsByName;
    QHash<qint64, QString> m_unitNamesById;
    QString m_lastError;
    QStringList m_reviewMarks;
    QLabel *m_reviewLabel = nullptr;
    QUndoStack *m_undoStack; // not owned: the open database's one stack
    DatabaseCommand::ErrorHandler m_onUndoError;
    DuplicateAnswer m_duplicateAnswer = DuplicateAnswer::Ask;
    bool m_editable = true;
    QPushButton *m_historyButton = nullptr;
};
