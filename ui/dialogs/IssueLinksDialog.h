#pragma once

#include "links/Link.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Asks which unit gets how many new links and what they are for.
class IssueLinksDialog : public QDialog
{
    Q_OBJECT
public:
    IssueLinksDialog(const QList<UnitLinkSummary> &units, qint64 selectedUnitId,
                     QWidget *parent = nullptr);

    qint64 unitId() const;
    int count() const;
    QString label() const;

private:
    void unitChanged();

    QList<UnitLinkSummary> m_units;
    QComboBox *m_unit;
    QLabel *m_request;
    QSpinBox *m_count;
    QLineEdit *m_label;
};
