#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

// The first page of the import wizards (units, targets): the file's path typed or chosen with
// Browse… (CSV, Excel workbook or text), and a line below it about the file (its columns, the
// encoding read, or why it cannot be read), which the wizard writes.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    // dialogTitle: the file dialog's title.
    ImportFilePage(const QString &title, const QString &subTitle, const QString &dialogTitle,
                   QWidget *parent);

    QString path() const;
    void setPath(const QString &path);
    QLineEdit *pathEdit() const { return m_path; }
    void setInfo(const QString &text);
    QString info() const;

signals:
    // A file was chosen with Browse… (the path is set already).
    void browsed(const QString &path);

private:
    QLineEdit *m_path;
    QLabel *m_info;
};
