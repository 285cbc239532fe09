#pragma once

#include <QDialog>

class Database;
class QLabel;
class QLineEdit;

// Type or paste a letter's verification code and see at once whether the letter is valid,
// superseded, revoked or unknown. Works offline against the open database.
class VerifyLetterDialog : public QDialog
{
    Q_OBJECT
public:
    explicit VerifyLetterDialog(Database &db, QWidget *parent = nullptr);

    void setCode(const QString &code);
    QString resultText() const;

private:
    void check();

    Database &m_db;
    QLineEdit *m_code;
    QLabel *m_result;
};
