#include "io/ReadAheadTable.h"

#include "io/TableReader.h"

#include <algorithm>

namespace {

// ImportCells::isBlank's rule (every cell empty or spaces), without copying the cells.
bool isBlank(const QStringList &cells)
{
    return std::all_of(cells.cbegin(), cells.cend(),
                       [](const QString &c) { return QStringView(c).trimmed().isEmpty(); });
}

} // namespace

ReadAheadTable::ReadAheadTable(TableReader &reader, int batchRows, int batches,
                               const QList<int> &onlyColumns, RowWork work)
    : m_reader(reader)
    , m_batchRows(qMax(1, batchRows))
    , m_work(std::move(work))
    , m_batches(size_t(qMax(2, batches)))
{
    m_someColumns = !onlyColumns.isEmpty() && m_reader.readOnlyColumns(onlyColumns);
    m_oneList = m_someColumns && m_work;
    for (Batch &b : m_batches) {
        b.slot = int(&b - m_batches.data());
        if (!m_oneList)
            b.rows.resize(size_t(m_batchRows));
        b.lines.resize(size_t(m_batchRows));
        b.blank.resize(size_t(m_batchRows));
        if (m_someColumns) {
            b.recordStarts.resize(size_t(m_batchRows));
            b.recordEnds.resize(size_t(m_batchRows));
        }
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
        b->records.resize(0); // keeps its capacity
        for (;;) {
            const auto i = size_t(b->size);
            if (b->size == m_batchRows || !m_reader.readRow(m_oneList ? m_row : b->rows[i]))
                break;
            const QStringList &cells = m_oneList ? m_row : b->rows[i];
            b->lines[i] = m_reader.lineNumber();
            b->blank[i] = m_someColumns ? m_reader.lastRowBlank() : isBlank(cells);
            const bool whole = m_work ? m_work(*b, b->size, cells) : true;
            if (m_someColumns) {
                b->recordStarts[i] = whole ? b->records.size() : -1;
                if (whole)
                    b->records.append(m_reader.lastRecord());
                b->recordEnds[i] = whole ? b->records.size() : -1;
            }
            ++b->size;
        }
        b->progress = m_reader.progress();
        const bool last = b->size < m_batchRows;
        handOver(b, last);
        if (last)
            return;
    }
}

void ReadAheadTable::wholeRow(const Batch &batch, qsizetype index, QStringList &cells) const
{
    const qsizetype start = m_someColumns ? batch.recordStarts[size_t(index)] : -1;
    if (start >= 0) {
        m_reader.splitRecord(
            QByteArrayView(batch.records).sliced(start, batch.recordEnds[size_t(index)] - start),
            batch.lines[size_t(index)], cells);
    } else if (!m_oneList) {
        cells = batch.rows[size_t(index)];
    } else {
        cells.clear(); // not kept: the RowWork said the row would not be asked for
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
