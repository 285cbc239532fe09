#pragma once

#include "letters/LetterRenderer.h"
#include "letters/LetterTemplate.h"

#include <QDialog>

class Database;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

// Edits a campaign's letter template for each series (initiating FQ, supporting ZC): the HTML
// with its placeholders, the seal image, and a live preview of the first page rendered exactly
// as it will print.
class LetterTemplateDialog : public QDialog
{
    Q_OBJECT
public:
    LetterTemplateDialog(Database &db, qint64 campaignId, QWidget *parent = nullptr);

    void setSeries(const QString &series);
    QString html() const;
    void setHtml(const QString &html);
    // The preview as last rendered (for tests).
    QImage previewImage() const { return m_previewImage; }
    void updatePreview();

private:
    QHBoxLayout *createSeriesBar();
    QWidget *createEditorSide(QWidget *parent);
    QWidget *createPreviewSide(QWidget *parent);
    QHBoxLayout *createButtons();
    void connectEditing();
    // The letter the preview shows; *problems gets why the campaign's own could not be read.
    LetterDocument previewLetter(QStringList *problems) const;
    void load();
    bool save();
    void reset();
    void chooseSeal();
    void removeSeal();
    void showSeal();
    bool confirmDiscard();

    Database &m_db;
    qint64 m_campaignId;
    QString m_series;
    LetterTemplate m_template;
    bool m_dirty = false;
    QComboBox *m_seriesBox;
    QPlainTextEdit *m_editor;
    QLabel *m_preview;
    QLabel *m_sealPreview;
    QLabel *m_status;
    QLabel *m_previewNote; // why the preview is not the campaign's own letter, when it failed
    QPushButton *m_removeSeal;
    QTimer *m_previewTimer;
    QImage m_previewImage;
};
