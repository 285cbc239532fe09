#include "pages/DashboardPage.h"

#include <QLabel>
#include <QVBoxLayout>

DashboardPage::DashboardPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Progress against targets will be charted here."), this);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
}
