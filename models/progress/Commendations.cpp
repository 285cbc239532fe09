#include "progress/Commendations.h"

#include "domain/Regions.h"
#include "domain/UnitKind.h"

#include <algorithm>

QList<Commendation> Commendations::build(const ProgressSnapshot &snapshot,
                                         const QList<GradingRule> &rules)
{
    QList<Commendation> out;
    if (rules.isEmpty())
        return out;
    const auto best = std::min_element(
        rules.begin(), rules.end(),
        [](const GradingRule &a, const GradingRule &b) { return a.rank < b.rank; });
    const QList<UnitGrade> grades = Grading::grade(snapshot, rules);
    QHash<qint64, QList<int>> supportersOf;
    for (int i = 0; i < snapshot.units.size(); ++i) {
        const UnitProgress &u = snapshot.units.at(i);
        if (u.kind == QLatin1String("supporting") && u.parentId != 0)
            supportersOf[u.parentId].append(i);
    }
    for (const UnitGrade &g : grades) {
        const UnitProgress &u = snapshot.units.at(g.row);
        if (u.kind == QLatin1String("supporting") || g.grade != best->grade)
            continue;
        Commendation c;
        c.row = g.row;
        c.grade = g.grade;
        c.supporterRows = supportersOf.value(u.unitId);
        std::sort(c.supporterRows.begin(), c.supporterRows.end(), [&](int a, int b) {
            const UnitProgress &x = snapshot.units.at(a);
            const UnitProgress &y = snapshot.units.at(b);
            return x.valid != y.valid ? x.valid > y.valid : x.unitId < y.unitId;
        });
        out.append(c);
    }
    std::sort(out.begin(), out.end(), [&](const Commendation &a, const Commendation &b) {
        const UnitProgress &x = snapshot.units.at(a.row);
        const UnitProgress &y = snapshot.units.at(b.row);
        const qint64 tx = Percent::tenths(x.valid, x.target);
        const qint64 ty = Percent::tenths(y.valid, y.target);
        return tx != ty ? tx > ty : x.unitId < y.unitId;
    });
    return out;
}

QStringList Commendations::columns()
{
    return {QStringLiteral("unit_id"),
            QStringLiteral("unit"),
            QStringLiteral("kind"),
            QStringLiteral("region"),
            QStringLiteral("grade"),
            QStringLiteral("target"),
            QStringLiteral("valid_samples"),
            QStringLiteral("percent"),
            QStringLiteral("recommended_by_id"),
            QStringLiteral("recommended_by")};
}

QList<QVariantList> Commendations::rows(const ProgressSnapshot &snapshot,
                                        const QList<Commendation> &list)
{
    QList<QVariantList> out;
    const auto row = [&](const UnitProgress &u, const QString &grade, const UnitProgress *by) {
        out.append({u.unitId, u.name, u.kind, Regions::displayName(u.province), grade, u.target,
                    u.valid, Percent::text(u.valid, u.target),
                    by ? QVariant(by->unitId) : QVariant(QString()), by ? by->name : QString()});
    };
    for (const Commendation &c : list) {
        const UnitProgress &u = snapshot.units.at(c.row);
        row(u, c.grade, nullptr);
        for (int s : c.supporterRows)
            row(snapshot.units.at(s), QString(), &u);
    }
    return out;
}

QString Commendations::html(const ProgressSnapshot &snapshot, const QList<Commendation> &list)
{
    QString h = QStringLiteral("<html><body style=\"font-size:9pt\"><h2 align=\"center\">%1</h2>"
                               "<p align=\"center\">%2</p>")
                    .arg(tr("Commendation list, %1").arg(snapshot.campaign.year).toHtmlEscaped(),
                         snapshot.campaign.title.toHtmlEscaped());
    h += QStringLiteral(
             "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
             "<tr style=\"white-space:nowrap\"><th width=\"5%\">%1</th><th width=\"37%\">%2</th><th width=\"16%\">%3</th>"
             "<th width=\"12%\">%4</th><th width=\"7%\">%5</th><th width=\"11%\">%6</th>"
             "<th width=\"12%\">%7</th></tr>")
             .arg(tr("No."), tr("Unit"), tr("Kind"), tr("Region"), tr("Grade"), tr("Valid samples"),
                  tr("Share of target"));
    int n = 0;
    for (const Commendation &c : list) {
        const UnitProgress &u = snapshot.units.at(c.row);
        const auto kind = DomainNames::unitKindFromText(u.kind);
        h += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3</td><td>%4</td><td>%5</td>"
                            "<td align=\"right\">%6</td><td align=\"right\">%7</td></tr>")
                 .arg(++n)
                 .arg(u.name.toHtmlEscaped(),
                      (kind ? DomainNames::displayName(*kind) : u.kind).toHtmlEscaped(),
                      Regions::displayName(u.province).toHtmlEscaped(), c.grade.toHtmlEscaped(),
                      QString::number(u.valid),
                      Percent::text(u.valid, u.target) + QLatin1Char('%'));
        for (int s : c.supporterRows) {
            const UnitProgress &sup = snapshot.units.at(s);
            h += QStringLiteral(
                     "<tr><td></td><td>&nbsp;&nbsp;%1</td><td>%2</td><td>%3</td><td></td>"
                     "<td align=\"right\">%4</td><td></td></tr>")
                     .arg(tr("Recommended supporter: %1").arg(sup.name).toHtmlEscaped(),
                          DomainNames::displayName(UnitKind::Supporting).toHtmlEscaped(),
                          Regions::displayName(sup.province).toHtmlEscaped(),
                          QString::number(sup.valid));
        }
    }
    if (list.isEmpty())
        h += QStringLiteral("<tr><td colspan=\"7\">%1</td></tr>")
                 .arg(tr("No unit earned the best grade.").toHtmlEscaped());
    h += QStringLiteral("</table></body></html>");
    return h;
}
