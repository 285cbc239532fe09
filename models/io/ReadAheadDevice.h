#pragma once

#include <QIODevice>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

// A read-only sequential device that reads another one on a thread of its own, a few chunks
// ahead of its reader. XlsxReader reads the worksheet's zip entry through it (issue #18):
// inflating a 1,000,000-row sheet (2.4 GB of XML) and checking its CRC costs about as much CPU
// as scanning it, so the two then run side by side, beside the importer's own thread
// (io/ReadAheadTable). A fixed number of chunks goes round, so memory stays bounded.
//
// The source belongs to the second thread from open() until finish() (or the destructor); the
// caller must not touch it in between. A read error of the source is a read error (-1) here,
// once the chunks read before it have been read.
class ReadAheadDevice : public QIODevice
{
public:
    // source: open for reading, not owned. chunkSize bytes a chunk, `chunks` chunks (at least 2).
    explicit ReadAheadDevice(QIODevice *source, qint64 chunkSize = 256 * 1024, int chunks = 4);
    ~ReadAheadDevice() override; // finish()
    ReadAheadDevice(const ReadAheadDevice &) = delete;
    ReadAheadDevice &operator=(const ReadAheadDevice &) = delete;

    // Only ReadOnly (Unbuffered is added: the chunks are the buffer). Starts the second thread.
    bool open(OpenMode mode) override;
    bool isSequential() const override { return true; }
    // Stops the second thread (after the read it is in) and waits for it: the source is the
    // caller's again. The device reads nothing more (read() gives 0).
    void finish();

    // Reading without a copy (XlsxXmlStream, issue #18: copying each chunk out was 2.4 GB a
    // million-row sheet, on the import's busiest thread). takeChunk(): the next chunk as the
    // second thread filled it, with `headroom` writable bytes before its data, for what the
    // reader carries over from the chunk before; false at the source's end, on its error (then
    // failed()) or after finish(). The chunk is the caller's until giveBack(), which must come
    // before this device is destroyed. Not to be mixed with read().
    struct Span
    {
        char *data = nullptr;
        qint64 size = 0;
        qint64 headroom = 0;
        void *chunk = nullptr; // null: no chunk
    };
    bool takeChunk(Span *span);
    void giveBack(const Span &span);
    // True once the source's read failed and every chunk before it was taken.
    bool failed() const;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    struct Chunk
    {
        std::vector<char> bytes;
        qint64 size = 0;
    };

    void run();
    bool nextChunk();

    QIODevice *m_source;
    qint64 m_chunkSize;
    std::vector<Chunk> m_chunks;
    static constexpr qint64 kHeadroom = 64 * 1024;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk *> m_free;
    std::deque<Chunk *> m_full;
    Chunk *m_current = nullptr; // being read by the caller
    qint64 m_currentPos = 0;
    bool m_sourceEnded = false; // the second thread read the source's end (or an error)
    bool m_sourceFailed = false;
    bool m_stopping = false;
    std::thread m_thread;
};
