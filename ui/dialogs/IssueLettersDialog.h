#pragma once

#include "letters/LetterRepository.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QLabel;

// Chooses the units to issue letters to, from those of the campaign without a valid letter.
class IssueLettersDialog : public QDialog
{
    Q_OBJECT
public:
    IssueLettersDialog(const QList<LetterRepository::Candidate> &candidates,
                       QWidget *parent = nullptr);

    QList<qint64> selectedUnitIds() const;

private:
    void applyFilter(const QString &text);
    void setAllVisibleChecked(bool checked);
    void updateCount();

    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_count;
};
