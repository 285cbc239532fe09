#pragma once

#include "checklist/Checklist.h"
#include "progress/TableExport.h"

#include <QCoreApplication>

// The checklist as a table for chasing units by phone: who (unit, kind, region, parent), whom to
// call (contact, phone), what is missing and what is overdue, then one column per item with the
// day it was done (China Standard Time) or "overdue". Headers in the user's language.
class ChecklistExport
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistExport)
public:
    static TableExport::Sheet sheet(const QList<ChecklistRow> &rows);
    // .xlsx (io/XlsxWriter) or .csv (io/CsvWriter, formula-guarded) by path's suffix; false and
    // *error (in the user's language) when it cannot be written.
    static bool write(const QString &path, const QList<ChecklistRow> &rows,
                      QString *error = nullptr);
};
