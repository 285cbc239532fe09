#pragma once

#include "imports/ColumnMapping.h"
#include "imports/TallyRow.h"

#include <QCoreApplication>
#include <QStringList>

// One kind of tally file: a survey platform's per-response export, or the project's own daily
// and responses files. Like a Tiled MapFormat it says whether a file is its own (from the
// header), maps the columns by name, never by position, with its field table (fields(): key,
// aliases, required, label) through the importers' one column mapper (ImportColumns), and
// interprets each row into the canonical TallyRow. Stateless: one instance serves every import.
class TallyFormat
{
    Q_DECLARE_TR_FUNCTIONS(TallyFormat)
public:
    using Field = ColumnMapping::Field;

    virtual ~TallyFormat();

    // "wjx", "tencent", ..., "daily", "responses"
    virtual QString key() const = 0;
    virtual QString label() const = 0;
    virtual ColumnMapping::Kind kind() const { return ColumnMapping::Kind::Responses; }

    // How surely this header is this format's: 0 not at all; platform signatures 10, the
    // project's own formats 5, the generic fallback 1.
    virtual int recognise(const QStringList &header) const = 0;
    // The columns this format reads: key, the header texts that name each, required or not,
    // label. The project's own files: ColumnMapping::fields(kind()).
    virtual const ImportFields &fields() const;
    // The columns found by name (ColumnMapping::fromHeader with fields()). linkParameters: the
    // names of the campaign's link parameters, which a platform may use as the token column's
    // header (Qualtrics embedded data).
    virtual ColumnMapping map(const QStringList &header,
                              const QStringList &linkParameters = {}) const;
    // The required and the optional fields of fields(), in table order.
    QList<Field> requiredFields() const;
    QList<Field> optionalFields() const;
    QList<Field> missingFields(const ColumnMapping &mapping) const;
    // A problem at file:headerLine for each required field mapping leaves without a column,
    // worded as the units and targets importers word it (ImportColumns::missingRequired).
    Problems missingColumns(const ColumnMapping &mapping, const QString &file,
                            qint64 headerLine) const;

    // A row after the header that is a header too (Qualtrics' labels and import ids).
    virtual bool isHeaderRow(const QStringList &cells, const ColumnMapping &mapping) const;
    // Fills row (line already set) from the cells.
    virtual void interpret(const QStringList &cells, const ColumnMapping &mapping,
                           TallyRow &row) const = 0;

protected:
    // The cell of field's column, or an empty string when it has none; a reference into cells
    // (a copy would share the reading thread's cell with the importing thread, issue #18).
    static const QString &cell(const QStringList &cells, const ColumnMapping &mapping, Field field);
    static QString notATimeMessage(const QString &text);
};
