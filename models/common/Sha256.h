#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <atomic>

class QIODevice;
struct evp_md_ctx_st;

// SHA-256 through OpenSSL's libcrypto, which uses the CPU's SHA instructions where there are
// some: several times faster than QCryptographicHash, for hashing millions of short response
// ids and whole import files. The digests are plain SHA-256 (FIPS 180-4), the same bytes
// QCryptographicHash gives.
class Sha256
{
public:
    using Digest = std::array<unsigned char, 32>;

    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void reset();
    void addData(QByteArrayView data);
    // Reads the device to its end; false on a read error, or once *stop (if given) is true.
    bool addData(QIODevice *device, const std::atomic<bool> *stop = nullptr);
    // The digest of everything added since the last reset(); then reset() before reuse.
    Digest result();

    static Digest hash(QByteArrayView data);
    // The lower-case hex digest of a file's bytes, as the import history stores it; empty with
    // *error when the file cannot be read or is the open database's own (DatabaseFiles), or
    // when *stop (if given: another thread may set it) became true.
    static QString fileHex(const QString &path, QString *error = nullptr,
                           const std::atomic<bool> *stop = nullptr);

private:
    evp_md_ctx_st *m_ctx;
};
