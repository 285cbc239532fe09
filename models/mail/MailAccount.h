#pragma once

#include <QString>

// The office mailbox the secretariat sends from. The password is not part of it: it is asked
// once a session or kept in the desktop keyring (SecretStore), never written to the database.
struct MailAccount
{
    // Tls: implicit TLS from the first byte (port 465, "smtps", RFC 8314 §3.3). StartTls: plain
    // connection upgraded by STARTTLS (port 587 or 25, RFC 3207), refused when the server cannot.
    // None: no encryption; only for a relay on this computer (the tests' loopback server).
    enum class Security { Tls, StartTls, None };

    QString host; // e.g. smtp.163.com
    int port = 465;
    Security security = Security::Tls;
    QString username; // usually the full address
    QString fromAddress;
    QString fromName;
    double paceSeconds = 2.0; // wait between two messages, so the provider does not throttle
    // A server certificate (PEM) trusted besides the system's certificate authorities, for an
    // office server with a self-signed certificate. Empty: only what the system trusts, so a
    // certificate no authority signed, or made out to another name, is refused.
    QByteArray trustedCertificate;

    bool isConfigured() const { return !host.isEmpty() && !fromAddress.isEmpty(); }
    // smtps://host:port or smtp://host:port, as libcurl takes it.
    QString url() const
    {
        return QStringLiteral("%1://%2:%3")
            .arg(security == Security::Tls ? QStringLiteral("smtps") : QStringLiteral("smtp"), host)
            .arg(port);
    }
    // The keyring's key for the password: username at host.
    QString secretKey() const { return username + QLatin1Char('@') + host; }

    static QString securityCode(Security s)
    {
        return s == Security::Tls     ? QStringLiteral("tls")
            : s == Security::StartTls ? QStringLiteral("starttls")
                                      : QStringLiteral("none");
    }
    static Security securityFromCode(const QString &code)
    {
        return code == QLatin1String("starttls") ? Security::StartTls
            : code == QLatin1String("none")      ? Security::None
                                                 : Security::Tls;
    }
};
