#pragma once

#include "imports/ColumnMapping.h"
#include "imports/TallyRow.h"

#include <QCoreApplication>
#include <QStringList>

// One kind of tally file: a survey platform's per-response export, or the project's own daily
// and responses files. Like a Tiled MapFormat it says whether a file is its own (from the
// header), maps the columns by name, never by position, and interprets each row into the
// canonical TallyRow. Stateless: one instance serves every import.
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
    // The columns found by name. linkParameters: the names of the campaign's link parameters,
    // which a platform may use as the token column's header (Qualtrics embedded data).
    virtual ColumnMapping map(const QStringList &header,
                              const QStringList &linkParameters = {}) const = 0;
    virtual QList<Field> requiredFields() const;
    virtual QList<Field> optionalFields() const;
    QList<Field> missingFields(const ColumnMapping &mapping) const;

    // A row after the header that is a header too (Qualtrics' labels and import ids).
    virtual bool isHeaderRow(const QStringList &cells, const ColumnMapping &mapping) const;
    // Fills row (line already set) from the cells.
    virtual void interpret(const QStringList &cells, const ColumnMapping &mapping,
                           TallyRow &row) const = 0;

protected:
    static QString cell(const QStringList &cells, const ColumnMapping &mapping, Field field);
    // The first header column whose normalised text is one of names (normalised too), or -1.
    static int findColumn(const QStringList &header, const QStringList &names);
    static QString notATimeMessage(const QString &text);
};
