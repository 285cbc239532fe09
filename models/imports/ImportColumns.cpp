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
    for (QChar c : header) {
        // Full-width forms (Ｌｉｎｋ, ：, ／, ＿) are their ASCII letters, as a Chinese input
        // method in full-width mode types them (Unicode's Halfwidth and Fullwidth Forms block).
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(char16_t(c.unicode() - 0xFEE0));
        if (c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QChar(0xFEFF)
            || c == QLatin1Char('*') || c == QLatin1Char(':'))
            continue;
        out += c.toLower();
    }
    return out;
}

int ImportColumns::fieldFor(const ImportFields &fields, const QString &header, Names names)
{
    const QString wanted = normalise(header);
    if (wanted.isEmpty())
        return -1;
    if (names == Names::KeyAndAliases) {
        for (int f = 0; f < fields.size(); ++f) {
            if (normalise(fields[f].key) == wanted)
                return f;
        }
    }
    for (int f = 0; f < fields.size(); ++f) {
        for (const QString &alias : fields[f].aliases) {
            if (normalise(alias) == wanted)
                return f;
        }
    }
    return -1;
}

int ImportColumns::nameRank(const ImportField &field, const QString &header, Names names)
{
    const QString wanted = normalise(header);
    if (wanted.isEmpty())
        return -1;
    if (names == Names::KeyAndAliases && normalise(field.key) == wanted)
        return 0;
    for (int a = 0; a < field.aliases.size(); ++a) {
        if (normalise(field.aliases[a]) == wanted)
            return a + 1;
    }
    return -1;
}

ImportColumns ImportColumns::match(const ImportFields &fields, const QStringList &header,
                                   Names names)
{
    ImportColumns mapped(fields, {});
    QList<int> bestRank(fields.size(), -1);
    for (int c = 0; c < header.size(); ++c) {
        const int f = fieldFor(fields, header[c], names);
        if (f < 0)
            continue;
        const int rank = nameRank(fields[f], header[c], names);
        if (bestRank[f] < 0 || rank < bestRank[f]) {
            bestRank[f] = rank;
            mapped.m_columns[f] = c;
        }
    }
    return mapped;
}

ImportColumns ImportColumns::fromHeader(const ImportFields &fields, const QStringList &header,
                                        UnknownColumns unknown, const QString &file,
                                        qint64 headerLine, Problems *problems)
{
    const ImportColumns mapped = match(fields, header);
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
        } else if (mapped.m_columns[f] != c) {
            problems->append(
                {file, headerLine, text, tr("the column %1 appears twice").arg(fields[f].key)});
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
