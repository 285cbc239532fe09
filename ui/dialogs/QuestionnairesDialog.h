#pragma once

#include "domain/Questionnaire.h"

#include <QDialog>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

// A campaign's questionnaires (问卷): the list, and a form to add one or edit the selected one —
// name, survey platform, base URL, the link parameter the platform keeps (preset from the
// platform, editable) and the minimum completion time. Changing the address of a questionnaire
// whose links went out asks first: printed QR codes and posters keep the old one.
class QuestionnairesDialog : public QDialog
{
    Q_OBJECT
public:
    QuestionnairesDialog(Database &db, qint64 campaignId, QWidget *parent = nullptr);

    // Saves the form (add when nothing is selected); false with the problems shown.
    bool save();
    void startNew();

private:
    void reload(qint64 selectId = 0);
    void showSelected();
    Questionnaire fromFields() const;
    bool confirmAddressChange(const Questionnaire &before, const Questionnaire &after);

    Database &m_db;
    qint64 m_campaignId;
    QList<Questionnaire> m_list;
    Questionnaire m_editing; // id 0: a new one
    QTableWidget *m_table;
    QLineEdit *m_name;
    QComboBox *m_platform;
    QLineEdit *m_baseUrl;
    QLineEdit *m_parameter;
    QSpinBox *m_minSeconds;
    QLabel *m_problems;
};
