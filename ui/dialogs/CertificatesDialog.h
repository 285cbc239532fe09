#pragma once

#include "certificates/Certificate.h"
#include "domain/Campaign.h"

#include <QDialog>

class Database;
class QLabel;
class QTableWidget;

// Commendation certificates (荣誉证书) of a campaign: the list with each one's state, issuing to
// the commendation list, the RY template and seal (LetterTemplateDialog), PDFs (one per unit or
// one file), revoking with a reason and verifying a code (CertificateRepository).
class CertificatesDialog : public QDialog
{
    Q_OBJECT
public:
    CertificatesDialog(Database &db, const Campaign &campaign, QWidget *parent = nullptr);

    void reload();
    // Revokes the selected certificate with reason (asked when empty); false when nothing was
    // revoked (the reason shown in the status line).
    bool revokeSelected(QString reason = {});
    // The verdict on a code, as the dialog shows it: valid, revoked (by, when, why) or unknown.
    QString verdict(const QString &code) const;

private:
    void issue();
    void editTemplate();
    void render(bool single);
    void verify();
    const Certificate *selected() const;

    Database &m_db;
    Campaign m_campaign;
    QList<Certificate> m_certificates;
    QTableWidget *m_table;
    QLabel *m_status;
};
