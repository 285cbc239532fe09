#pragma once

#include <QListWidget>

// The list of files to import: accepts local files dropped from a file manager, one entry each.
class TallyFileList : public QListWidget
{
    Q_OBJECT
public:
    explicit TallyFileList(QWidget *parent = nullptr);

    QStringList files() const;
    // Adds files not listed yet.
    void addFiles(const QStringList &paths);

signals:
    void filesChanged();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};
