#include "dialogs/SettingsDialog.h"

#include "AppSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->addItem(tr("Follow the system"), QStringLiteral("system"));
    // Each language is named in itself, so a user can find their own whatever is showing.
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppSettings::language())));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    // Said while choosing, not only after OK: the windows open now keep their language.
    auto *note = new QLabel(
        tr("The program shows the new language after it is closed and started again."), this);
    note->setObjectName(QStringLiteral("restartNote"));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    form->addRow(QString(), note);
    const QString current = m_language->currentData().toString();
    note->setVisible(false);
    connect(m_language, &QComboBox::currentIndexChanged, note, [this, note, current] {
        note->setVisible(m_language->currentData().toString() != current);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    const QString chosen = m_language->currentData().toString();
    if (chosen != AppSettings::language()) {
        AppSettings::setLanguage(chosen);
        QMessageBox::information(
            this, tr("Preferences"),
            tr("The new language takes effect when the program is started again."));
    }
    QDialog::accept();
}
