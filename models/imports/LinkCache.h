#pragma once

#include <QStringView>
#include <QtGlobal>

#include <string>
#include <vector>

// The texts LinkResolver has resolved, each with the index it was added under (issue #18). A
// row's link cell is looked up once a row, so the keys' texts lie side by side in one buffer and
// their hashes in one array (open addressing, linear probing) rather than in a QHash of
// QStrings, whose nodes and texts are spread over the heap. Hashes are FNV-1a of the UTF-16 text
// with a random seed per cache, mixed, so that a file cannot be made to collide on purpose (Qt's
// seeded qHash(QString) took ~330 ns a string on the benchmark machine, bench/README.md).
class LinkCache
{
public:
    LinkCache();

    // The index text was added under, or -1 when it was not.
    qsizetype find(QStringView text) const;
    // Adds text, which find() did not find, under the next index (size()); returns that index.
    qsizetype add(QStringView text);
    qsizetype size() const { return m_size; }
    void clear();

private:
    struct Slot
    {
        quint64 hash = 0;
        qint32 at = 0; // the text in m_texts
        qint32 length = 0;
        qsizetype index = -1; // -1: an empty slot
    };
    quint64 hashOf(QStringView text) const;
    void grow();

    quint64 m_seed;
    std::vector<Slot> m_slots; // a power of two of them, at most half full
    std::u16string m_texts;
    qsizetype m_size = 0;
};
