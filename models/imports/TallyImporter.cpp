#include "imports/TallyImporter.h"
#include "imports/TallyImportRun.h"
#include "imports/formats/TallyFormats.h"

TallyImporter::TallyImporter(Database &db, qint64 campaignId)
    : m_db(db)
    , m_campaignId(campaignId)
{}

TallyImporter::Preview TallyImporter::preview(const QString &path,
                                              const TableReader::Options &options,
                                              ColumnMapping::Kind kind, int rows,
                                              const QString &format)
{
    Preview p;
    auto reader = TableReader::open(path, options, &p.error);
    if (!reader)
        return p;
    p.encoding = reader->encodingName();
    p.delimiter = reader->delimiter();
    QStringList cells;
    if (reader->readRow(cells))
        p.header = cells;
    if (!format.isEmpty() && format != QLatin1String("auto"))
        p.format = TallyFormats::byKey(format);
    else
        p.format = TallyFormats::detect(p.header, kind);
    if (!p.format)
        p.format = TallyFormats::detect(p.header, ColumnMapping::fromHeader(p.header).kind());
    p.mapping = p.format ? p.format->map(p.header) : ColumnMapping::fromHeader(p.header, kind);
    while (p.rows.size() < rows && reader->readRow(cells)) {
        if (p.rows.isEmpty() && p.format && p.format->isHeaderRow(cells, p.mapping))
            continue;
        p.rows.append(cells);
    }
    if (!reader->errorString().isEmpty())
        p.error = reader->errorString();
    return p;
}

ImportReport TallyImporter::importFile(const QString &path, const Options &options,
                                       const std::atomic<bool> *cancel,
                                       const ProgressCallback &progress, const RejectSink &rejects)
{
    return TallyImportRun(m_db, m_campaignId, path, options, cancel, progress, rejects).run();
}
