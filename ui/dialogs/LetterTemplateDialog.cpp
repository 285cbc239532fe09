#include "dialogs/LetterTemplateDialog.h"

#include "ScreenFit.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "dialogs/ConflictDialog.h"
#include "letters/LetterRenderer.h"
#include "letters/LetterRepository.h"
#include "letters/LetterTemplateRepository.h"
#include "repo/CampaignRepository.h"
#include "dialogs/FileDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

LetterTemplateDialog::LetterTemplateDialog(Database &db, qint64 campaignId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_campaignId(campaignId)
    , m_seriesBox(new QComboBox(this))
    , m_editor(new QPlainTextEdit(this))
    , m_preview(new QLabel(this))
    , m_sealPreview(new QLabel(this))
    , m_status(new QLabel(this))
    , m_previewNote(new QLabel(this))
    , m_removeSeal(new QPushButton(tr("Remove seal"), this))
    , m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("Letter templates"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(createSeriesBar());
    auto *splitter = new QSplitter(this);
    splitter->addWidget(createEditorSide(splitter));
    splitter->addWidget(createPreviewSide(splitter));
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({540, 640});
    layout->addWidget(splitter, 1);
    layout->addLayout(createButtons());
    connectEditing();
    ScreenFit::resize(this, {1200, 820});
    setSeries(QStringLiteral("FQ"));
}

// Which series' template is edited, and the placeholders to insert at the cursor.
QHBoxLayout *LetterTemplateDialog::createSeriesBar()
{
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Template for:"), this));
    m_seriesBox->addItem(tr("Initiating units (FQ)"), QStringLiteral("FQ"));
    m_seriesBox->addItem(tr("Supporting units (ZC)"), QStringLiteral("ZC"));
    // Commendation certificates are rendered by the same machinery (certificates/).
    m_seriesBox->addItem(tr("Commendation certificates (RY)"), QStringLiteral("RY"));
    top->addWidget(m_seriesBox);
    auto *insert = new QToolButton(this);
    insert->setText(tr("Insert placeholder"));
    insert->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(insert);
    for (const QString &name : LetterTemplate::placeholderNames()) {
        menu->addAction(QStringLiteral("{{%1}}").arg(name), this, [this, name] {
            m_editor->textCursor().insertText(QStringLiteral("{{%1}}").arg(name));
        });
    }
    insert->setMenu(menu);
    top->addWidget(insert);
    top->addStretch();
    return top;
}

// The HTML, what the placeholders do, and the seal or signature image.
QWidget *LetterTemplateDialog::createEditorSide(QWidget *parent)
{
    auto *left = new QWidget(parent);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    leftLayout->addWidget(m_editor, 1);
    auto *help
        = new QLabel(tr("Values are HTML-escaped when they are filled in. {{#parent}}…{{/parent}} "
                        "is printed only for units with a parent unit. <a name=\"seal\"></a> marks "
                        "where the seal is stamped; letter:qr is the QR code image."),
                     left);
    help->setTextFormat(Qt::PlainText);
    help->setWordWrap(true);
    leftLayout->addWidget(help);
    auto *sealBox = new QGroupBox(tr("Seal or signature image"), left);
    auto *sealLayout = new QHBoxLayout(sealBox);
    m_sealPreview->setFixedSize(72, 72);
    m_sealPreview->setAlignment(Qt::AlignCenter);
    m_sealPreview->setFrameShape(QFrame::StyledPanel);
    sealLayout->addWidget(m_sealPreview);
    auto *chooseSeal = new QPushButton(tr("Choose image…"), sealBox);
    sealLayout->addWidget(chooseSeal);
    sealLayout->addWidget(m_removeSeal);
    sealLayout->addStretch();
    leftLayout->addWidget(sealBox);
    connect(chooseSeal, &QPushButton::clicked, this, &LetterTemplateDialog::chooseSeal);
    connect(m_removeSeal, &QPushButton::clicked, this, &LetterTemplateDialog::removeSeal);
    return left;
}

// The first page as it will print, the whole width of an A4 page at 72 dpi.
QWidget *LetterTemplateDialog::createPreviewSide(QWidget *parent)
{
    auto *side = new QWidget(parent);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    m_previewNote->setObjectName(QStringLiteral("previewNote"));
    m_previewNote->setWordWrap(true);
    m_previewNote->hide();
    layout->addWidget(m_previewNote);
    auto *scroll = new QScrollArea(side);
    scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    scroll->setBackgroundRole(QPalette::Dark);
    m_preview->setAlignment(Qt::AlignCenter);
    scroll->setWidget(m_preview);
    scroll->setWidgetResizable(false);
    scroll->setMinimumWidth(640);
    layout->addWidget(scroll, 1);
    return side;
}

// Save, back to the built-in template, close (asking before unsaved changes go); the status.
QHBoxLayout *LetterTemplateDialog::createButtons()
{
    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Save | QDialogButtonBox::RestoreDefaults | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::RestoreDefaults)->setText(tr("Use the built-in template"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &LetterTemplateDialog::save);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &LetterTemplateDialog::reset);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (confirmDiscard())
            reject();
    });
    return bottom;
}

