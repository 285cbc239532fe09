#pragma once

#include "links/LinkFileExporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

// Where and what to write for a batch of links: QR codes (PNG, SVG) and entry posters (PDF,
// PNG; A4 or A5; with the campaign's artwork). Remembers the choices.
class PosterExportDialog : public QDialog
{
    Q_OBJECT
public:
    PosterExportDialog(int linkCount, QWidget *parent = nullptr);

    LinkFileExporter::Options options() const;
    void accept() override;

private:
    void updateEnabled();

    QLineEdit *m_folder;
    QComboBox *m_page;
    QComboBox *m_language;
    QLineEdit *m_artwork;
    QCheckBox *m_posterPdf;
    QCheckBox *m_posterPng;
    QCheckBox *m_qrPng;
    QCheckBox *m_qrSvg;
    QSpinBox *m_qrPixels;
};
