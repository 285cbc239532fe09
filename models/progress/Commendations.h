#pragma once

#include "progress/Grading.h"

#include <QCoreApplication>
#include <QList>

// The commendation list: every initiating unit (first or second level) that earned the best
// grade of the campaign's rules (the rule ranked first), best share first, each followed by the
// supporting units it recommended (supporting units whose parent is that unit), most samples
// first.
struct Commendation
{
    int row = 0; // snapshot row of the commended unit
    QString grade;
    QList<int> supporterRows;
};

class Commendations
{
    Q_DECLARE_TR_FUNCTIONS(Commendations)
public:
    static QList<Commendation> build(const ProgressSnapshot &snapshot,
                                     const QList<GradingRule> &rules);

    // Long form, one row per unit: commended units and, after each, its supporters with
    // recommended_by set. Columns as columns().
    static QStringList columns();
    static QList<QVariantList> rows(const ProgressSnapshot &snapshot,
                                    const QList<Commendation> &list);
    // A printable document (HTML for QTextDocument), text escaped.
    static QString html(const ProgressSnapshot &snapshot, const QList<Commendation> &list);
};
