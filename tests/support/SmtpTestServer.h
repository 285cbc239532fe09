#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QThread>

#include <atomic>

// A small SMTP server (RFC 5321, plain, no TLS) on 127.0.0.1 for the mail tests. It runs in a
// thread of its own, because libcurl blocks the test's thread while it talks to it, serves one
// connection at a time, takes any AUTH PLAIN, and records every message it accepted. It can
// refuse given recipients (550) and drop the connection in the middle of the n-th DATA.
class SmtpTestServer : public QThread
{
public:
    struct Received
    {
        QString mailFrom;
        QStringList rcptTo;
        QByteArray data; // dot-unstuffed, CRLF line ends, without the final "."
    };

    SmtpTestServer();
    ~SmtpTestServer() override;

    void refuseRecipient(const QString &address) { m_refused.append(address.toLower()); }
    // Closes the connection after part of the n-th message's data (1-based), answering nothing.
    void dropDuringMessage(int n) { m_dropAt = n; }

    // Starts listening; false when no port could be had. Call before sending.
    bool startListening();
    quint16 port() const { return m_port; }

    QList<Received> received() const;
    QStringList authentications() const; // "user\npassword" of each AUTH PLAIN
    int dataCommands() const { return m_dataCount; }

protected:
    void run() override;

private:
    void serve(class QTcpSocket &socket);
    bool readLine(QTcpSocket &socket, QByteArray *line);
    QByteArray readData(QTcpSocket &socket, bool *dropped);

    QStringList m_refused;
    int m_dropAt = 0;
    std::atomic_int m_dataCount {0};
    std::atomic<quint16> m_port {0};
    std::atomic_bool m_stop {false};
    std::atomic_bool m_ready {false};
    mutable QMutex m_mutex;
    QList<Received> m_received;
    QStringList m_auth;
};
