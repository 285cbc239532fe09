#include "pages/TalliesPage.h"

#include <QLabel>
#include <QVBoxLayout>

TalliesPage::TalliesPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Sample tally imports will be run and listed here."), this);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
}