// The preview follows the editing after a pause; another series asks before unsaved changes go.
void LetterTemplateDialog::connectEditing()
{
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, &LetterTemplateDialog::updatePreview);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_dirty = true;
        m_previewTimer->start();
    });
    connect(m_seriesBox, &QComboBox::activated, this, [this](int row) {
        const QString series = m_seriesBox->itemData(row).toString();
        if (series == m_series)
            return;
        if (!confirmDiscard()) {
            m_seriesBox->setCurrentIndex(m_seriesBox->findData(m_series));
            return;
        }
        setSeries(series);
    });
}

void LetterTemplateDialog::setSeries(const QString &series)
{
    m_series = series;
    m_seriesBox->setCurrentIndex(m_seriesBox->findData(series));
    load();
}

QString LetterTemplateDialog::html() const
{
    return m_editor->toPlainText();
}

void LetterTemplateDialog::setHtml(const QString &html)
{
    m_editor->setPlainText(html);
}

void LetterTemplateDialog::load()
{
    bool custom = false;
    QSqlError e;
    m_template = LetterTemplateRepository(m_db).load(m_campaignId, m_series, &custom, &e);
    {
        const QSignalBlocker blocker(m_editor);
        m_editor->setPlainText(m_template.html);
    }
    m_dirty = false;
    // Not the built-in template offered for editing when the campaign's own could not be read:
    // saving it would replace the campaign's.
    m_editor->setReadOnly(e.isValid());
    m_status->setText(e.isValid()  ? Dialect::describeError(e)
                          : custom ? tr("This campaign's own template.")
                                   : tr("The built-in template."));
    showSeal();
    updatePreview();
}

LetterDocument LetterTemplateDialog::previewLetter(QStringList *problems) const
{
    // A letter of this series if there is one, else an invented sample.
    LetterDocument doc;
    // A preview: the campaign's year and window if it can be read, else blanks (and why).
    const Lookup<Campaign> campaign = CampaignRepository(m_db).byId(m_campaignId);
    if (campaign)
        doc.campaign = *campaign;
    else if (campaign.error().isDatabase())
        *problems << tr("The campaign could not be read; the preview leaves its year and dates "
                        "blank: %1")
                         .arg(campaign.error().message());
    QSqlError error;
    const QList<Letter> letters = LetterRepository(m_db).validLetters(m_campaignId, &error);
    if (error.isValid())
        *problems << tr("The campaign's letters could not be read; the preview shows an "
                        "invented one: %1")
                         .arg(Dialect::describeError(error));
    bool found = false;
    for (const Letter &l : letters) {
        if (l.series == m_series) {
            doc.letter = l;
            found = true;
            break;
        }
    }
    if (!found) {
        doc.letter.year = doc.campaign.year;
        doc.letter.series = m_series;
        doc.letter.number = LetterRepository::formatNumber(doc.campaign.year, m_series, 1);
        doc.letter.unitName = tr("Sample unit");
        doc.letter.kind = m_series == QLatin1String("ZC") ? QStringLiteral("supporting")
                                                          : QStringLiteral("initiating-1");
        doc.letter.verifyCode = QStringLiteral("0123456789");
        doc.letter.issuedAt = Clock::nowText();
    }
    return doc;
}

