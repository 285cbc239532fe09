#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QThread>

#include <atomic>

// A small SMTP server (RFC 5321) on 127.0.0.1 for the mail tests. It runs in a thread of its
// own, because libcurl blocks the test's thread while it talks to it, serves one connection at
// a time, takes any AUTH PLAIN, and records every message it accepted. It can refuse given
// recipients (550) and drop the connection in the middle of the n-th DATA. With a certificate
// it speaks STARTTLS (RFC 3207) or implicit TLS (RFC 8314) through QSslSocket.
class SmtpTestServer : public QThread
{
public:
    struct Received
    {
        QString mailFrom;
        QStringList rcptTo;
        QByteArray data; // dot-unstuffed, CRLF line ends, without the final "."
    };

    enum class Tls { None, StartTls, Implicit };

    SmtpTestServer();
    ~SmtpTestServer() override;

    void refuseRecipient(const QString &address) { m_refused.append(address.toLower()); }
    // Closes the connection after part of the n-th message's data (1-based), answering nothing.
    void dropDuringMessage(int n) { m_dropAt = n; }

    // Serves with TLS (call before startListening): Implicit from the first byte, or StartTls
    // offered after EHLO (and then AUTH is refused before it).
    void useTls(Tls mode, const QSslCertificate &certificate, const QSslKey &key)
    {
        m_tls = mode;
        m_certificate = certificate;
        m_key = key;
    }
    // Starts listening; false when no port could be had. Call before sending.
    bool startListening();
    quint16 port() const { return m_port; }

    QList<Received> received() const;
    QStringList authentications() const; // "user\npassword" of each AUTH PLAIN
    // Of each AUTH PLAIN, whether it came over an encrypted connection.
    QList<bool> authenticationsEncrypted() const;
    // TLS handshakes that failed (the client refused the certificate, or spoke no TLS).
    int failedHandshakes() const { return m_failedHandshakes; }
    int dataCommands() const { return m_dataCount; }

protected:
    void run() override;

private:
    void serve(class QTcpSocket &socket);
    bool encrypt(class QSslSocket &socket);
    bool readLine(QTcpSocket &socket, QByteArray *line);
    QByteArray readData(QTcpSocket &socket, bool *dropped);

    QStringList m_refused;
    int m_dropAt = 0;
    Tls m_tls = Tls::None;
    QSslCertificate m_certificate;
    QSslKey m_key;
    std::atomic_int m_failedHandshakes {0};
    QList<bool> m_authEncrypted;
    std::atomic_int m_dataCount {0};
    std::atomic<quint16> m_port {0};
    std::atomic_bool m_stop {false};
    std::atomic_bool m_ready {false};
    mutable QMutex m_mutex;
    QList<Received> m_received;
    QStringList m_auth;
};
