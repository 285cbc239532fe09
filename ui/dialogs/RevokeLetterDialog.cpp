#include "dialogs/RevokeLetterDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

RevokeLetterDialog::RevokeLetterDialog(const QString &number, const QString &unitName,
                                       QWidget *parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit(this))
    , m_hint(new QLabel(this))
{
    setWindowTitle(tr("Revoke letter %1").arg(number));
    setObjectName(QStringLiteral("revokeLetterDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *question
        = new QLabel(tr("Why is the letter of %1 revoked? Its number will not be given out again.")
                         .arg(unitName),
                     this);
    question->setWordWrap(true);
    layout->addWidget(question);
    m_reason->setObjectName(QStringLiteral("revokeReason"));
    m_reason->setTabChangesFocus(true);
    layout->addWidget(m_reason, 1);
    m_hint->setObjectName(QStringLiteral("revokeHint"));
    m_hint->setStyleSheet(QStringLiteral("color: #a00;"));
    // The hint's line is kept while hidden, so typing never moves the buttons.
    QSizePolicy keep = m_hint->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_hint->setSizePolicy(keep);
    layout->addWidget(m_hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_revoke = buttons->addButton(tr("Revoke"), QDialogButtonBox::AcceptRole);
    m_revoke->setObjectName(QStringLiteral("confirmRevoke"));
    m_revoke->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!reason().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &RevokeLetterDialog::update);
    update();
    resize(460, 260);
}

QString RevokeLetterDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void RevokeLetterDialog::update()
{
    const bool given = !reason().isEmpty();
    m_revoke->setEnabled(given);
    m_hint->setText(tr("A reason is required."));
    m_hint->setVisible(!given);
}
