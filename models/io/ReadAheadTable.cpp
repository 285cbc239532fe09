#include "io/ReadAheadTable.h"

#include "io/TableReader.h"

ReadAheadTable::ReadAheadTable(TableReader &reader, int batchRows, int batches)
    : m_reader(reader)
    , m_batchRows(qMax(1, batchRows))
    , m_batches(size_t(qMax(2, batches)))
{
    for (Batch &b : m_batches) {
        b.rows.resize(size_t(m_batchRows));
        b.lines.resize(size_t(m_batchRows));
        m_free.push_back(&b);
    }
    m_thread = std::thread([this] { readAll(); });
}

ReadAheadTable::~ReadAheadTable()
{
    stop();
    m_thread.join();
}

void ReadAheadTable::stop()
{
    const std::lock_guard lock(m_mutex);
    m_stopping = true;
    m_changed.notify_all();
}

const ReadAheadTable::Batch *ReadAheadTable::next()
{
    std::unique_lock lock(m_mutex);
    if (m_current) {
        m_free.push_back(m_current);
        m_current = nullptr;
        m_changed.notify_all();
    }
    m_changed.wait(lock, [this] { return !m_full.empty() || m_ended || m_stopping; });
    if (m_full.empty() || m_stopping)
        return nullptr;
    m_current = m_full.front();
    m_full.pop_front();
    return m_current;
}

// The second thread: fills free batches until the table ends or the caller stops it.
void ReadAheadTable::readAll()
{
    for (;;) {
        Batch *b = takeFree();
        if (!b)
            return;
        b->size = 0;
        while (b->size < m_batchRows && m_reader.readRow(b->rows[size_t(b->size)])) {
            b->lines[size_t(b->size)] = m_reader.lineNumber();
            ++b->size;
        }
        b->progress = m_reader.progress();
        const bool last = b->size < m_batchRows;
        handOver(b, last);
        if (last)
            return;
    }
}

ReadAheadTable::Batch *ReadAheadTable::takeFree()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_free.empty() || m_stopping; });
    if (m_stopping)
        return nullptr;
    Batch *b = m_free.front();
    m_free.pop_front();
    return b;
}

void ReadAheadTable::handOver(Batch *batch, bool last)
{
    const std::lock_guard lock(m_mutex);
    if (batch->size > 0)
        m_full.push_back(batch);
    else
        m_free.push_back(batch);
    m_ended = last;
    m_changed.notify_all();
}
