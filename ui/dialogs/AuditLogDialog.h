#pragma once

#include <QDialog>
#include <QString>

class AuditLogModel;
class Database;
class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTableView;

// History (修改记录): the audit log as people read it, who changed what and when, old → new,
// filtered by record, user and date, and exported to CSV. With setUnit() it shows one unit's
// own history (the unit, its participations, letters and links), as its information form opens
// it.
class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AuditLogDialog(Database &db, QWidget *parent = nullptr);

    // Narrows the view to one unit's history; the record filter is then hidden.
    void setUnit(qint64 unitId, const QString &unitName);
    AuditLogModel *model() const { return m_model; }

    // Writes what is shown to path; returns the error message, empty on success. The Export
    // button asks for the path and then calls this.
    QString exportTo(const QString &path);

private:
    // The user filter's choices: everyone, then each user the log names.
    void fillUsers();
    void applyFilter();
    void exportCsv();

    Database &m_db;
    AuditLogModel *m_model;
    QTableView *m_view;
    QComboBox *m_table;
    QSpinBox *m_recordId;
    QComboBox *m_user;
    QDateEdit *m_since;
    QDateEdit *m_until;
    QLabel *m_status;
    qint64 m_unitId = 0;
    QString m_usersError; // why the user filter is off: its choices could not be read
};
