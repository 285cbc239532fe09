#include "pages/LettersPage.h"

#include <QLabel>
#include <QVBoxLayout>

LettersPage::LettersPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Authorization letters will be listed here."), this);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
}
