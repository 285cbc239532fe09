#include "imports/ImportReport.h"

#include <algorithm>

QString ImportReport::summaryLine() const
{
    return QStringLiteral("read %1, accepted %2, duplicate %3, rejected %4, unknown-link %5")
               .arg(read)
               .arg(accepted)
               .arg(duplicate)
               .arg(rejected)
               .arg(unknownLink)
        + (noLink > 0 ? QStringLiteral(", no-link %1").arg(noLink) : QString())
        + (incomplete > 0 ? QStringLiteral(", incomplete %1").arg(incomplete) : QString())
        + (notImported > 0 ? QStringLiteral(", not-imported %1").arg(notImported) : QString());
}

QString ImportReport::unknownTokenText() const
{
    QList<std::pair<QString, qint64>> tokens;
    for (auto it = unknownTokens.cbegin(); it != unknownTokens.cend(); ++it)
        tokens.append({it.key(), it.value()});
    std::stable_sort(tokens.begin(), tokens.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    QStringList lines;
    for (const auto &[token, rows] : tokens)
        lines << tr("unknown link %1: %n row(s)", nullptr, int(qMin<qint64>(rows, INT_MAX)))
                     .arg(token);
    return lines.join(QLatin1Char('\n'));
}

void ImportReport::addCounts(const ImportReport &other)
{
    read += other.read;
    accepted += other.accepted;
    duplicate += other.duplicate;
    rejected += other.rejected;
    notImported += other.notImported;
    unknownLink += other.unknownLink;
    noLink += other.noLink;
    incomplete += other.incomplete;
    created += other.created;
    updated += other.updated;
    for (auto it = other.unknownTokens.cbegin(); it != other.unknownTokens.cend(); ++it)
        unknownTokens[it.key()] += it.value();
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
    case Outcome::Checked:
        return tr("Checked");
    }
    return {};
}
