#pragma once

#include "domain/Campaign.h"
#include "mail/MailRun.h"
#include "mail/Mailing.h"
#include "repo/UnitRepository.h"

#include <QDialog>

class Database;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

// Letters and links by e-mail: edit a mailing (subject, body, which units, what it carries),
// preview a unit's message, write a dry run of .eml files, send through the office account off
// the GUI thread with progress and Cancel, resend the failed, and read the send log.
class MailDialog : public QDialog
{
    Q_OBJECT
public:
    MailDialog(Database &db, const Campaign &campaign, QWidget *parent = nullptr);

private:
    QWidget *createMailingTab();
    QWidget *createUnitsTab();
    void loadMailings(const QString &select = {});
    void showMailing(int index);
    Mailing editedMailing() const;
    void saveMailing();
    void reloadUnits();
    void setAllChecked(bool checked);
    QList<qint64> checkedUnits() const;
    void preview();
    void dryRun();
    void send(bool failedOnly);
    void editAccount();
    void reloadLog();
    // Says a failed read in the status line (the database's words); true when e is set.
    bool failedToRead(const QSqlError &e);
    bool askPassword(const MailAccount &account, QString *password);
    MailRun::Outcome runInBackground(const MailRun::Options &options, const QString &label);
    void report(const MailRun::Outcome &outcome, bool dry);

    Database &m_db;
    Campaign m_campaign;
    QList<Mailing> m_mailings;
    QList<UnitListRow> m_rows;
    QTabWidget *m_tabs;
    QComboBox *m_mailing;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QComboBox *m_kind;
    QComboBox *m_region;
    QComboBox *m_missing; // a checklist item the units have not done, or none
    QCheckBox *m_letter;
    QCheckBox *m_links;
    QCheckBox *m_qr;
    QListWidget *m_units;
    QTextBrowser *m_preview;
    QTableWidget *m_log;
    QLabel *m_status;
};
