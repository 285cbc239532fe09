#include "io/ReadAheadDevice.h"

#include <algorithm>
#include <cstring>

ReadAheadDevice::ReadAheadDevice(QIODevice *source, qint64 chunkSize, int chunks)
    : m_source(source)
    , m_chunkSize(chunkSize)
    , m_chunks(size_t(std::max(chunks, 2)))
{
    for (Chunk &c : m_chunks) {
        c.bytes.resize(size_t(kHeadroom + chunkSize)); // the data after the headroom
        m_free.push_back(&c);
    }
}

ReadAheadDevice::~ReadAheadDevice()
{
    finish();
}

bool ReadAheadDevice::open(OpenMode mode)
{
    if ((mode & ReadWrite) != ReadOnly || m_thread.joinable() || m_stopping)
        return false;
    if (!QIODevice::open(mode | Unbuffered))
        return false;
    m_thread = std::thread([this] { run(); });
    return true;
}

void ReadAheadDevice::finish()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

// The second thread: fills free chunks from the source and hands them over, in order.
void ReadAheadDevice::run()
{
    for (;;) {
        Chunk *chunk = nullptr;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stopping || !m_free.empty(); });
            if (m_stopping)
                return;
            chunk = m_free.front();
            m_free.pop_front();
        }
        const qint64 n = m_source->read(chunk->bytes.data() + kHeadroom, m_chunkSize);
        {
            std::lock_guard lock(m_mutex);
            if (n > 0) {
                chunk->size = n;
                m_full.push_back(chunk);
            } else {
                m_free.push_back(chunk);
                m_sourceEnded = true;
                m_sourceFailed = n < 0;
            }
        }
        m_changed.notify_all();
        if (n <= 0)
            return;
    }
}

// The caller's next chunk: false at the source's end, after an error or after finish().
bool ReadAheadDevice::nextChunk()
{
    std::unique_lock lock(m_mutex);
    if (m_current)
        m_free.push_back(m_current);
    m_current = nullptr;
    m_changed.notify_all();
    m_changed.wait(lock, [this] { return m_stopping || m_sourceEnded || !m_full.empty(); });
    if (m_stopping || m_full.empty())
        return false;
    m_current = m_full.front();
    m_full.pop_front();
    m_currentPos = 0;
    return true;
}

qint64 ReadAheadDevice::readData(char *data, qint64 maxSize)
{
    if (m_stopping) // finish(): set by this thread, only read by the other
        return 0;
    qint64 copied = 0;
    while (copied < maxSize) {
        if (!m_current || m_currentPos == m_current->size) {
            // Give what there is rather than wait, once something was copied.
            if (copied > 0 && m_current)
                break;
            if (!nextChunk()) {
                std::lock_guard lock(m_mutex);
                return copied > 0 ? copied : (m_sourceFailed ? -1 : 0);
            }
        }
        const qint64 n = std::min(maxSize - copied, m_current->size - m_currentPos);
        std::memcpy(data + copied, m_current->bytes.data() + kHeadroom + m_currentPos, size_t(n));
        copied += n;
        m_currentPos += n;
    }
    return copied;
}

bool ReadAheadDevice::takeChunk(Span *span)
{
    if (m_stopping) // finish(): set by this thread, only read by the other
        return false;
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stopping || m_sourceEnded || !m_full.empty(); });
    if (m_stopping || m_full.empty())
        return false;
    Chunk *chunk = m_full.front();
    m_full.pop_front();
    *span = Span {chunk->bytes.data() + kHeadroom, chunk->size, kHeadroom, chunk};
    return true;
}

void ReadAheadDevice::giveBack(const Span &span)
{
    if (!span.chunk)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_free.push_back(static_cast<Chunk *>(span.chunk));
    }
    m_changed.notify_all();
}

bool ReadAheadDevice::failed() const
{
    std::lock_guard lock(m_mutex);
    return m_sourceFailed && m_full.empty();
}

qint64 ReadAheadDevice::writeData(const char *, qint64)
{
    return -1;
}
