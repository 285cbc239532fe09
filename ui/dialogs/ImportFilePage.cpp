#include "dialogs/ImportFilePage.h"

#include "dialogs/FileDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ImportFilePage::ImportFilePage(const QString &title, const QString &subTitle,
                               const QString &dialogTitle, QWidget *parent)
    : QWizardPage(parent)
    , m_path(new QLineEdit(this))
    , m_info(new QLabel(this))
{
    setTitle(title);
    setSubTitle(subTitle);
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *browse = new QPushButton(tr("Browse…"), this);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    m_info->setWordWrap(true);
    layout->addWidget(m_info);
    layout->addStretch(1);
    connect(browse, &QPushButton::clicked, this, [this, dialogTitle] {
        const QString chosen = FileDialog::openFileName(
            this, dialogTitle, m_path->text(), tr("Tables (*.csv *.xlsx *.txt);;All files (*)"));
        if (chosen.isEmpty())
            return;
        m_path->setText(chosen);
        emit browsed(chosen);
    });
}

QString ImportFilePage::path() const
{
    return m_path->text().trimmed();
}

void ImportFilePage::setPath(const QString &path)
{
    m_path->setText(path);
}

void ImportFilePage::setInfo(const QString &text)
{
    m_info->setText(text);
}

QString ImportFilePage::info() const
{
    return m_info->text();
}
