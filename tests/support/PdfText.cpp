#include "PdfText.h"

#include <QProcess>

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

} // namespace PdfText
