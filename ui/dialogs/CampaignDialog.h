#pragma once

#include "domain/Campaign.h"

#include <QDialog>

class Database;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

// Adds a campaign year or edits one: window, base URL for links, the committee's due dates.
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
    QDateEdit *m_linkDue;
    QDateEdit *m_giftDue;
    QLabel *m_problems;
};
