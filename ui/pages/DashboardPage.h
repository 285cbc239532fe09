#pragma once

#include <QWidget>

class Workspace;

// Placeholder until the dashboard page is built: says what will be here.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(Workspace *workspace, QWidget *parent = nullptr);

private:
    Workspace *m_workspace;
};
