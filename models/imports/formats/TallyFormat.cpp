#include "imports/formats/TallyFormat.h"

TallyFormat::~TallyFormat() = default;

const ImportFields &TallyFormat::fields() const
{
    return ColumnMapping::fields(kind());
}

ColumnMapping TallyFormat::map(const QStringList &header, const QStringList &) const
{
    return ColumnMapping::fromHeader(fields(), header, kind());
}

QList<TallyFormat::Field> TallyFormat::requiredFields() const
{
    return ColumnMapping::requiredFields(fields());
}

QList<TallyFormat::Field> TallyFormat::optionalFields() const
{
    return ColumnMapping::optionalFields(fields());
}

QList<TallyFormat::Field> TallyFormat::missingFields(const ColumnMapping &mapping) const
{
    QList<Field> missing;
    for (Field f : requiredFields()) {
        if (!mapping.isMapped(f))
            missing.append(f);
    }
    return missing;
}

Problems TallyFormat::missingColumns(const ColumnMapping &mapping, const QString &file,
                                     qint64 headerLine) const
{
    return mapping.columnsOf(fields()).missingRequired(file, headerLine);
}

bool TallyFormat::isHeaderRow(const QStringList &, const ColumnMapping &) const
{
    return false;
}

const QString &TallyFormat::cell(const QStringList &cells, const ColumnMapping &mapping,
                                 Field field)
{
    static const QString none;
    const int column = mapping.column(field);
    return column >= 0 && column < cells.size() ? cells.at(column) : none;
}

QString TallyFormat::notATimeMessage(const QString &text)
{
    return tr("'%1' is not a date and time (yyyy-MM-dd HH:mm[:ss])").arg(text);
}
