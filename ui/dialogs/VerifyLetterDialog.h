#pragma once

#include <QDialog>

class Database;
class QLabel;
class QLineEdit;

// Type or paste a letter's verification code and see at once whether the letter is valid,
// superseded, revoked or unknown; a code still being typed gets no verdict. A letter number
// shows that letter's state. Works offline against the open database.
class VerifyLetterDialog : public QDialog
{
    Q_OBJECT
public:
    explicit VerifyLetterDialog(Database &db, QWidget *parent = nullptr);

    void setCode(const QString &code);
    QString resultText() const;

private:
    void check();
    // Shows the letter when text is a letter number; false when it is not one.
    bool showByNumber(const QString &text);

    Database &m_db;
    QLineEdit *m_code;
    QLabel *m_result;
};
