#include "io/ZipEntryInflater.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/unzip.h>

#include <QFile>

#include <isa-l/crc.h>
#include <isa-l/igzip_lib.h>

#include <algorithm>
#include <limits>

namespace {

constexpr qsizetype kInputChunk = 256 * 1024;
constexpr int kStored = 0;
constexpr int kDeflated = 8;

} // namespace

ZipEntryInflater::ZipEntryInflater(QuaZip *zip)
    : m_file(std::make_unique<QuaZipFile>(zip))
{}

ZipEntryInflater::~ZipEntryInflater()
{
    close();
}

bool ZipEntryInflater::open(OpenMode mode)
{
    if ((mode & ReadWrite) != ReadOnly || isOpen())
        return false;
    QuaZipFileInfo64 info;
    if (!m_file->getZip() || !m_file->getZip()->getCurrentFileInfo(&info))
        return false;
    int level = 0;
    // Raw: QuaZip hands over the entry's bytes as stored; inflating and checking are ours.
    if (!m_file->open(QIODevice::ReadOnly, &m_method, &level, true))
        return false;
    if (m_method != kStored && m_method != kDeflated) {
        m_file->close();
        return false;
    }
    m_claimedSize = qint64(
        std::min<quint64>(info.uncompressedSize, quint64(std::numeric_limits<qint64>::max())));
    m_claimedCrc = info.crc;
    openArchiveAt(info.compressedSize);
    m_crc = 0;
    m_inflated = 0;
    m_inputEnded = m_streamEnded = false;
    m_fault = Fault::None;
    if (m_method == kDeflated) {
        m_state = std::make_unique<inflate_state>();
        isal_inflate_init(m_state.get());
        m_state->crc_flag = ISAL_GZIP_NO_HDR; // raw deflate, with the CRC-32 zip uses
        m_input.resize(size_t(kInputChunk));
    }
    return QIODevice::open(mode | Unbuffered);
}

// The archive's own file, at the entry's stored bytes (after its local header, where QuaZip's raw
// open left its stream); with none (an archive on a device, a name that no longer opens) the bytes
// come through QuaZip.
void ZipEntryInflater::openArchiveAt(quint64 storedSize)
{
    m_archive.reset();
    QuaZip *zip = m_file->getZip();
    const QString name = zip->getIoDevice() ? QString() : zip->getZipName();
    if (name.isEmpty())
        return;
    auto archive = std::make_unique<QFile>(name);
    const auto offset = qint64(unzGetCurrentFileZStreamPos64(zip->getUnzFile()));
    if (offset <= 0 || !archive->open(QIODevice::ReadOnly | QIODevice::Unbuffered)
        || !archive->seek(offset))
        return;
    m_archive = std::move(archive);
    m_storedLeft
        = qint64(std::min<quint64>(storedSize, quint64(std::numeric_limits<qint64>::max())));
}

// Up to maxSize of the entry's stored bytes: 0 at their end, -1 when they cannot be read.
qint64 ZipEntryInflater::readStored(char *data, qint64 maxSize)
{
    if (!m_archive)
        return m_file->read(data, maxSize);
    const qint64 n = m_archive->read(data, std::min(maxSize, m_storedLeft));
    if (n > 0)
        m_storedLeft -= n;
    return n;
}

void ZipEntryInflater::close()
{
    m_archive.reset();
    if (m_file && m_file->isOpen())
        m_file->close();
    m_state.reset();
    if (isOpen())
        QIODevice::close();
}

qint64 ZipEntryInflater::failWith(Fault fault)
{
    if (m_fault == Fault::None)
        m_fault = fault;
    return -1;
}

qint64 ZipEntryInflater::readData(char *data, qint64 maxSize)
{
    if (m_fault != Fault::None)
        return -1;
    if (maxSize <= 0)
        return 0;
    return m_method == kDeflated ? inflate(data, maxSize) : passStored(data, maxSize);
}

qint64 ZipEntryInflater::writeData(const char *, qint64)
{
    return -1;
}

bool ZipEntryInflater::refillInput()
{
    const qint64 n = readStored(reinterpret_cast<char *>(m_input.data()), kInputChunk);
    if (n < 0)
        return false;
    m_inputEnded = n == 0;
    m_state->next_in = m_input.data();
    m_state->avail_in = quint32(n);
    return true;
}

// Counts bytes given; at the entry's end (crcDone: the CRC covers every byte) checks size and
// CRC. False, with the fault set, when the entry is not what the archive says.
bool ZipEntryInflater::account(const char *data, qint64 bytes, bool crcDone)
{
    m_inflated += bytes;
    if (m_inflated > m_claimedSize)
        return failWith(Fault::SizeDiffers), false;
    if (m_method == kStored && bytes > 0)
        m_crc
            = crc32_gzip_refl(m_crc, reinterpret_cast<const unsigned char *>(data), quint64(bytes));
    if (!crcDone)
        return true;
    if (m_inflated != m_claimedSize)
        return failWith(Fault::SizeDiffers), false;
    const quint32 crc = m_method == kDeflated ? m_state->crc : m_crc;
    if (crc != m_claimedCrc)
        return failWith(Fault::ChecksumDiffers), false;
    return true;
}

qint64 ZipEntryInflater::inflate(char *data, qint64 maxSize)
{
    if (m_streamEnded)
        return 0;
    const quint32 room = quint32(std::min<qint64>(maxSize, 1 << 30));
    m_state->next_out = reinterpret_cast<unsigned char *>(data);
    m_state->avail_out = room;
    for (;;) {
        if (m_state->avail_in == 0 && !m_inputEnded && !refillInput())
            return failWith(Fault::Unreadable);
        const quint32 inBefore = m_state->avail_in;
        if (isal_inflate(m_state.get()) < 0)
            return failWith(Fault::Damaged);
        const qint64 produced = qint64(room - m_state->avail_out);
        if (m_state->block_state == ISAL_BLOCK_FINISH) {
            m_streamEnded = true;
            return account(data, produced, true) ? produced : -1;
        }
        if (produced > 0)
            return account(data, produced, false) ? produced : -1;
        // Nothing written and nothing taken while the input is at its end: the stream stops
        // before its last block.
        if (m_inputEnded && m_state->avail_in == inBefore)
            return failWith(Fault::Damaged);
    }
}

qint64 ZipEntryInflater::passStored(char *data, qint64 maxSize)
{
    const qint64 n = readStored(data, maxSize);
    if (n < 0)
        return failWith(Fault::Unreadable);
    return account(data, n, n == 0) ? n : -1;
}
