#pragma once

#include "progress/Grading.h"

#include <QDialog>

class GradeModel;
class ProgressCache;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTabWidget;
class QTreeWidget;
class Workspace;

// Grades and commendations of the current campaign: the grading rules (editable, stored per
// campaign), the grade list (support scores editable; "Store grades" writes each unit's grade,
// its data-query tier) and the commendation list with its exports (.xlsx, CSV, printable PDF).
class GradingDialog : public QDialog
{
    Q_OBJECT
public:
    GradingDialog(Workspace *workspace, ProgressCache *cache, QWidget *parent = nullptr);

    QList<GradingRule> editedRules() const;
    void setEditedRules(const QList<GradingRule> &rules);
    // Validates and stores the edited rules; returns the problems (empty when stored).
    QStringList saveRules();
    GradeModel *gradeModel() const { return m_grades; }
    QTreeWidget *commendationTree() const { return m_commendations; }
    bool exportCommendations(const QString &path, QString *error = nullptr);
    int storeGrades(QString *error = nullptr);
    // Whether the rules table differs from the stored rules.
    bool rulesModified() const;

public slots:
    // Closing with edited rules asks first: save, discard or go back (the default).
    void reject() override;

private:
    QWidget *createRulesPage();
    QWidget *createGradesPage();
    QWidget *createCommendationsPage();
    static QStringList ruleCells(const GradingRule &rule);
    void reload();
    void refreshCommendations();

    Workspace *m_workspace;
    ProgressCache *m_cache;
    QList<GradingRule> m_rules;
    QTabWidget *m_tabs;
    QTableWidget *m_rulesTable;
    QLabel *m_rulesNote;
    GradeModel *m_grades;
    QSortFilterProxyModel *m_gradesProxy;
    QTableView *m_gradesView;
    QTreeWidget *m_commendations;
};
