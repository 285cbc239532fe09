#pragma once

#include "forms/FormData.h"

#include <QCoreApplication>
#include <QString>

// Writes the information form as a Word document (.docx, ECMA-376 WordprocessingML) through
// QuaZip: a title, the unit's fields as a table of label and value cells (kind and sort as
// check boxes ☐/☑), then one table per sub-table with a title row, a header row and the rows
// (some empty ones to fill in). The form's year and unit id go into the document's custom
// properties (docProps/custom.xml), which Word, WPS and LibreOffice keep on saving.
class DocxFormWriter
{
    Q_DECLARE_TR_FUNCTIONS(DocxFormWriter)
public:
    // Writes data to path (replacing it only once the new file is complete). Returns an error
    // message, empty on success.
    static QString write(const QString &path, const FormData &data);
    // word/document.xml alone, for tests and for the writer.
    static QByteArray documentXml(const FormData &data);
    // A whole package around documentXml (styles, properties with data's year and unit id):
    // write() with a document made elsewhere, e.g. a test's hand-made WPS document.
    static QString writePackage(const QString &path, const QByteArray &documentXml,
                                const FormData &data);
};
