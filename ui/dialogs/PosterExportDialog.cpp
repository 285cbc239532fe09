#include "dialogs/PosterExportDialog.h"
#include "dialogs/FileDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QWidget *withBrowse(QLineEdit *edit, QWidget *parent, const std::function<void()> &browse)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *button = new QToolButton(row);
    button->setText(QStringLiteral("…"));
    QObject::connect(button, &QToolButton::clicked, parent, browse);
    layout->addWidget(button);
    return row;
}
} // namespace

PosterExportDialog::PosterExportDialog(int linkCount, QWidget *parent)
    : QDialog(parent)
    , m_folder(new QLineEdit(this))
    , m_page(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_artwork(new QLineEdit(this))
    , m_posterPdf(new QCheckBox(tr("Poster as &PDF"), this))
    , m_posterPng(new QCheckBox(tr("Poster as P&NG"), this))
    , m_qrPng(new QCheckBox(tr("QR code as PN&G"), this))
    , m_qrSvg(new QCheckBox(tr("QR code as &SVG"), this))
    , m_qrPixels(new QSpinBox(this))
{
    setWindowTitle(tr("QR Codes and Posters"));
    setMinimumWidth(480);
    QSettings settings;
    m_folder->setText(settings
                          .value(QStringLiteral("links/posterFolder"),
                                 QDir::home().filePath(QStringLiteral("posters")))
                          .toString());
    m_page->addItem(tr("A4"), QStringLiteral("A4"));
    m_page->addItem(tr("A5"), QStringLiteral("A5"));
    m_page->setCurrentIndex(qMax(0,
                                 m_page->findData(settings.value(QStringLiteral("links/posterPage"),
                                                                 QStringLiteral("A4")))));
    // Fixed names: each shown in its own language.
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(
        qMax(0,
             m_language->findData(
                 settings.value(QStringLiteral("links/posterLanguage"), QStringLiteral("zh")))));
    m_artwork->setText(settings.value(QStringLiteral("links/artwork")).toString());
    m_artwork->setPlaceholderText(tr("optional: the campaign's entry picture"));
    m_artwork->setClearButtonEnabled(true);
    m_posterPdf->setChecked(settings.value(QStringLiteral("links/posterPdf"), true).toBool());
    m_posterPng->setChecked(settings.value(QStringLiteral("links/posterPng"), false).toBool());
    m_qrPng->setChecked(settings.value(QStringLiteral("links/qrPng"), true).toBool());
    m_qrSvg->setChecked(settings.value(QStringLiteral("links/qrSvg"), false).toBool());
    m_qrPixels->setRange(100, 4000);
    m_qrPixels->setSingleStep(100);
    m_qrPixels->setSuffix(tr(" px"));
    m_qrPixels->setValue(settings.value(QStringLiteral("links/qrPixels"), 600).toInt());

    auto *intro = new QLabel(
        tr("Files for %n active link(s), named after unit, label and token.", nullptr, linkCount),
        this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Folder:"), withBrowse(m_folder, this, [this] {
                     const QString dir = FileDialog::existingDirectory(
                         this, tr("Folder for the Files"), m_folder->text());
                     if (!dir.isEmpty())
                         m_folder->setText(dir);
                 }));
    form->addRow(tr("Poster &page:"), m_page);
    form->addRow(tr("Poster &wording:"), m_language);
    form->addRow(tr("&Artwork:"), withBrowse(m_artwork, this, [this] {
                     QStringList patterns;
                     for (const QByteArray &f : QImageReader::supportedImageFormats())
                         patterns << QStringLiteral("*.") + QString::fromLatin1(f);
                     const QString file = FileDialog::openFileName(
                         this, tr("Campaign Artwork"), m_artwork->text(),
                         tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))));
                     if (!file.isEmpty())
                         m_artwork->setText(file);
                 }));
    auto *formats = new QVBoxLayout;
    for (QCheckBox *box : {m_posterPdf, m_posterPng, m_qrPng, m_qrSvg}) {
        formats->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &PosterExportDialog::updateEnabled);
    }
    form->addRow(tr("Write:"), formats);
    form->addRow(tr("QR PNG si&ze:"), m_qrPixels);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Write Files"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateEnabled();
}

void PosterExportDialog::updateEnabled()
{
    const bool posters = m_posterPdf->isChecked() || m_posterPng->isChecked();
    m_page->setEnabled(posters);
    m_artwork->setEnabled(posters);
    m_language->setEnabled(posters);
    m_qrPixels->setEnabled(m_qrPng->isChecked());
}

LinkFileExporter::Options PosterExportDialog::options() const
{
    LinkFileExporter::Options o;
    o.outDir = m_folder->text().trimmed();
    o.qrPng = m_qrPng->isChecked();
    o.qrSvg = m_qrSvg->isChecked();
    o.qrPixels = m_qrPixels->value();
    o.posterPdf = m_posterPdf->isChecked();
    o.posterPng = m_posterPng->isChecked();
    PosterRenderer::pageSizeFromCode(m_page->currentData().toString(), &o.pageSize);
    o.artworkPath = m_artwork->text().trimmed();
    PosterRenderer::languageFromCode(m_language->currentData().toString(), &o.language);
    return o;
}

void PosterExportDialog::accept()
{
    const LinkFileExporter::Options o = options();
    if (o.outDir.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose a folder for the files."));
        return;
    }
    if (!o.qrPng && !o.qrSvg && !o.posterPdf && !o.posterPng) {
        QMessageBox::warning(this, windowTitle(), tr("Choose at least one kind of file to write."));
        return;
    }
    if (!o.artworkPath.isEmpty() && (o.posterPdf || o.posterPng)
        && QImageReader(o.artworkPath).size().isEmpty()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("%1 is not an image this program can read.").arg(o.artworkPath));
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("links/posterFolder"), o.outDir);
    settings.setValue(QStringLiteral("links/posterPage"), m_page->currentData());
    settings.setValue(QStringLiteral("links/artwork"), o.artworkPath);
    settings.setValue(QStringLiteral("links/posterLanguage"), m_language->currentData());
    settings.setValue(QStringLiteral("links/posterPdf"), o.posterPdf);
    settings.setValue(QStringLiteral("links/posterPng"), o.posterPng);
    settings.setValue(QStringLiteral("links/qrPng"), o.qrPng);
    settings.setValue(QStringLiteral("links/qrSvg"), o.qrSvg);
    settings.setValue(QStringLiteral("links/qrPixels"), o.qrPixels);
    QDialog::accept();
}
