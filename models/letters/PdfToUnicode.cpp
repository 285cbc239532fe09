#include "letters/PdfToUnicode.h"

#include "letters/PdfPages.h"

#include <QFile>
#include <QList>
#include <QRegularExpression>
#include <QSet>

namespace {

QString hexText(const QByteArray &hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex);
    QString text;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        text.append(QChar(char16_t((uchar(bytes.at(i)) << 8) | uchar(bytes.at(i + 1)))));
    return text;
}

QByteArray textHex(const QString &text)
{
    QByteArray hex;
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex;
}

// The data of the stream object number obj (not decoded), or a null array.
QByteArray streamOf(const QByteArray &pdf, const QHash<int, qint64> &offsets, int obj,
                    bool *compressed)
{
    if (!offsets.contains(obj))
        return {};
    const qint64 at = offsets.value(obj);
    const qsizetype dictEnd = pdf.indexOf("stream", at);
    if (dictEnd < 0)
        return {};
    const QByteArray dict = pdf.mid(at, dictEnd - at);
    static const QRegularExpression direct(QStringLiteral("/Length\\s+(\\d+)(\\s+0\\s+R)?"));
    const QRegularExpressionMatch m = direct.match(QString::fromLatin1(dict));
    if (!m.hasMatch())
        return {};
    qint64 length = m.captured(1).toLongLong();
    if (m.capturedLength(2) > 0) {
        // An indirect length: the number in that object.
        const qint64 lengthAt = offsets.value(int(length), -1);
        if (lengthAt < 0)
            return {};
        const QList<QByteArray> words = pdf.mid(lengthAt, 64).simplified().split(' ');
        length = words.value(3).toLongLong();
    }
    qsizetype data = dictEnd + 6;
    if (pdf.at(data) == '\r')
        ++data;
    if (pdf.at(data) == '\n')
        ++data;
    if (length <= 0 || data + length > pdf.size())
        return {};
    *compressed = dict.contains("/FlateDecode");
    return pdf.mid(data, length);
}

QByteArray inflate(const QByteArray &zlib)
{
    // qUncompress wants the expected size first; it grows its buffer when that is too small.
    QByteArray sized(4, '\0');
    const quint32 guess = quint32(qMax<qsizetype>(zlib.size() * 8, 4096));
    sized[0] = char(guess >> 24);
    sized[1] = char(guess >> 16);
    sized[2] = char(guess >> 8);
    sized[3] = char(guess);
    return qUncompress(sized + zlib);
}

} // namespace

QMap<quint32, QString> PdfToUnicode::parseCMap(const QByteArray &cmap)
{
    QMap<quint32, QString> map;
    static const QRegularExpression token(QStringLiteral("<([0-9A-Fa-f]*)>|\\[|\\]|[A-Za-z]+"));
    // Tokens: hex strings, brackets and the section keywords.
    QList<QString> tokens;
    for (auto it = token.globalMatch(QString::fromLatin1(cmap)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        tokens.append(m.capturedLength(1) > 0 || m.captured(0).startsWith(QLatin1Char('<'))
                          ? QLatin1Char('<') + m.captured(1)
                          : m.captured(0));
    }
    const auto hex = [](const QString &t) {
        return t.startsWith(QLatin1Char('<'));
    };
    enum { None, Char, Range } section = None;
    for (qsizetype i = 0; i < tokens.size();) {
        const QString &t = tokens.at(i);
        if (t == QLatin1String("beginbfchar")) {
            section = Char;
        } else if (t == QLatin1String("beginbfrange")) {
            section = Range;
        } else if (t.startsWith(QLatin1String("end"))) {
            section = None;
        } else if (section == Char && hex(t) && i + 1 < tokens.size() && hex(tokens.at(i + 1))) {
            map.insert(t.mid(1).toUInt(nullptr, 16), hexText(tokens.at(i + 1).mid(1).toLatin1()));
            i += 2;
            continue;
        } else if (section == Range && hex(t) && i + 2 < tokens.size() && hex(tokens.at(i + 1))) {
            const quint32 lo = t.mid(1).toUInt(nullptr, 16);
            const quint32 hi = tokens.at(i + 1).mid(1).toUInt(nullptr, 16);
            if (tokens.at(i + 2) == QLatin1String("[")) {
                qsizetype j = i + 3;
                for (quint32 cid = lo; j < tokens.size() && hex(tokens.at(j)); ++cid, ++j) {
                    if (cid <= hi)
                        map.insert(cid, hexText(tokens.at(j).mid(1).toLatin1()));
                }
                i = j + 1;
                continue;
            }
            // One start value, the last byte counting up (9.10.3).
            QString text = hexText(tokens.at(i + 2).mid(1).toLatin1());
            for (quint32 cid = lo; cid <= hi && cid - lo < 0x10000 && !text.isEmpty(); ++cid) {
                map.insert(cid, text);
                text.back() = QChar(char16_t(text.back().unicode() + 1));
            }
            i += 3;
            continue;
        }
        ++i;
    }
    return map;
}

QByteArray PdfToUnicode::writeCMap(const QMap<quint32, QString> &map)
{
    QByteArray out = "/CIDInit /ProcSet findresource begin\n"
                     "12 dict begin\n"
                     "begincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n"
                     "/CMapType 2 def\n"
                     "1 begincodespacerange\n"
                     "<0000> <FFFF>\n"
                     "endcodespacerange\n";
    // At most 100 entries a section.
    QList<QByteArray> entries;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!it.value().isEmpty())
            entries.append('<' + QByteArray::number(it.key(), 16).rightJustified(4, '0').toUpper()
                           + "> <" + textHex(it.value()) + ">\n");
    }
    for (qsizetype i = 0; i < entries.size(); i += 100) {
        const qsizetype n = qMin<qsizetype>(100, entries.size() - i);
        out += QByteArray::number(n) + " beginbfchar\n";
        for (qsizetype j = i; j < i + n; ++j)
            out += entries.at(j);
        out += "endbfchar\n";
    }
    out += "endcmap\n"
           "CMapName currentdict /CMap defineresource pop\n"
           "end\n"
           "end\n";
    return out;
}

