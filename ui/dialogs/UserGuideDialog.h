#pragma once

#include <QDialog>

class QTextBrowser;

// Help → User Guide (F1): the Chinese user guide (docs/zh_CN/guide.md with its screenshots),
// embedded as Qt resources under :/guide, shown as Markdown. Links to other sections and
// pictures resolve inside the resources; web links open in the desktop's browser.
class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    static QUrl guideUrl();
    QTextBrowser *browser() const { return m_browser; }

private:
    void fitImages();

    QTextBrowser *m_browser;
};
