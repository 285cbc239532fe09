#pragma once

#include <QWidget>

class ChecklistModel;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QToolBar;
class QUndoStack;
class Workspace;

// Who is missing what (issue #15): the current campaign's units with their checklist, filtered
// by the item they lack, overdue items, kind, region and parent unit; overdue items in red.
// Selected units are ticked or unticked for one item at once (one transaction, on the workspace's
// undo stack); a double-click on an item a person ticks toggles it. Export writes the list
// shown, with contacts and phones, for chasing by phone.
class ChecklistPage : public QWidget
{
    Q_OBJECT
public:
    explicit ChecklistPage(Workspace *workspace, QWidget *parent = nullptr);

    ChecklistModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The workspace's (Workspace::undoStack), where ticks go as commands.
    QUndoStack *undoStack() const;
    QComboBox *tickItemBox() const { return m_tickItem; }
    QComboBox *missingFilter() const { return m_missing; }
    QCheckBox *overdueFilter() const { return m_overdue; }
    QComboBox *kindFilter() const { return m_kind; }

    // Ticks (or unticks) the item chosen in the toolbar for the selected units. Returns false
    // (and says why) when nothing was changed.
    bool tickSelected(bool tick);
    // Writes the units shown to path (.xlsx or .csv); false and *error when it cannot.
    bool exportTo(const QString &path, QString *error = nullptr) const;

private:
    void sayLoadFailures();
    QToolBar *createToolbar();
    void setUpView();
    void followWorkspace();
    void buildFilters(class QHBoxLayout *filters);
    void applyFilter();
    void fillParents();
    void updateActions();
    void updateStatus();
    void toggleAt(const QModelIndex &index);
    bool setTicked(const QList<qint64> &units, int item, bool tick);
    void exportList();
    void refused(const QString &message);

    Workspace *m_workspace;
    ChecklistModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QComboBox *m_tickItem;
    QComboBox *m_missing;
    QCheckBox *m_overdue;
    QComboBox *m_kind;
    QComboBox *m_region;
    QComboBox *m_parent;
    QLabel *m_today;
    QLabel *m_status;
    QList<QAction *> m_editActions;
};
