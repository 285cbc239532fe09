#pragma once

#include <QList>
#include <QWidget>

class Workspace;
class UnitTableModel;
class UnitFilterProxyModel;
class QTableView;
class QLineEdit;
class QComboBox;
class QLabel;
class QUndoStack;
class QAction;
class QHBoxLayout;
class QToolBar;

// The unit list of the current campaign: search-as-you-type, kind and region filters, sorting,
// a count; the information form opens on double-click or Enter. Edits made here and in the
// form are commands on the workspace's one undo stack (Edit → Undo, Ctrl+Z; the toolbar's
// Undo and Redo act on it too).
class UnitsPage : public QWidget
{
    Q_OBJECT
public:
    explicit UnitsPage(Workspace *workspace, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    UnitTableModel *model() const { return m_model; }
    UnitFilterProxyModel *proxy() const { return m_proxy; }
    // The workspace's (Workspace::undoStack).
    QUndoStack *undoStack() const;
    QLineEdit *searchEdit() const { return m_search; }

    // The selected rows as tab-separated text with a header line (what Ctrl+C copies).
    QString selectionAsTsv() const;
    // Opens the information form of a unit (0 = a new registration). Returns the dialog result.
    int openForm(qint64 unitId);
    // Writes the campaign's units to path (.xlsx or .csv) off the GUI thread, with a progress
    // bar and Cancel; false with *error on failure or cancel.
    bool exportUnitsTo(const QString &path, QString *error);
    // Writes the information form into folder as .docx or .xlsx (suffix): one per unit of
    // unitIds pre-filled with what is stored, or one blank form when unitIds is empty. Returns
    // the files written; *error says why it stopped.
    QStringList writeFormsTo(const QString &folder, const QList<qint64> &unitIds,
                             const QString &suffix, QString *error);

public slots:
    void copySelection();
    void newUnit();
    void openCurrent();
    void carryOver();
    void importUnits();
    void exportUnits();
    void writeForms();
    void readReturnedForms();
    void mergeSelected();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The constructor's parts, in the order it calls them.
    QToolBar *createToolbar();
    QHBoxLayout *createFilters();
    void setUpView();
    void connectFilters();
    void createShortcuts();
    void followWorkspace();

    void reloadSource();
    void updateCount();
    void showError(const QString &message);
    // A target typed into the list: saved over the one shown (asking when someone else set
    // another meanwhile), then put on the undo stack.
    void setTarget(qint64 unitId, qint64 shown, qint64 wanted);
    // An edit, undo or redo was refused: reloads the list and says why.
    void showRefused(const QString &message);
    // Shows the edit actions the connected user may use (Workspace::permissions).
    void updatePermissions();

    Workspace *m_workspace;
    UnitTableModel *m_model;
    UnitFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_kindFilter;
    QComboBox *m_regionFilter;
    QLabel *m_count;
    QList<QAction *> m_editActions; // need Permissions::EditUnits
};
