#include "imports/formats/TallyFormat.h"

TallyFormat::~TallyFormat() = default;

QList<TallyFormat::Field> TallyFormat::requiredFields() const
{
    return ColumnMapping::requiredFields(kind());
}

QList<TallyFormat::Field> TallyFormat::optionalFields() const
{
    return ColumnMapping::optionalFields(kind());
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

bool TallyFormat::isHeaderRow(const QStringList &, const ColumnMapping &) const
{
    return false;
}

QString TallyFormat::cell(const QStringList &cells, const ColumnMapping &mapping, Field field)
{
    const int column = mapping.column(field);
    return column >= 0 && column < cells.size() ? cells.at(column) : QString();
}

int TallyFormat::findColumn(const QStringList &header, const QStringList &names)
{
    QStringList wanted;
    for (const QString &n : names)
        wanted << ColumnMapping::normalise(n);
    for (const QString &w : std::as_const(wanted)) {
        for (int col = 0; col < header.size(); ++col) {
            if (ColumnMapping::normalise(header.at(col)) == w)
                return col;
        }
    }
    return -1;
}

QString TallyFormat::notATimeMessage(const QString &text)
{
    return tr("'%1' is not a date and time (yyyy-MM-dd HH:mm[:ss])").arg(text);
}
