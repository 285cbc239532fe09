#pragma once

#include "common/Problem.h"

#include <QTreeWidget>

// The problems of an import, one row each: line, field, message (red; a warning in amber), the
// whole message on hover. Shared by the unit and target import wizards.
class ImportProblemList : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ImportProblemList(QWidget *parent = nullptr);

    // Adds one row for problem; warning: a note that does not refuse the row.
    void addProblem(const Problem &problem, bool warning = false);
};