bool PdfToUnicode::restore(const QString &path, const QHash<char32_t, char32_t> &aliases,
                           QString *error)
{
    if (aliases.isEmpty())
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QByteArray pdf = file.readAll();
    file.close();
    QString problem;
    const QByteArray update = restored(pdf, aliases, &problem);
    if (!problem.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, problem);
        return false;
    }
    if (update.isEmpty())
        return true;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(update) != update.size()
        || !file.flush()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool PdfToUnicode::restore(QByteArray *pdf, const QHash<char32_t, char32_t> &aliases,
                           QString *error)
{
    if (aliases.isEmpty())
        return true;
    QString problem;
    const QByteArray update = restored(*pdf, aliases, &problem);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    pdf->append(update);
    return true;
}

QByteArray PdfToUnicode::restored(const QByteArray &pdf, const QHash<char32_t, char32_t> &aliases,
                                  QString *error)
{
    QByteArray trailer;
    qint64 xref = 0;
    const QHash<int, qint64> offsets = PdfPages::crossReferences(pdf, &trailer, &xref);
    if (offsets.isEmpty()) {
        *error = tr("the PDF has no cross-reference table");
        return {};
    }

    // Every ToUnicode CMap that maps a glyph to an alias, rewritten.
    QByteArray update;
    QList<std::pair<int, qint64>> written;
    QSet<int> seen;
    static const QRegularExpression reference(QStringLiteral("/ToUnicode\\s+(\\d+)\\s+0\\s+R"));
    for (auto it = reference.globalMatch(QString::fromLatin1(pdf)); it.hasNext();) {
        const int obj = it.next().captured(1).toInt();
        if (seen.contains(obj))
            continue;
        seen.insert(obj);
        bool compressed = false;
        QByteArray data = streamOf(pdf, offsets, obj, &compressed);
        if (compressed)
            data = inflate(data);
        QMap<quint32, QString> map = parseCMap(data);
        bool changed = false;
        for (auto m = map.begin(); m != map.end(); ++m) {
            if (m.value().size() == 1 && aliases.contains(m.value().at(0).unicode())) {
                const char32_t real = aliases.value(m.value().at(0).unicode());
                m.value() = QString::fromUcs4(&real, 1);
                changed = true;
            }
        }
        if (!changed)
            continue;
        const QByteArray cmap = writeCMap(map);
        written.append({obj, pdf.size() + update.size()});
        update += QByteArray::number(obj) + " 0 obj\n<< /Length " + QByteArray::number(cmap.size())
            + " >>\nstream\n" + cmap + "\nendstream\nendobj\n";
    }
    if (written.isEmpty())
        return {};

    // The new cross-reference section: one subsection per rewritten object, then the old
    // trailer's entries with /Prev pointing to the section before.
    const qint64 newXref = pdf.size() + update.size();
    update += "xref\n";
    for (const auto &[obj, offset] : written) {
        update += QByteArray::number(obj) + " 1\n"
            + QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    static const QRegularExpression prev(QStringLiteral("/Prev\\s+\\d+"));
    QString dict = QString::fromLatin1(trailer).trimmed();
    dict.remove(prev);
    const qsizetype close = dict.lastIndexOf(QLatin1String(">>"));
    if (!dict.startsWith(QLatin1String("<<")) || close < 0) {
        *error = tr("the PDF has no trailer");
        return {};
    }
    dict.insert(close, QStringLiteral("/Prev %1 ").arg(xref));
    update += "trailer\n" + dict.toLatin1() + "\nstartxref\n" + QByteArray::number(newXref)
        + "\n%%EOF\n";
    return update;
}
