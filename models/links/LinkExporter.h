#pragma once

#include "links/Link.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The file the survey platform loads: one row per tracking link with the columns
// unit_id,unit,token,url,label,status, as CSV (UTF-8 with BOM, CRLF, RFC 4180 quoting) or .xlsx.
class LinkExporter
{
    Q_DECLARE_TR_FUNCTIONS(LinkExporter)
public:
    static QStringList columns();

    // Writes by the file's suffix: .xlsx, else CSV. Returns an error message, empty on success.
    static QString write(const QString &path, const QList<Link> &links);
    static QString writeCsv(const QString &path, const QList<Link> &links);
    static QString writeXlsx(const QString &path, const QList<Link> &links);

    // The CSV text without BOM (for standard output).
    static QByteArray toCsv(const QList<Link> &links,
                            const QString &lineEnd = QStringLiteral("\r\n"));
    static QString csvField(const QString &value);
};
