#include "common/Sha256.h"

#include "db/DatabaseFiles.h"

#include <QFile>
#include <QIODevice>

#include <openssl/evp.h>

namespace {

// Fetched once: looking the implementation up on every digest would cost more than hashing a
// short id.
const EVP_MD *sha256()
{
    static EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

} // namespace

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
{
    reset();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
}

void Sha256::reset()
{
    EVP_DigestInit_ex2(m_ctx, sha256(), nullptr);
}

void Sha256::addData(QByteArrayView data)
{
    EVP_DigestUpdate(m_ctx, data.data(), size_t(data.size()));
}

bool Sha256::addData(QIODevice *device, const std::atomic<bool> *stop)
{
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (stop && stop->load(std::memory_order_relaxed))
            return false;
        const qint64 n = device->read(buffer.data(), buffer.size());
        if (n < 0)
            return false;
        if (n == 0)
            return true;
        addData(QByteArrayView(buffer.constData(), n));
    }
}

Sha256::Digest Sha256::result()
{
    Digest digest {};
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_ctx, digest.data(), &length);
    return digest;
}

Sha256::Digest Sha256::hash(QByteArrayView data)
{
    Sha256 h;
    h.addData(data);
    return h.result();
}

QString Sha256::fileHex(const QString &path, QString *error, const std::atomic<bool> *stop)
{
    if (const QString refusal = DatabaseFiles::refusal(path); !refusal.isEmpty()) {
        if (error)
            *error = refusal;
        return {};
    }
    QFile file(path);
    Sha256 hash;
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file, stop)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    const Digest digest = hash.result();
    return QString::fromLatin1(
        QByteArray::fromRawData(reinterpret_cast<const char *>(digest.data()), digest.size())
            .toHex());
}
