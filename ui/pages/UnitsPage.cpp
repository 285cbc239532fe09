#include "pages/UnitsPage.h"

#include <QLabel>
#include <QVBoxLayout>

UnitsPage::UnitsPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Units and their information forms will be listed here."), this);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
}
