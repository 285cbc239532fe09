#include "dialogs/VerifyLetterDialog.h"

#include "db/Dialect.h"
#include "letters/LetterRepository.h"
#include "letters/VerificationCode.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

VerifyLetterDialog::VerifyLetterDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_code(new QLineEdit(this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Verify a letter"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_code->setPlaceholderText(tr("e.g. 7K3M9Q2XH4, or the letter number 2024-FQ-0001"));
    m_code->setClearButtonEnabled(true);
    QFont mono = m_code->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    m_code->setFont(mono);
    form->addRow(tr("Code or number:"), m_code);
    layout->addLayout(form);
    m_result->setWordWrap(true);
    m_result->setMinimumHeight(90);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_code, &QLineEdit::textChanged, this, &VerifyLetterDialog::check);
    resize(480, 240);
    check();
}

void VerifyLetterDialog::setCode(const QString &code)
{
    m_code->setText(code);
}

QString VerifyLetterDialog::resultText() const
{
    return m_result->text();
}

void VerifyLetterDialog::check()
{
    const QString text = m_code->text();
    if (text.trimmed().isEmpty()) {
        m_result->setStyleSheet(QString());
        m_result->setText(
            tr("The code is printed under the QR code of every letter (%1 characters).")
                .arg(VerificationCode::kLength));
        return;
    }
    if (showByNumber(text))
        return;
    // Still being typed: no verdict yet, only how far it is.
    QString compact = text;
    compact.remove(QRegularExpression(QStringLiteral("[\\s-]")));
    if (compact.size() < VerificationCode::kLength) {
        m_result->setStyleSheet(QString());
        m_result->setText(tr("Enter the %1-character code (%2 so far), or the letter's number "
                             "such as 2024-FQ-0001.")
                              .arg(VerificationCode::kLength)
                              .arg(compact.size()));
        return;
    }
    const LetterRepository::Verification v = LetterRepository(m_db).verify(text);
    if (v.error.isValid()) {
        // The database failed: the code may well be genuine, so no verdict.
        m_result->setStyleSheet(QStringLiteral("QLabel { color: #b02020; font-size: 13pt; }"));
        m_result->setText(Dialect::describeError(v.error));
        return;
    }
    QString message = LetterRepository::stateDisplayName(v.state);
    QString colour;
    switch (v.state) {
    case LetterRepository::VerifyState::Valid:
        colour = QStringLiteral("#1b7a1b");
        break;
    case LetterRepository::VerifyState::Superseded:
        colour = QStringLiteral("#a06000");
        break;
    case LetterRepository::VerifyState::Revoked:
    case LetterRepository::VerifyState::Unknown:
        colour = QStringLiteral("#b02020");
        break;
    }
    if (v.letter) {
        message += QLatin1Char('\n')
            + tr("Letter %1 (version %2) for %3")
                  .arg(v.letter->number)
                  .arg(v.letter->version)
                  .arg(v.letter->unitName);
        message += QLatin1Char('\n')
            + tr("Issued %1")
                  .arg(QDateTime::fromString(v.letter->issuedAt, Qt::ISODate)
                           .toLocalTime()
                           .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        if (v.state == LetterRepository::VerifyState::Revoked)
            message += QLatin1Char('\n')
                + tr("Revoked %1: %2")
                      .arg(QDateTime::fromString(v.letter->revokedAt, Qt::ISODate)
                               .toLocalTime()
                               .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                           v.letter->revokeReason);
    } else if (VerificationCode::normalize(text).isEmpty()) {
        message += QLatin1Char('\n')
            + tr("A code has %1 letters and digits.").arg(VerificationCode::kLength);
    }
    m_result->setStyleSheet(QStringLiteral("QLabel { color: %1; font-size: 13pt; }").arg(colour));
    m_result->setText(message);
}

// A letter number (2024-FQ-0001), the most visible identifier on a letter: its current state.
// A number can be copied, so only the code proves a letter genuine; the dialog says so.
bool VerifyLetterDialog::showByNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^\\d{4}-[A-Za-z]{2}-\\d{1,6}$"));
    const QString trimmed = text.trimmed().toUpper();
    if (!number.match(trimmed).hasMatch())
        return false;
    const Lookup<Letter> letter = LetterRepository(m_db).current(trimmed);
    if (!letter) {
        m_result->setStyleSheet(QStringLiteral("QLabel { color: #b02020; font-size: 13pt; }"));
        m_result->setText(letter.error().isDatabase()
                              ? letter.error().message()
                              : tr("No letter has the number %1.").arg(trimmed));
        return true;
    }
    const QString state = letter->status == LetterStatus::Issued ? tr("valid")
        : letter->status == LetterStatus::Revoked                ? tr("revoked")
                                                                 : tr("superseded");
    m_result->setStyleSheet(QStringLiteral("QLabel { font-size: 13pt; }"));
    m_result->setText(tr("Letter %1 (version %2) for %3 is %4.\nA number can be copied: the "
                         "%5-character code under the QR code proves the letter genuine.")
                          .arg(letter->number)
                          .arg(letter->version)
                          .arg(letter->unitName, state)
                          .arg(VerificationCode::kLength));
    return true;
}
