#include "SmtpTestServer.h"

#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace {
// Every accepted connection as a QSslSocket, plain until encryption is started.
class SslServer : public QTcpServer
{
protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (socket->setSocketDescriptor(descriptor))
            addPendingConnection(socket);
        else
            delete socket;
    }
};
} // namespace

SmtpTestServer::SmtpTestServer() = default;

SmtpTestServer::~SmtpTestServer()
{
    m_stop = true;
    wait();
}

bool SmtpTestServer::startListening()
{
    start();
    // The thread sets m_ready once it listens (or gave up); a short busy wait is enough here.
    while (!m_ready)
        QThread::msleep(5);
    return m_port != 0;
}

QList<SmtpTestServer::Received> SmtpTestServer::received() const
{
    QMutexLocker lock(&m_mutex);
    return m_received;
}

QStringList SmtpTestServer::authentications() const
{
    QMutexLocker lock(&m_mutex);
    return m_auth;
}

QList<bool> SmtpTestServer::authenticationsEncrypted() const
{
    QMutexLocker lock(&m_mutex);
    return m_authEncrypted;
}

bool SmtpTestServer::encrypt(QSslSocket &socket)
{
    socket.setLocalCertificate(m_certificate);
    socket.setPrivateKey(m_key);
    socket.setPeerVerifyMode(QSslSocket::VerifyNone); // clients show no certificate
    socket.startServerEncryption();
    while (!socket.isEncrypted()) {
        // A client that refuses the certificate sends an alert and hangs up: the socket errs.
        if (m_stop || socket.state() != QAbstractSocket::ConnectedState
            || socket.error() == QAbstractSocket::SslHandshakeFailedError) {
            ++m_failedHandshakes;
            return false;
        }
        socket.waitForEncrypted(50);
    }
    return true;
}

void SmtpTestServer::run()
{
    SslServer server;
    if (server.listen(QHostAddress::LocalHost, 0))
        m_port = server.serverPort();
    m_ready = true;
    while (!m_stop && server.isListening()) {
        if (!server.waitForNewConnection(50))
            continue;
        auto *socket = static_cast<QSslSocket *>(server.nextPendingConnection());
        if (m_tls != Tls::Implicit || encrypt(*socket))
            serve(*socket);
        delete socket;
    }
}

bool SmtpTestServer::readLine(QTcpSocket &socket, QByteArray *line)
{
    while (!socket.canReadLine()) {
        if (m_stop || socket.state() != QAbstractSocket::ConnectedState)
            return false;
        socket.waitForReadyRead(50);
    }
    *line = socket.readLine();
    line->chop(line->endsWith("\r\n") ? 2 : 1);
    return true;
}

QByteArray SmtpTestServer::readData(QTcpSocket &socket, bool *dropped)
{
    const bool drop = ++m_dataCount == m_dropAt;
    QByteArray data;
    QByteArray line;
    while (readLine(socket, &line)) {
        if (line == ".")
            return data;
        if (line.startsWith('.'))
            line.remove(0, 1); // dot-stuffing, RFC 5321 §4.5.2
        data += line + "\r\n";
        if (drop && data.size() > 200) {
            socket.abort();
            *dropped = true;
            return {};
        }
    }
    *dropped = true;
    return {};
}

void SmtpTestServer::serve(QTcpSocket &socket)
{
    auto reply = [&](const QByteArray &text) {
        socket.write(text + "\r\n");
        socket.flush();
    };
    reply("220 loopback test ESMTP");
    Received current;
    QByteArray line;
    while (readLine(socket, &line)) {
        const QByteArray upper = line.toUpper();
        auto *ssl = static_cast<QSslSocket *>(&socket);
        if (upper.startsWith("EHLO") || upper.startsWith("HELO")) {
            reply(m_tls == Tls::StartTls && !ssl->isEncrypted()
                      ? "250-loopback\r\n250-STARTTLS\r\n250 AUTH PLAIN"
                      : "250-loopback\r\n250 AUTH PLAIN");
        } else if (upper == "STARTTLS" && m_tls == Tls::StartTls && !ssl->isEncrypted()) {
            reply("220 2.0.0 Ready to start TLS");
            if (!encrypt(*ssl))
                return;
            current = {}; // RFC 3207 §4.2: the client starts over with EHLO
        } else if (upper.startsWith("AUTH PLAIN") && m_tls == Tls::StartTls
                   && !ssl->isEncrypted()) {
            reply("530 5.7.0 Must issue a STARTTLS command first");
        } else if (upper.startsWith("AUTH PLAIN")) {
            QByteArray token = line.mid(11).trimmed();
            if (token.isEmpty()) {
                reply("334 ");
                if (!readLine(socket, &token))
                    return;
            }
            const QList<QByteArray> parts = QByteArray::fromBase64(token).split('\0');
            QMutexLocker lock(&m_mutex);
            m_auth.append(QString::fromUtf8(parts.value(1) + "\n" + parts.value(2)));
            m_authEncrypted.append(ssl->isEncrypted());
            lock.unlock();
            reply("235 2.7.0 Authentication successful");
        } else if (upper.startsWith("MAIL FROM:")) {
            current = {};
            current.mailFrom
                = QString::fromUtf8(line.mid(10)).remove(QLatin1Char('<')).remove(QLatin1Char('>'));
            reply("250 2.1.0 Ok");
        } else if (upper.startsWith("RCPT TO:")) {
            const QString to = QString::fromUtf8(line.mid(8))
                                   .remove(QLatin1Char('<'))
                                   .remove(QLatin1Char('>'))
                                   .trimmed();
            if (m_refused.contains(to.toLower())) {
                reply("550 5.1.1 <" + to.toUtf8() + ">: Recipient address rejected");
            } else {
                current.rcptTo.append(to);
                reply("250 2.1.5 Ok");
            }
        } else if (upper == "DATA") {
            reply("354 End data with <CR><LF>.<CR><LF>");
            bool dropped = false;
            current.data = readData(socket, &dropped);
            if (dropped)
                return;
            QMutexLocker lock(&m_mutex);
            m_received.append(current);
            const int n = int(m_received.size());
            lock.unlock();
            reply("250 2.0.0 Ok: queued as TEST" + QByteArray::number(n));
        } else if (upper == "QUIT") {
            reply("221 2.0.0 Bye");
            socket.waitForBytesWritten(1000);
            return;
        } else if (upper == "RSET" || upper == "NOOP") {
            reply("250 2.0.0 Ok");
        } else {
            reply("502 5.5.2 Command not recognized");
        }
    }
}
