#pragma once

#include "mail/MailAccount.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

// Edits the office mailbox messages are sent from (host, port, TLS or STARTTLS, user, sender,
// pace, a self-signed server certificate to trust). The password is not asked here: the first
// send of a session asks for it.
class MailAccountDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MailAccountDialog(const MailAccount &account, QWidget *parent = nullptr);

    MailAccount account() const;

private:
    void securityChanged(int index);
    void chooseCertificate();
    void showCertificate();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QLineEdit *m_user;
    QLineEdit *m_from;
    QLineEdit *m_fromName;
    QDoubleSpinBox *m_pace;
    QLabel *m_certificate;
    QByteArray m_trusted; // MailAccount::trustedCertificate
};
