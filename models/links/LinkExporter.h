#pragma once

#include "links/Link.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The file the survey platform loads: one row per tracking link with the columns
// unit_id,unit,token,url,label,status, as CSV (UTF-8 with BOM, CRLF, RFC 4180 quoting) or .xlsx.
// Written with the io area's CsvWriter and XlsxWriter.
class LinkExporter
{
    Q_DECLARE_TR_FUNCTIONS(LinkExporter)
public:
    static QStringList columns();
    static QStringList row(const Link &link);

    // Writes by the file's suffix: .xlsx, else CSV. Returns an error message, empty on success.
    // Written beside the target and renamed, so a failed export leaves no half file.
    static QString write(const QString &path, const QList<Link> &links);
    static QString writeCsv(const QString &path, const QList<Link> &links);
    static QString writeXlsx(const QString &path, const QList<Link> &links);
};
