#pragma once

#include "forms/FormData.h"
#include "forms/FormGrid.h"

#include <QCoreApplication>

// Finds the information form's fields in the rows of a document's tables, by label text:
// - a cell whose text is a field's label (any spelling in FormLayout, with or without a colon,
//   full-width or not) gives its value in the next cell, or, when that one is empty, the text
//   typed after the label in the same cell ("联系人：王五");
// - a row holding only a sub-table's title ("推荐专家…") starts that sub-table; its next row
//   whose cells are column headers maps grid columns to fields; every later row with some
//   text is one record, however many rows were added or deleted. A header row alone (title
//   row deleted) starts the sub-table it names too.
// A label with text beside it and other text in its own cell keeps the cell's, with a note.
class FormInterpreter
{
    Q_DECLARE_TR_FUNCTIONS(FormInterpreter)
public:
    static FormData interpret(const FormGrid &grid);
};
