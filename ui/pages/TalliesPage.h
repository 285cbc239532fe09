#pragma once

#include <QWidget>

class Workspace;

// Placeholder until the tallies page is built: says what will be here.
class TalliesPage : public QWidget
{
    Q_OBJECT
public:
    explicit TalliesPage(Workspace *workspace, QWidget *parent = nullptr);

private:
    Workspace *m_workspace;
};
