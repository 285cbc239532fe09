#include "mail/SmtpSender.h"

#include <curl/curl.h>

#include <cstring>
#include <mutex>

namespace {

struct Upload
{
    const QByteArray *data = nullptr;
    qsizetype pos = 0;
};

size_t readMessage(char *buffer, size_t size, size_t count, void *user)
{
    auto *up = static_cast<Upload *>(user);
    const size_t n = std::min(size * count, size_t(up->data->size() - up->pos));
    std::memcpy(buffer, up->data->constData() + up->pos, n);
    up->pos += qsizetype(n);
    return n;
}

// libcurl hands every line the server sends to the debug callback (CURLINFO_HEADER_IN); the
// last one is the answer to the end of DATA, e.g. "250 Mail OK queued as ...".
int recordReply(CURL *, curl_infotype type, char *data, size_t size, void *user)
{
    if (type == CURLINFO_HEADER_IN)
        *static_cast<QString *>(user) = QString::fromUtf8(data, qsizetype(size)).trimmed();
    return 0;
}

// 127.0.0.0/8, ::1 or localhost (RFC 1122 §3.2.1.3, RFC 4291 §2.5.3, RFC 6761 §6.3).
bool isLoopback(const QString &host)
{
    return host.startsWith(QLatin1String("127.")) || host == QLatin1String("::1")
        || host == QLatin1String("[::1]")
        || host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
}

void initOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

} // namespace

struct SmtpSender::Curl
{
    CURL *handle = nullptr;
    ~Curl()
    {
        if (handle)
            curl_easy_cleanup(handle);
    }
};

SmtpSender::SmtpSender(const MailAccount &account, const QString &password)
    : m_curl(std::make_unique<Curl>())
    , m_account(account)
    , m_password(password)
{
    initOnce();
    m_curl->handle = curl_easy_init();
}

SmtpSender::~SmtpSender() = default;

SmtpSender::Result SmtpSender::send(const QString &recipient, const QByteArray &message)
{
    Result result;
    CURL *c = m_curl->handle;
    if (!c) {
        result.error = tr("libcurl could not be started");
        return result;
    }
    if (m_account.security == MailAccount::Security::None && !m_account.username.isEmpty()
        && !isLoopback(m_account.host)) {
        result.error = tr("refused: without TLS the password would cross the network in clear");
        return result;
    }
    const QByteArray url = m_account.url().toUtf8();
    const QByteArray user = m_account.username.toUtf8();
    const QByteArray password = m_password.toUtf8();
    const QByteArray from = "<" + m_account.fromAddress.toUtf8() + ">";
    const QByteArray to = "<" + recipient.toUtf8() + ">";
    curl_slist *rcpt = curl_slist_append(nullptr, to.constData());
    Upload upload {&message, 0};
    QString lastReply;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, password.constData());
    }
    if (m_account.security == MailAccount::Security::StartTls)
        curl_easy_setopt(c, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    // libcurl verifies the server's certificate and name by default (CURLOPT_SSL_VERIFYPEER and
    // VERIFYHOST stay on); a certificate the office trusts is added to the system's authorities.
    curl_blob trusted {const_cast<char *>(m_account.trustedCertificate.constData()),
                       size_t(m_account.trustedCertificate.size()), CURL_BLOB_COPY};
    curl_easy_setopt(c, CURLOPT_CAINFO_BLOB,
                     m_account.trustedCertificate.isEmpty() ? nullptr : &trusted);
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_READFUNCTION, readMessage);
    curl_easy_setopt(c, CURLOPT_READDATA, &upload);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    curl_easy_setopt(c, CURLOPT_VERBOSE, 1L); // only so that recordReply sees the replies
    curl_easy_setopt(c, CURLOPT_DEBUGFUNCTION, recordReply);
    curl_easy_setopt(c, CURLOPT_DEBUGDATA, &lastReply);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 30L);
    // A server that stops answering: give up after 60 s below 1 byte/s.
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, 60L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    const CURLcode code = curl_easy_perform(c);
    curl_slist_free_all(rcpt);
    // Options point at this call's buffers: clear them before they go out of scope.
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, nullptr);
    curl_easy_setopt(c, CURLOPT_DEBUGDATA, nullptr);
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, nullptr);
    result.reply = lastReply;
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    result.accepted = code == CURLE_OK && status == 250;
    if (!result.accepted) {
        const QString why = errorBuffer[0] ? QString::fromUtf8(errorBuffer)
                                           : QString::fromUtf8(curl_easy_strerror(code));
        result.error = lastReply.isEmpty() ? why : tr("%1 (server: %2)").arg(why, lastReply);
    }
    return result;
}
