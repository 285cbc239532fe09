#pragma once

#include <QIODevice>

#include <memory>
#include <vector>

class QFile;
class QuaZip;
class QuaZipFile;
struct inflate_state;

// One entry of a zip archive, read as its stored bytes and inflated here with Intel's ISA-L
// (isal_inflate, raw deflate, with the CRC-32 of what it writes folded in) instead of zlib's
// inflate and crc32 through QuaZip (issue #18: a 1,000,000-row worksheet is 2.4 GB of XML, and
// zlib took about 2.5 s of CPU for it, ISA-L under 1 s). Entries stored without compression
// (method 0) are passed through with their CRC computed the same way. The entry's size and CRC
// in the archive's central directory (APPNOTE.TXT §4.4.7–4.4.9, Zip64 §4.5.3) are checked as the
// bytes come: reading more than the entry claims to hold fails at once (a zip bomb that lies
// about its size is not inflated to its end), and at the end of the deflate stream the bytes
// written and their CRC must be what the archive says.
//
// The entry's stored bytes are read straight from the archive's file at the offset QuaZip finds
// (its raw reads copy them a byte at a time and take their CRC, which nobody checks: a quarter of
// the inflating thread's time); an archive QuaZip reads from a device is read through QuaZip.
//
// A read-only sequential device: read() gives the inflated bytes, 0 at the entry's end, -1 on
// a fault (fault() says which; the bytes before it were given). The archive must stay open
// with the entry current while this reads it.
class ZipEntryInflater : public QIODevice
{
public:
    enum class Fault {
        None,
        Unreadable, // the archive's bytes could not be read, or the method is not 0 or 8
        Damaged, // the deflate stream is invalid or ends before its last block
        SizeDiffers, // more or fewer bytes than the archive says the entry holds
        ChecksumDiffers, // all bytes there, but their CRC-32 is not the archive's
    };

    // zip: open for unzipping, with the entry to read set current (QuaZip::setCurrentFile).
    explicit ZipEntryInflater(QuaZip *zip);
    ~ZipEntryInflater() override;
    ZipEntryInflater(const ZipEntryInflater &) = delete;
    ZipEntryInflater &operator=(const ZipEntryInflater &) = delete;

    // Only ReadOnly. False when the entry cannot be opened or uses another compression method
    // than stored (0) or deflated (8).
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }

    Fault fault() const { return m_fault; }
    // The uncompressed size the archive claims for the entry.
    qint64 claimedSize() const { return m_claimedSize; }
    // Inflated bytes given so far.
    qint64 inflatedSize() const { return m_inflated; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    qint64 inflate(char *data, qint64 maxSize);
    qint64 passStored(char *data, qint64 maxSize);
    bool refillInput();
    qint64 readStored(char *data, qint64 maxSize);
    void openArchiveAt(quint64 storedSize);
    qint64 failWith(Fault fault);
    bool account(const char *data, qint64 bytes, bool crcDone);

    std::unique_ptr<QuaZipFile> m_file;
    std::unique_ptr<QFile> m_archive; // the archive's file at the entry's bytes, when it has one
    qint64 m_storedLeft = 0; // of the entry's stored bytes, those m_archive has still to give
    std::unique_ptr<inflate_state> m_state;
    std::vector<unsigned char> m_input;
    int m_method = -1;
    bool m_inputEnded = false;
    bool m_streamEnded = false;
    qint64 m_claimedSize = 0;
    quint32 m_claimedCrc = 0;
    quint32 m_crc = 0; // of a stored entry's bytes
    qint64 m_inflated = 0;
    Fault m_fault = Fault::None;
};
