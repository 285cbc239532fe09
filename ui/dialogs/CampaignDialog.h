#pragma once

#include "domain/Campaign.h"

#include <QDialog>

class Database;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

// Adds a campaign year or edits one: window, base URL for links (with the first questionnaire's
// survey platform for a new one; its questionnaires for an existing one), the committee's due
// dates.
class CampaignDialog : public QDialog
{
    Q_OBJECT
public:
    // campaign.id == 0 adds a new one.
    CampaignDialog(Database &db, const Campaign &campaign, QWidget *parent = nullptr);

    Campaign campaign() const { return m_campaign; }
    void accept() override;

private:
    // Fills the fields from campaign (on opening, and on Reload after a conflict).
    void load(const Campaign &campaign);
    Campaign fromFields() const;
    void showProblems();

    Database &m_db;
    Campaign m_campaign;
    QSpinBox *m_year;
    QLineEdit *m_title;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QLineEdit *m_baseUrl;
    QComboBox *m_platform = nullptr; // a new campaign's first questionnaire
    QLineEdit *m_parameter = nullptr;
    QDateEdit *m_linkDue;
    QDateEdit *m_giftDue;
    QDateEdit *m_formDue;
    QLabel *m_problems;
};
