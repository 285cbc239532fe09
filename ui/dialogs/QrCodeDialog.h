#pragma once

#include "links/Link.h"

#include <QDialog>

class QSpinBox;

// Shows a link's QR code with its URL; copies the URL, saves the code as PNG or SVG.
class QrCodeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit QrCodeDialog(const Link &link, QWidget *parent = nullptr);

private:
    void savePng();
    void saveSvg();

    Link m_link;
    QSpinBox *m_size;
};
