#include "letters/PdfPages.h"

#include <QRegularExpression>
#include <QSet>

namespace {

const QRegularExpression &referencePattern()
{
    static const QRegularExpression reference(QStringLiteral("(\\d+)\\s+0\\s+R\\b"));
    return reference;
}

QList<int> referencesIn(const QByteArray &text)
{
    QList<int> out;
    for (auto it = referencePattern().globalMatch(QString::fromLatin1(text)); it.hasNext();)
        out.append(it.next().captured(1).toInt());
    return out;
}

// text with every reference "N 0 R" renumbered by numbers (unknown ones left as they are).
QByteArray renumbered(const QByteArray &text, const QHash<int, int> &numbers)
{
    const QString s = QString::fromLatin1(text);
    QString out;
    qsizetype last = 0;
    for (auto it = referencePattern().globalMatch(s); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int old = m.captured(1).toInt();
        out += QStringView(s).mid(last, m.capturedStart() - last);
        out += QStringLiteral("%1 0 R").arg(numbers.value(old, old));
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    return out.toLatin1();
}

QByteArray utf16Hex(const QString &text)
{
    QByteArray hex = "<FEFF";
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + '>';
}

} // namespace

QHash<int, qint64> PdfPages::crossReferences(const QByteArray &pdf, QByteArray *trailer,
                                             qint64 *start)
{
    QHash<int, qint64> offsets;
    const qsizetype at = pdf.lastIndexOf("startxref");
    if (at < 0)
        return offsets;
    bool ok = false;
    *start = pdf.mid(at + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || *start <= 0 || *start >= pdf.size() || !pdf.mid(*start, 4).startsWith("xref"))
        return {};
    qsizetype pos = pdf.indexOf('\n', *start) + 1;
    static const QRegularExpression subsection(QStringLiteral("^(\\d+) (\\d+)\\s*$"));
    while (pos > 0 && pos < pdf.size()) {
        const qsizetype end = pdf.indexOf('\n', pos);
        const QRegularExpressionMatch m
            = subsection.match(QString::fromLatin1(pdf.mid(pos, end - pos)));
        if (!m.hasMatch())
            break;
        const int first = m.captured(1).toInt();
        const int count = m.captured(2).toInt();
        pos = end + 1;
        for (int i = 0; i < count && pos + 18 <= pdf.size(); ++i, pos += 20) {
            if (pdf.at(pos + 17) == 'n')
                offsets.insert(first + i, pdf.mid(pos, 10).toLongLong());
        }
    }
    const qsizetype t = pdf.indexOf("trailer", pos > 0 ? pos : *start);
    if (t < 0 || t > at)
        return {};
    *trailer = pdf.mid(t + 7, at - t - 7);
    return offsets;
}

PdfPages::PdfPages(const QByteArray &pdf)
    : m_pdf(pdf)
{
    QByteArray trailer;
    qint64 xref = 0;
    m_offsets = crossReferences(pdf, &trailer, &xref);
    static const QRegularExpression root(QStringLiteral("/Root\\s+(\\d+)\\s+0\\s+R"));
    static const QRegularExpression pages(QStringLiteral("/Pages\\s+(\\d+)\\s+0\\s+R"));
    static const QRegularExpression kids(QStringLiteral("/Kids\\s*\\[([^\\]]*)\\]"));
    static const QRegularExpression procSet(QStringLiteral("/ProcSet\\s*\\[[^\\]]*\\]"));
    const QRegularExpressionMatch r = root.match(QString::fromLatin1(trailer));
    if (!r.hasMatch())
        return;
    qsizetype head = 0;
    const QRegularExpressionMatch p
        = pages.match(QString::fromLatin1(object(r.captured(1).toInt(), &head)));
    if (!p.hasMatch())
        return;
    m_pagesObject = p.captured(1).toInt();
    const QString tree = QString::fromLatin1(object(m_pagesObject, &head));
    const QRegularExpressionMatch k = kids.match(tree);
    if (!k.hasMatch())
        return;
    m_procSet = procSet.match(tree).captured(0).toLatin1();
    m_pages = referencesIn(k.captured(1).toLatin1());
}

QByteArray PdfPages::object(int number, qsizetype *headLength) const
{
    const qint64 at = m_offsets.value(number, -1);
    if (at < 0)
        return {};
    const qsizetype end = m_pdf.indexOf("endobj", at);
    if (end < 0)
        return {};
    const qsizetype body = m_pdf.indexOf('\n', at) + 1;
    const QByteArray text = m_pdf.mid(body, end - body);
    const qsizetype stream = text.indexOf("stream");
    *headLength = stream < 0 ? text.size() : stream;
    return text;
}

QByteArray PdfPages::extract(int first, int count, const QString &title) const
{
    if (first < 0 || count <= 0 || first + count > m_pages.size())
        return {};
    // 1: the information dictionary, 2: the catalog, 3: the page tree, then what the pages use
    // (not their parent, the old tree).
    QHash<int, int> numbers {{m_pagesObject, 3}};
    QList<int> order;
    QList<int> queue = m_pages.mid(first, count);
    while (!queue.isEmpty()) {
        const int obj = queue.takeFirst();
        if (numbers.contains(obj) || !m_offsets.contains(obj))
            continue;
        numbers.insert(obj, int(order.size()) + 4);
        order.append(obj);
        qsizetype head = 0;
        const QByteArray text = object(obj, &head);
        queue += referencesIn(text.left(head));
    }

    QByteArray out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qint64> offsets(int(order.size()) + 4, 0);
    const auto add = [&](int number, const QByteArray &body) {
        offsets[number] = out.size();
        out += QByteArray::number(number) + " 0 obj\n" + body + "endobj\n";
    };
    add(1,
        "<< /Title " + utf16Hex(title) + " /Creator "
            + utf16Hex(QStringLiteral("Survey Secretariat")) + " /Producer "
            + utf16Hex(QStringLiteral("Qt ") + QLatin1String(qVersion())) + " >>\n");
    add(2, "<< /Type /Catalog /Pages 3 0 R >>\n");
    QByteArray kids;
    for (int i = first; i < first + count; ++i)
        kids += QByteArray::number(numbers.value(m_pages.at(i))) + " 0 R ";
    add(3,
        "<< /Type /Pages /Kids [ " + kids + "] /Count " + QByteArray::number(count) + ' '
            + m_procSet + " >>\n");
    for (const int obj : std::as_const(order)) {
        qsizetype head = 0;
        const QByteArray text = object(obj, &head);
        add(numbers.value(obj), renumbered(text.left(head), numbers) + text.mid(head));
    }
    const qint64 xref = out.size();
    out += "xref\n0 " + QByteArray::number(offsets.size()) + "\n0000000000 65535 f \n";
    for (int i = 1; i < offsets.size(); ++i)
        out += QByteArray::number(offsets.at(i)).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(offsets.size())
        + " /Info 1 0 R /Root 2 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}
