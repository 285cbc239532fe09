#pragma once

#include "mail/MailAccount.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

// Hands messages to the office's SMTP server with libcurl (RFC 5321; implicit TLS per RFC 8314
// or STARTTLS per RFC 3207; AUTH as the server offers, e.g. 163.com's authorization code as the
// password). Keeps one connection open across messages when the server allows. Not thread-safe:
// one sender per thread.
class SmtpSender
{
    Q_DECLARE_TR_FUNCTIONS(SmtpSender)
public:
    struct Result
    {
        bool accepted = false; // the server answered 250 to the end of DATA
        QString reply; // the server's last reply, e.g. "250 Mail OK queued as ..."
        QString error; // why not, when not accepted
    };

    SmtpSender(const MailAccount &account, const QString &password);
    ~SmtpSender();
    SmtpSender(const SmtpSender &) = delete;
    SmtpSender &operator=(const SmtpSender &) = delete;

    // Sends message (a whole RFC 5322 message, CRLF line ends) from the account's address to
    // one recipient. Accepted only when the server took the whole message; anything else
    // (refused recipient, dropped connection, time-out) comes back with the reason. An account
    // without encryption that logs in is refused unless the server is on this computer. The
    // server's certificate must be signed by an authority the system trusts or be the
    // account's trusted certificate, and be made out to its host name (RFC 6125).
    Result send(const QString &recipient, const QByteArray &message);

private:
    struct Curl;
    std::unique_ptr<Curl> m_curl;
    MailAccount m_account;
    QString m_password;
};
