#pragma once

#include <QList>
#include <QString>

// One thing wrong with some input, said so a person can find and fix it:
// "FILE:LINE: field: message". File and line are empty/0 for form input.
struct Problem
{
    QString file;
    qint64 line = 0;
    QString field;
    QString message;

    QString toString() const;
    bool operator==(const Problem &) const = default;
};

using Problems = QList<Problem>;

QString formatProblems(const Problems &problems);
