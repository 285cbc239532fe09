#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;
class Workspace;

// The expert pool (专家库) across units and years: one row per person (the same name and phone
// recommended twice is one person, with both recommendations), filtered by field, with a
// search over name, phone, specialty and recommending unit, and export.
class ExpertsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ExpertsPage(Workspace *workspace, QWidget *parent = nullptr);

    QLineEdit *searchBox() const { return m_search; }
    QComboBox *fieldBox() const { return m_field; }
    QStandardItemModel *model() const { return m_model; }
    bool exportTo(const QString &path, QString *error = nullptr) const;

private:
    void reload();
    void exportList();

    Workspace *m_workspace;
    QLineEdit *m_search;
    QComboBox *m_field;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
};
