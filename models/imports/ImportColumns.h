#pragma once

#include "common/Problem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One column an importer reads: the key used in FILE:LINE: field: messages and in the rejects
// file, the other header texts that name it (English and Chinese, as offices write them),
// whether a file must have it, and its name for people (a tr() source with its context, so the
// wizard shows it translated).
struct ImportField
{
    QString key;
    QStringList aliases;
    bool required = false;
    const char *labelContext = nullptr;
    const char *labelSource = nullptr;

    QString label() const;
};
using ImportFields = QList<ImportField>;

// The one column mapper of the units, targets and tally importers (and of every survey
// platform's export): which column of a file holds which field of a field table, found from the
// header by key or alias (normalised: case, spaces, _, -, *, colons, BOM and full-width forms do
// not matter), or chosen by hand in a wizard.
class ImportColumns
{
    Q_DECLARE_TR_FUNCTIONS(ImportColumns)
public:
    // What a header cell that names no field is: a problem (units: a misspelt column would be
    // lost silently) or simply not read (targets: a sheet with notes beside the two columns).
    enum class UnknownColumns { Refuse, Ignore };
    // What names a field: its key and its aliases (the project's own files, which the program
    // and its users write with the keys), or the aliases only (a survey platform's export, which
    // never carries the program's keys: a column headed "link" there is a question, not the
    // token).
    enum class Names { KeyAndAliases, AliasesOnly };

    ImportColumns() = default;
    // columns[i]: the file's column for fields[i], -1 when not in the file; missing entries -1.
    ImportColumns(const ImportFields &fields, QList<int> columns);

    // Maps each header cell to the field it names (fieldFor). When several cells name one field,
    // its earliest name wins (the key, then the aliases in the order listed: a table lists the
    // most telling name first), and of cells with the same name the leftmost. No problems: the
    // tally formats read what they know of a platform's export and leave the rest.
    static ImportColumns match(const ImportFields &fields, const QStringList &header,
                               Names names = Names::KeyAndAliases);
    // match(), and appends to *problems, at file:headerLine, an unknown column (Refuse), each
    // column naming a field that another column holds (the one match() did not choose) and each
    // required field that no column holds (only when the header has no other problem: a misspelt
    // column is the likelier cause).
    static ImportColumns fromHeader(const ImportFields &fields, const QStringList &header,
                                    UnknownColumns unknown, const QString &file, qint64 headerLine,
                                    Problems *problems);
    // The index in fields of the field header names, or -1: a field's key before any alias, then
    // the fields in table order.
    static int fieldFor(const ImportFields &fields, const QString &header,
                        Names names = Names::KeyAndAliases);
    // The header text as compared: full-width forms (U+FF01..U+FF5E) as their ASCII letters,
    // lower case, without spaces (the ideographic one too), _, -, *, colons or BOM.
    static QString normalise(const QString &header);

    int column(int field) const { return m_columns.value(field, -1); }
    bool isMapped(int field) const { return column(field) >= 0; }
    const QList<int> &columns() const { return m_columns; }
    // The trimmed cell of field in a row; empty when the field has no column or the row is short.
    QString cell(const QStringList &cells, int field) const;
    // A problem at file:headerLine for each required field that no column holds.
    Problems missingRequired(const QString &file, qint64 headerLine) const;

private:
    // 0 when header is field's key, n when its n-th alias, -1 when neither.
    static int nameRank(const ImportField &field, const QString &header, Names names);

    ImportFields m_fields;
    QList<int> m_columns;
};
