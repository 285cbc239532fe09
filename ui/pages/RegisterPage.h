#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QVBoxLayout;
class Workspace;

// What the register pages (the gift register, the expert pool) share: a bar with a search box,
// the page's own filters and an export button; the page's tables; a status line below. The
// page is read again when the search text, the database or its units change (reload) and
// exports what it shows (exportTo) to a file the clerk chooses (.xlsx or .csv).
class RegisterPage : public QWidget
{
    Q_OBJECT
public:
    QLineEdit *searchBox() const { return m_search; }
    // Writes what the page shows to path (.xlsx or .csv); false with *error on failure.
    virtual bool exportTo(const QString &path, QString *error = nullptr) const = 0;

protected:
    // searchName: the search box's object name; exportText: the export button's label;
    // exportTitle: the title of the file dialog and of a failure's message.
    RegisterPage(Workspace *workspace, const QString &searchName, const QString &placeholder,
                 const QString &exportText, const QString &exportTitle, QWidget *parent);

    Workspace *workspace() const { return m_workspace; }
    // Where the page's filters go, after the search box.
    QHBoxLayout *bar() const { return m_bar; }
    // Puts the page's tables under the bar and the export button at the bar's end (so the
    // keyboard reaches it last); call once, then reload().
    void setBody(QWidget *body);
    void setStatus(const QString &text);
    // Reads the register again, as the search and filters say.
    virtual void reload() = 0;

private:
    void exportList();

    Workspace *m_workspace;
    QString m_exportText;
    QString m_exportTitle;
    QLineEdit *m_search;
    QVBoxLayout *m_layout;
    QHBoxLayout *m_bar;
    QLabel *m_status;
};
