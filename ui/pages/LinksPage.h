#pragma once

#include <QWidget>

class Workspace;

// Placeholder until the links page is built: says what will be here.
class LinksPage : public QWidget
{
    Q_OBJECT
public:
    explicit LinksPage(Workspace *workspace, QWidget *parent = nullptr);

private:
    Workspace *m_workspace;
};
