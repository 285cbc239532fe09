#pragma once

#include <QList>
#include <QString>

// The tables of a filled-in form as rows of cells, whatever file they came from (.docx or
// .xlsx): what forms/FormInterpreter reads fields from.
struct FormCell
{
    QString text; // the cell's text, paragraphs joined by '\n'
    int column = 0; // grid column of its left edge (w:gridBefore and w:gridSpan counted)
    int span = 1; // grid columns it covers
    bool continued = false; // continues a vertically merged cell (w:vMerge): text is the first's
};

struct FormRow
{
    QList<FormCell> cells;
    int table = 0; // which table of the document, counted from 0
};

using FormGrid = QList<FormRow>;
