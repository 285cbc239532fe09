#pragma once

#include "domain/Questionnaire.h"
#include "links/Link.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// Asks which unit gets how many new links, for which questionnaire and what they are for.
class IssueLinksDialog : public QDialog
{
    Q_OBJECT
public:
    IssueLinksDialog(const QList<UnitLinkSummary> &units, qint64 selectedUnitId,
                     QWidget *parent = nullptr);

    // The campaign's questionnaires; the choice is shown when there are several.
    void setQuestionnaires(const QList<Questionnaire> &questionnaires);

    qint64 unitId() const;
    qint64 questionnaireId() const; // 0: the campaign's first
    int count() const;
    QString label() const;

private:
    void unitChanged();

    QList<UnitLinkSummary> m_units;
    QComboBox *m_unit;
    QComboBox *m_questionnaire;
    QFormLayout *m_form;
    QLabel *m_request;
    QSpinBox *m_count;
    QLineEdit *m_label;
    QPushButton *m_issue = nullptr;
};
