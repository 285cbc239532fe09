#pragma once

#include <QWidget>

class Workspace;

// Placeholder until the units page is built: says what will be here.
class UnitsPage : public QWidget
{
    Q_OBJECT
public:
    explicit UnitsPage(Workspace *workspace, QWidget *parent = nullptr);

private:
    Workspace *m_workspace;
};
