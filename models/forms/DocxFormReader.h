#pragma once

#include "forms/FormGrid.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

// Reads the tables of a .docx (WordprocessingML, ECMA-376 part 1 §17) with QuaZip and
// QXmlStreamReader, as Word, WPS and LibreOffice save them:
// - text split over many runs (<w:r>) is joined; paragraphs in a cell are joined by '\n';
// - content controls (w:sdt) are read through; one still showing its placeholder reads empty;
// - tracked changes as Word writes them: inserted text (w:ins, w:moveTo) counts, deleted text
//   (w:del/w:delText, w:moveFrom) does not, and a row or cell marked deleted is left out;
// - merged cells: w:gridSpan and w:gridBefore give each cell its grid column; a cell continuing
//   a vertical merge (w:vMerge) takes the text of the cell it continues;
// - symbols (w:sym) from Wingdings fonts as Word inserts check boxes become ☐ ☑ ☒ ✓ ■, and a
//   legacy check box form field (FORMCHECKBOX, w:ffData/w:checkBox) reads ☑ or ☐.
// Also gives the document's custom properties (docProps/custom.xml), by name.
class DocxFormReader
{
    Q_DECLARE_TR_FUNCTIONS(DocxFormReader)
public:
    // False with *error (in the user's language) when path is not a .docx: not a zip, an old
    // .doc, no word/document.xml, broken XML, or no table at all.
    static bool read(const QString &path, FormGrid *grid, QString *error,
                     QHash<QString, QString> *properties = nullptr);
    // The tables of a word/document.xml, for tests; false with *error on broken XML.
    static bool readDocumentXml(const QByteArray &xml, FormGrid *grid, QString *error);
};
