#pragma once

#include <QWidget>

class Workspace;

// Placeholder until the letters page is built: says what will be here.
class LettersPage : public QWidget
{
    Q_OBJECT
public:
    explicit LettersPage(Workspace *workspace, QWidget *parent = nullptr);

private:
    Workspace *m_workspace;
};
