#pragma once

#include "pages/RegisterPage.h"

class QComboBox;
class QStandardItemModel;
class QTableView;

// The expert pool (专家库) across units and years: one row per person (the same name and phone
// recommended twice is one person, with both recommendations), filtered by field, with a
// search over name, phone, specialty and recommending unit, and export.
class ExpertsPage : public RegisterPage
{
    Q_OBJECT
public:
    explicit ExpertsPage(Workspace *workspace, QWidget *parent = nullptr);

    QComboBox *fieldBox() const { return m_field; }
    QStandardItemModel *model() const { return m_model; }
    bool exportTo(const QString &path, QString *error = nullptr) const override;

private:
    void reload() override;

    QComboBox *m_field;
    QStandardItemModel *m_model;
    QTableView *m_view;
};
