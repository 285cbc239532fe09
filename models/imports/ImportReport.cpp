#include "imports/ImportReport.h"

QString ImportReport::summaryLine() const
{
    return QStringLiteral("read %1, accepted %2, duplicate %3, rejected %4, unknown-link %5")
        .arg(read)
        .arg(accepted)
        .arg(duplicate)
        .arg(rejected)
        .arg(unknownLink);
}

void ImportReport::addCounts(const ImportReport &other)
{
    read += other.read;
    accepted += other.accepted;
    duplicate += other.duplicate;
    rejected += other.rejected;
    unknownLink += other.unknownLink;
}

QString ImportReport::problemText() const
{
    QString text = formatProblems(problems);
    if (!warnings.isEmpty()) {
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += formatProblems(warnings);
    }
    if (problemsNotListed > 0) {
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += tr("%1: … and %n more problem(s) not listed", nullptr,
                   int(qMin<qint64>(problemsNotListed, INT_MAX)))
                    .arg(file);
    }
    return text;
}

QString ImportReport::outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Imported:
        return tr("Imported");
    case Outcome::AlreadyImported:
        return tr("Already imported");
    case Outcome::Rejected:
        return tr("Rejected");
    case Outcome::Cancelled:
        return tr("Cancelled");
    case Outcome::Failed:
        return tr("Failed");
    }
    return {};
}
