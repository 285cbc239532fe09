#include "letters/LetterLayouts.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace {

// The marker of field n in a shape's HTML: a character of the Private Use Area (U+F8E0..), which
// plain() refuses in values and shapeFor() in the rest of the letter. (Noncharacters such as
// U+FDD0 would do better, but Qt's HTML parser turns them into paragraph breaks.)
constexpr char16_t kFirstMarker = 0xF8E0;

QChar marker(int n)
{
    return QChar(char16_t(kFirstMarker + n));
}

bool isMarker(QChar c, int fields)
{
    return c.unicode() >= kFirstMarker && c.unicode() < kFirstMarker + fields;
}

// Whether HTML keeps value exactly as it is when it is put in as escaped text, so that the same
// text put into a document directly lays out the same: no white space but single spaces between
// other characters, no control, format, unassigned or private-use characters (the markers).
bool plain(const QString &value)
{
    if (value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' '))
        || value.contains(QLatin1String("  ")))
        return false;
    for (const QChar c : value) {
        if (c == QLatin1Char(' '))
            continue;
        switch (c.category()) {
        case QChar::Separator_Space:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Other_NotAssigned:
        case QChar::Other_PrivateUse:
            return false;
        default:
            break;
        }
    }
    return true;
}

// Whether the template gives the QR image a width and a height, so that it can be laid out
// without the image and drawn as vectors over its place.
bool qrSized(const QString &html)
{
    static const QRegularExpression img(
        QStringLiteral("<img\\b[^>]*\\bsrc\\s*=\\s*[\"']letter:qr[\"'][^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    const QString tag = img.match(html).captured(0);
    return tag.contains(QLatin1String("width"), Qt::CaseInsensitive)
        && tag.contains(QLatin1String("height"), Qt::CaseInsensitive);
}

QImage blankImage()
{
    QImage blank(1, 1, QImage::Format_ARGB32);
    blank.fill(Qt::transparent);
    return blank;
}

} // namespace

LetterLayouts::LetterLayouts(QPaintDevice *device, const QSizeF &page, const QFont &font)
    : m_device(device)
    , m_page(page)
    , m_font(font)
{}

LetterLayouts::~LetterLayouts() = default;

QUrl LetterLayouts::qrUrl()
{
    return QUrl(QStringLiteral("letter:qr"));
}

QUrl LetterLayouts::sealUrl()
{
    return QUrl(QStringLiteral("letter:seal"));
}

QStringList LetterLayouts::fieldNames()
{
    return {QStringLiteral("unit"), QStringLiteral("number"), QStringLiteral("verify_code"),
            QStringLiteral("parent"), QStringLiteral("date")};
}

void LetterLayouts::prepare(QTextDocument &document, const QString &html, const QFont &font,
                            const QImage &qr)
{
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.addResource(QTextDocument::ImageResource, qrUrl(), qr);
    // The seal is stamped over the signature by paint(); in the document it takes no room.
    document.addResource(QTextDocument::ImageResource, sealUrl(), blankImage());
    document.setHtml(html);
}

LetterLayouts::Laid LetterLayouts::letter(const LetterDocument &doc)
{
    const QMap<QString, QString> values = LetterTemplate::valuesFor(doc.letter, doc.campaign);
    QStringList own;
    for (const QString &name : fieldNames())
        own.append(values.value(name));
    if (Shape *shape = shapeFor(doc, own))
        return {shape->document.get(), true};
    return alone(doc);
}

QImage LetterLayouts::seal(const LetterDocument &doc)
{
    if (doc.tmpl.sealImage.isEmpty())
        return {};
    if (doc.tmpl.sealImage != m_sealBytes) {
        m_sealBytes = doc.tmpl.sealImage;
        m_seal = QImage::fromData(m_sealBytes);
    }
    return m_seal;
}

LetterLayouts::Shape *LetterLayouts::shapeFor(const LetterDocument &doc, const QStringList &values)
{
    // Only pages get the QR code as squares (on screen it is an image in the document).
    // SECRETARIAT_LETTER_LAYOUTS=0 lays every letter out on its own, as before: to measure the
    // difference (bench_letters --own-layouts) and to compare the pages (tst_letters_pdf).
    if (!dynamic_cast<QPagedPaintDevice *>(m_device)
        || qEnvironmentVariable("SECRETARIAT_LETTER_LAYOUTS") == QLatin1String("0"))
        return nullptr;
    QMap<QString, QString> marked = LetterTemplate::valuesFor(doc.letter, doc.campaign);
    const QStringList names = fieldNames();
    const QStringList rights = LetterTemplate::defaultRights(doc.letter.kind);
    // A marker character anywhere else in the letter would be taken for a field.
    const auto hasMarker = [&names](const QString &text) {
        return std::any_of(text.cbegin(), text.cend(),
                           [&names](QChar c) { return isMarker(c, int(names.size())); });
    };
    if (hasMarker(doc.tmpl.html) || std::any_of(rights.cbegin(), rights.cend(), hasMarker)
        || std::any_of(marked.cbegin(), marked.cend(), hasMarker))
        return nullptr;
    for (int n = 0; n < names.size(); ++n) {
        if (!plain(values.at(n)))
            return nullptr;
        // An empty field has no marker: it may drop a section, which makes another shape.
        marked[names.at(n)] = values.at(n).isEmpty() ? QString() : QString(marker(n));
    }
    const QString html = doc.tmpl.fill(marked, rights);
    if (!qrSized(html))
        return nullptr;
    auto it = m_shapes.find(html);
    if (it == m_shapes.end())
        it = m_shapes.emplace(html, makeShape(html, values)).first;
    else if (it->second)
        fill(*it->second, values);
    return it->second.get();
}

std::unique_ptr<LetterLayouts::Shape> LetterLayouts::makeShape(const QString &html,
                                                               const QStringList &values)
{
    const int names = int(fieldNames().size());
    auto shape = std::make_unique<Shape>();
    shape->document = std::make_unique<QTextDocument>();
    QTextDocument &document = *shape->document;
    // Fields are replaced in place for each letter; nobody undoes that.
    document.setUndoRedoEnabled(false);
    prepare(document, html, m_font, blankImage());
    const auto markers = std::count_if(html.cbegin(), html.cend(),
                                       [names](QChar c) { return isMarker(c, names); });
    for (int n = 0; n < names; ++n) {
        for (QTextCursor found = document.find(QString(marker(n))); !found.isNull();
             found = document.find(QString(marker(n)), found)) {
            // The cursor selects the marker and ends after it: charFormat() is the marker's.
            shape->fields.append({n, found.selectionStart(), 1, found.charFormat()});
        }
    }
    std::sort(shape->fields.begin(), shape->fields.end(),
              [](const Field &a, const Field &b) { return a.position < b.position; });
    // A placeholder in an attribute (or in <head>) is not a field in the text: not shared.
    if (shape->fields.size() != markers)
        return nullptr;
    for (int n = 0; n < names; ++n)
        shape->values.append(QString(marker(n))); // what the fields hold now
    fill(*shape, values);
    // Laid out once, with the first letter's values, now that they are in.
    document.documentLayout()->setPaintDevice(m_device);
    document.setPageSize(m_page);
    return shape;
}

void LetterLayouts::fill(Shape &shape, const QStringList &values)
{
    // Fields within kJoinWithin characters of each other are replaced in one edit, after which Qt
    // lays out again everything between them; fields farther apart in edits of their own, so that
    // the rights between the salutation and the footer are not laid out again. Not one edit per
    // field: in a paged document Qt lays a table (the footer) out again after every edit.
    // Measured on bench_letters: 15-20 % less time in fill() than one edit for all fields.
    constexpr int kJoinWithin = 200;
    QTextCursor cursor(shape.document.get());
    int editFrom = -1; // where the open edit begins; -1 when none is open
    // From the last field to the first, so that the positions of those before stay true.
    for (auto f = shape.fields.rbegin(); f != shape.fields.rend(); ++f) {
        const QString &value = values.at(f->name);
        if (value == shape.values.at(f->name))
            continue;
        if (editFrom >= 0 && editFrom - f->position > kJoinWithin) {
            cursor.endEditBlock();
            editFrom = -1;
        }
        if (editFrom < 0)
            cursor.beginEditBlock();
        editFrom = f->position;
        cursor.setPosition(f->position);
        cursor.setPosition(f->position + f->length, QTextCursor::KeepAnchor);
        cursor.insertText(value, f->format);
    }
    if (editFrom >= 0)
        cursor.endEditBlock();
    int shift = 0;
    for (Field &f : shape.fields) {
        f.position += shift;
        const int length = int(values.at(f.name).size());
        shift += length - f.length;
        f.length = length;
    }
    shape.values = values;
}

LetterLayouts::Laid LetterLayouts::alone(const LetterDocument &doc)
{
    m_alone = std::make_unique<QTextDocument>();
    m_alone->documentLayout()->setPaintDevice(m_device);
    // On pages (PDF, printer) the QR code is drawn as squares over its place: an image would be
    // written into each PDF as a JPEG (Qt's choice), slow to encode and soft at the edges.
    const QString text = LetterRenderer::html(doc);
    const bool vectorQr = dynamic_cast<QPagedPaintDevice *>(m_device) && qrSized(text);
    prepare(*m_alone, text, m_font,
            vectorQr ? blankImage() : LetterRenderer::qrImage(doc.letter.verifyCode));
    m_alone->setPageSize(m_page);
    return {m_alone.get(), vectorQr};
}
