#include "pages/RegisterPage.h"

#include "dialogs/FileDialog.h"
#include "session/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

RegisterPage::RegisterPage(Workspace *workspace, const QString &searchName,
                           const QString &placeholder, const QString &exportText,
                           const QString &exportTitle, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_exportText(exportText)
    , m_exportTitle(exportTitle)
    , m_search(new QLineEdit(this))
    , m_layout(new QVBoxLayout(this))
    , m_bar(new QHBoxLayout)
    , m_status(new QLabel(this))
{
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_search->setPlaceholderText(placeholder);
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(searchName);
    m_bar->addWidget(searchLabel);
    m_bar->addWidget(m_search, 1);
    m_layout->addLayout(m_bar);

    connect(m_search, &QLineEdit::textChanged, this, [this] { reload(); });
    connect(workspace, &Workspace::databaseChanged, this, [this] { reload(); });
    connect(workspace, &Workspace::dataChanged, this, [this](DataEvents::Domains d) {
        if (d & DataEvents::Units)
            reload();
    });
}

void RegisterPage::setBody(QWidget *body)
{
    auto *exportButton
        = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), m_exportText, this);
    m_bar->addWidget(exportButton);
    m_layout->addWidget(body, 1);
    m_layout->addWidget(m_status);
    connect(exportButton, &QPushButton::clicked, this, &RegisterPage::exportList);
}

void RegisterPage::setStatus(const QString &text)
{
    m_status->setText(text);
}

void RegisterPage::exportList()
{
    const QString path = FileDialog::saveFileName(
        this, m_exportTitle, QString(), tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, m_exportTitle, error);
}
