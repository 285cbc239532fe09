#include "imports/ImportColumns.h"

#include <QHash>

QString ImportField::label() const
{
    return labelSource ? QCoreApplication::translate(labelContext, labelSource) : key;
}

ImportColumns::ImportColumns(const ImportFields &fields, QList<int> columns)
    : m_fields(fields)
    , m_columns(std::move(columns))
{
    m_columns.resize(m_fields.size(), -1);
}

QString ImportColumns::normalise(const QString &header)
{
    QString out;
    out.reserve(header.size());
    for (const QChar c : header) {
        if (c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QChar(0xFEFF)
            || c == QLatin1Char('*') || c == QLatin1Char(':') || c == QChar(0xFF1A))
            continue;
        out += c == QChar(0xFF0F) ? QLatin1Char('/') : c.toLower();
    }
    return out;
}

int ImportColumns::fieldFor(const ImportFields &fields, const QString &header)
{
    const QString wanted = normalise(header);
    if (wanted.isEmpty())
        return -1;
    for (int f = 0; f < fields.size(); ++f) {
        if (normalise(fields[f].key) == wanted)
            return f;
    }
    for (int f = 0; f < fields.size(); ++f) {
        for (const QString &alias : fields[f].aliases) {
            if (normalise(alias) == wanted)
                return f;
        }
    }
    return -1;
}

ImportColumns ImportColumns::fromHeader(const ImportFields &fields, const QStringList &header,
                                        UnknownColumns unknown, const QString &file,
                                        qint64 headerLine, Problems *problems)
{
    ImportColumns mapped(fields, {});
    const qsizetype before = problems->size();
    QStringList keys;
    for (const ImportField &f : fields)
        keys << f.key;
    for (int c = 0; c < header.size(); ++c) {
        const QString text = header[c].trimmed();
        if (text.isEmpty())
            continue;
        const int f = fieldFor(fields, text);
        if (f < 0) {
            if (unknown == UnknownColumns::Refuse)
                problems->append(
                    {file, headerLine, text,
                     tr("unknown column; the columns are %1").arg(keys.join(QLatin1Char(',')))});
        } else if (mapped.m_columns[f] >= 0) {
            problems->append(
                {file, headerLine, text, tr("the column %1 appears twice").arg(fields[f].key)});
        } else {
            mapped.m_columns[f] = c;
        }
    }
    // A misspelt header is the likelier cause of a missing column: say only that, first.
    if (problems->size() == before)
        problems->append(mapped.missingRequired(file, headerLine));
    return mapped;
}

QString ImportColumns::cell(const QStringList &cells, int field) const
{
    const int c = column(field);
    return c >= 0 && c < cells.size() ? cells.at(c).trimmed() : QString();
}

Problems ImportColumns::missingRequired(const QString &file, qint64 headerLine) const
{
    Problems missing;
    for (int f = 0; f < m_fields.size(); ++f) {
        if (m_fields[f].required && !isMapped(f))
            missing.append({file, headerLine, m_fields[f].key,
                            tr("the required column %1 is missing").arg(m_fields[f].key)});
    }
    return missing;
}
