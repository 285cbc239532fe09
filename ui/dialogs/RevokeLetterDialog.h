#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

// Asks why a letter is revoked. The reason is required: Revoke stays disabled, and the dialog
// says so, until one is typed, so an empty reason never closes the dialog to be refused after.
// Cancel is the default button.
class RevokeLetterDialog : public QDialog
{
    Q_OBJECT
public:
    RevokeLetterDialog(const QString &number, const QString &unitName, QWidget *parent = nullptr);

    // The reason typed, trimmed.
    QString reason() const;

private:
    void update();

    QPlainTextEdit *m_reason;
    QLabel *m_hint;
    QPushButton *m_revoke;
};
