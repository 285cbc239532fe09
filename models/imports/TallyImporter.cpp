#include "imports/TallyImporter.h"
#include "db/DatabaseFiles.h"

#include "common/Sha256.h"
#include "imports/TallyImportRun.h"
#include "imports/formats/TallyFormats.h"

#include <QFile>

TallyImporter::TallyImporter(Database &db, qint64 campaignId)
    : m_db(db)
    , m_campaignId(campaignId)
{}

QString TallyImporter::sha256Of(const QString &path, QString *error)
{
    if (const QString refusal = DatabaseFiles::refusal(path); !refusal.isEmpty()) {
        if (error)
            *error = refusal;
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    Sha256 hash;
    if (!hash.addData(&file)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    const Sha256::Digest digest = hash.result();
    return QString::fromLatin1(
        QByteArray::fromRawData(reinterpret_cast<const char *>(digest.data()), digest.size())
            .toHex());
}

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
