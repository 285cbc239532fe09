#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

class TableReader;

// Reads a table's rows on a second thread, a batch at a time, while the calling thread works on
// the previous batch: decoding and splitting the file (for a 问卷星 export with 40 answer columns
// the larger part of an import) then overlaps with everything after it (issue #18). A fixed
// number of batches goes round between the two threads, so memory stays bounded whatever the
// file's size, and each batch's cell strings are reused by the reader (no allocation per cell).
//
// The reader belongs to the second thread from construction until this object is destroyed or
// next() has returned null; only then may the caller ask it for errorString() or lineNumber().
class ReadAheadTable
{
public:
    struct Batch
    {
        // The first `size` are this batch's cells; empty with onlyColumns and a RowWork, which
        // then gets each row's cells as it is read, in one list reused row after row (issue
        // #18: a list for each row of the batches in circulation, written a megabyte of XML
        // after it was last touched, cost a cache miss or two for each cell read, a sixth of
        // the reading thread on a 问卷星 .xlsx).
        std::vector<QStringList> rows;
        std::vector<qint64> lines; // TableReader::lineNumber() of each row
        std::vector<char> blank; // each row's cells, every column's, are all blank
        // With onlyColumns: the records (TableReader::lastRecord) of the rows whose whole cells
        // may be asked for (RowWork), one after the other, row i's from recordStarts[i] to
        // recordEnds[i] (-1 for a row without); wholeRow() splits one into every cell. One
        // buffer a batch, reused.
        QByteArray records;
        std::vector<qsizetype> recordStarts;
        std::vector<qsizetype> recordEnds;
        qsizetype size = 0;
        double progress = 0; // TableReader::progress() after the batch
        int slot = 0; // which of the batches in circulation this is: 0 .. batches - 1
    };
    // Work on one row done on the second thread right after it is read (batch.rows[index] and
    // the rest filled in; cells: its cells, valid during the call only), in the file's order:
    // what needs only the row (a format's reading of it, hashing) then overlaps with the
    // caller's work on earlier rows. Its results go where the caller finds them by batch.slot
    // and index; it must not touch what the caller's thread uses meanwhile. Returns whether the
    // caller may ask for the row's whole cells (wholeRow(), a row set aside in a rejects file):
    // with onlyColumns, only those rows' records are kept (issue #18: a 问卷星 .xlsx row's record
    // is its 2.4 KB of XML; copying every row's was 2.4 GB a million rows). Without a RowWork every
    // row's record is kept.
    using RowWork
        = std::function<bool(const Batch &batch, qsizetype index, const QStringList &cells)>;

    // batchRows rows per batch, `batches` batches in circulation (at least 2). onlyColumns
    // (0-based; empty: every column): the columns the caller reads, the others' cells left empty
    // when the reader can skip them (TableReader::readOnlyColumns); wholeRow() has every cell.
    explicit ReadAheadTable(TableReader &reader, int batchRows = 2048, int batches = 4,
                            const QList<int> &onlyColumns = {}, RowWork work = {});
    ~ReadAheadTable(); // stops reading and waits for the second thread
    ReadAheadTable(const ReadAheadTable &) = delete;
    ReadAheadTable &operator=(const ReadAheadTable &) = delete;

    // The next batch (valid until the following call), or null after the last row, after a
    // reading error (see the reader's errorString()) or after stop().
    const Batch *next();
    // Makes the second thread stop after the batch it is reading (a cancelled import).
    void stop();
    // Every cell of row `index` of batch (one next() returned, still current), whatever
    // onlyColumns says: for a row that is set aside whole (a rejects file). With onlyColumns,
    // only for a row the RowWork said so of (else the cells read are all there is).
    void wholeRow(const Batch &batch, qsizetype index, QStringList &cells) const;

private:
    void readAll();
    Batch *takeFree();
    void handOver(Batch *batch, bool last);

    TableReader &m_reader;
    int m_batchRows;
    RowWork m_work;
    bool m_someColumns = false; // the reader skips the cells of the columns not asked for
    bool m_oneList = false; // every row read into m_row (Batch::rows)
    QStringList m_row;
    std::vector<Batch> m_batches;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch *> m_free;
    std::deque<Batch *> m_full;
    Batch *m_current = nullptr; // handed to the caller
    bool m_ended = false; // the second thread handed over its last batch
    bool m_stopping = false;
    std::thread m_thread;
};