void LetterTemplateDialog::updatePreview()
{
    QStringList problems;
    LetterDocument doc = previewLetter(&problems);
    m_previewNote->setText(problems.join(QLatin1Char('\n')));
    m_previewNote->setVisible(!problems.isEmpty());
    doc.tmpl = m_template;
    doc.tmpl.html = m_editor->toPlainText();
    m_previewImage = LetterRenderer::pageImage(doc, 72);
    m_preview->setPixmap(QPixmap::fromImage(m_previewImage));
    m_preview->resize(m_previewImage.size());
    QStringList unknown;
    doc.tmpl.fill({}, {}, &unknown);
    for (const QString &name : LetterTemplate::placeholderNames())
        unknown.removeAll(name);
    if (!unknown.isEmpty())
        m_status->setText(tr("Unknown placeholders: %1").arg(unknown.join(QStringLiteral(", "))));
}

bool LetterTemplateDialog::save()
{
    LetterTemplate t = m_template;
    t.html = m_editor->toPlainText();
    Problems problems;
    // Another coordinator may have saved (or reset) this template since it was opened.
    const ConflictDialog::Outcome outcome = ConflictDialog::saveOrAsk(
        this,
        m_series == QLatin1String("FQ")       ? tr("the initiating units' template")
            : m_series == QLatin1String("RY") ? tr("the certificates' template")
                                              : tr("the supporting units' template"),
        [&](const ConflictError &overwriting, ConflictError *conflict) {
            if (overwriting.isValid())
                t.rowVersion = overwriting.currentVersion;
            problems = LetterTemplateRepository(m_db).save(m_campaignId, t, conflict);
            return problems.isEmpty();
        },
        [this] { load(); });
    if (outcome == ConflictDialog::Outcome::Reloaded
        || outcome == ConflictDialog::Outcome::Cancelled)
        return false;
    if (!problems.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), formatProblems(problems));
        return false;
    }
    m_template = t;
    m_dirty = false;
    m_status->setText(tr("Saved. Letters printed from now on use this template."));
    return true;
}

void LetterTemplateDialog::reset()
{
    if (QMessageBox::question(
            this, windowTitle(),
            tr("Drop this campaign's own template and seal for this series and use the "
               "built-in template?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    const Problems problems = LetterTemplateRepository(m_db).reset(m_campaignId, m_series);
    if (!problems.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), formatProblems(problems));
        return;
    }
    load();
}

void LetterTemplateDialog::chooseSeal()
{
    const QString file = FileDialog::openFileName(this, tr("Choose a seal image"), QString(),
                                                  tr("Images (*.png *.jpg *.jpeg)"));
    if (file.isEmpty())
        return;
    QFile f(file);
    QImage image;
    QByteArray data;
    if (f.open(QIODevice::ReadOnly))
        data = f.readAll();
    if (data.isEmpty() || !image.loadFromData(data)) {
        QMessageBox::warning(this, windowTitle(),
                             tr("%1 is not an image that can be read.").arg(file));
        return;
    }
    if (data.size() > 2 * 1024 * 1024) {
        QMessageBox::warning(this, windowTitle(),
                             tr("The image is larger than 2 MB; please use a smaller one."));
        return;
    }
    m_template.sealImage = data;
    m_dirty = true;
    showSeal();
    updatePreview();
}

void LetterTemplateDialog::removeSeal()
{
    m_template.sealImage.clear();
    m_dirty = true;
    showSeal();
    updatePreview();
}

void LetterTemplateDialog::showSeal()
{
    QImage image;
    if (!m_template.sealImage.isEmpty())
        image.loadFromData(m_template.sealImage);
    if (image.isNull()) {
        m_sealPreview->setPixmap(QPixmap());
        m_sealPreview->setText(tr("none"));
    } else {
        m_sealPreview->setPixmap(QPixmap::fromImage(
            image.scaled(m_sealPreview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    m_removeSeal->setEnabled(!image.isNull());
}

bool LetterTemplateDialog::confirmDiscard()
{
    if (!m_dirty)
        return true;
    const auto answer
        = QMessageBox::question(this, windowTitle(), tr("Save the changes to this template?"),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}
