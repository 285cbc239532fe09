#include "PdfText.h"

#include <QProcess>
#include <QXmlStreamReader>

namespace PdfText {

QString read(const QString &pdf, const QStringList &options)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            QStringList {QStringLiteral("-enc"), QStringLiteral("UTF-8")} + options
                + QStringList {pdf, QStringLiteral("-")});
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString flat(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

QList<Word> words(const QString &pdf)
{
    QList<Word> out;
    QXmlStreamReader xml(read(pdf, {QStringLiteral("-bbox")}));
    int page = 0;
    const auto number = [&](const char *name) {
        return xml.attributes().value(QLatin1String(name)).toDouble();
    };
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("page")) {
            ++page;
        } else if (xml.name() == QLatin1String("word")) {
            const QRectF box(QPointF(number("xMin"), number("yMin")),
                             QPointF(number("xMax"), number("yMax")));
            out.append({page, box, xml.readElementText()});
        }
    }
    return out;
}

} // namespace PdfText
