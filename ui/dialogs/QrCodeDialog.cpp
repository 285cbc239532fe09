#include "dialogs/QrCodeDialog.h"

#include "links/LinkFileExporter.h"
#include "links/QrCode.h"
#include "dialogs/FileDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
QString lastFolder()
{
    return QSettings().value(QStringLiteral("links/qrFolder"), QDir::homePath()).toString();
}
} // namespace

QrCodeDialog::QrCodeDialog(const Link &link, QWidget *parent)
    : QDialog(parent)
    , m_link(link)
    , m_size(new QSpinBox(this))
{
    setWindowTitle(tr("QR Code – %1").arg(link.unitName));
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(this);
    title->setTextFormat(Qt::RichText);
    title->setText(QStringLiteral("<b>%1</b><br>%2")
                       .arg(link.unitName.toHtmlEscaped(), link.label.toHtmlEscaped()));
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);

    auto *image = new QLabel(this);
    image->setAlignment(Qt::AlignCenter);
    const QrCode code(link.url, QrCode::Level::M);
    image->setPixmap(QPixmap::fromImage(code.toImage(330)));
    image->setObjectName(QStringLiteral("qrImage"));
    layout->addWidget(image);

    auto *url = new QLineEdit(link.url, this);
    url->setReadOnly(true);
    url->setCursorPosition(0);
    layout->addWidget(url);
    if (!link.isActive()) {
        auto *warning
            = new QLabel(tr("This link is revoked: samples through it are not credited."), this);
        warning->setStyleSheet(QStringLiteral("color: #a00;"));
        layout->addWidget(warning);
    }

    auto *form = new QFormLayout;
    m_size->setRange(100, 4000);
    m_size->setSingleStep(100);
    m_size->setSuffix(tr(" px"));
    m_size->setValue(QSettings().value(QStringLiteral("links/qrPixels"), 600).toInt());
    form->addRow(tr("PNG &size:"), m_size);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy URL"), QDialogButtonBox::ActionRole);
    QPushButton *png = buttons->addButton(tr("Save &PNG…"), QDialogButtonBox::ActionRole);
    QPushButton *svg = buttons->addButton(tr("Save S&VG…"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_link.url); });
    connect(png, &QPushButton::clicked, this, &QrCodeDialog::savePng);
    connect(svg, &QPushButton::clicked, this, &QrCodeDialog::saveSvg);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void QrCodeDialog::savePng()
{
    const QString path = FileDialog::saveFileName(
        this, tr("Save QR Code"),
        QDir(lastFolder()).filePath(LinkFileExporter::baseName(m_link) + QStringLiteral(".png")),
        tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("links/qrFolder"), QFileInfo(path).absolutePath());
    QSettings().setValue(QStringLiteral("links/qrPixels"), m_size->value());
    if (!QrCode(m_link.url, QrCode::Level::M).toImage(m_size->value()).save(path, "PNG"))
        QMessageBox::warning(this, tr("Save QR Code"), tr("Could not write %1.").arg(path));
}

void QrCodeDialog::saveSvg()
{
    const QString path = FileDialog::saveFileName(
        this, tr("Save QR Code"),
        QDir(lastFolder()).filePath(LinkFileExporter::baseName(m_link) + QStringLiteral(".svg")),
        tr("SVG images (*.svg)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("links/qrFolder"), QFileInfo(path).absolutePath());
    QSaveFile file(path);
    const QByteArray svg = QrCode(m_link.url, QrCode::Level::M).toSvg();
    if (!file.open(QIODevice::WriteOnly) || file.write(svg) != svg.size() || !file.commit())
        QMessageBox::warning(this, tr("Save QR Code"), tr("Could not write %1.").arg(path));
}
