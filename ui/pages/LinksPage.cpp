#include "pages/LinksPage.h"

#include <QLabel>
#include <QVBoxLayout>

LinksPage::LinksPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Tracking links and QR posters will be managed here."), this);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
}
