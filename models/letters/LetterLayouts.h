#pragma once

#include "letters/LetterRenderer.h"

#include <QFont>
#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QTextCharFormat>
#include <QUrl>

#include <memory>
#include <unordered_map>

class QPaintDevice;
class QTextDocument;

// The laid-out QTextDocuments of the letters one painter draws (LetterRenderer::paint and
// writeGroup), for one device, page size and font.
//
// Laying a letter out is most of the time it takes to draw it, and the letters of a batch differ
// only in a few fields: letters whose template, rights and other values are the same (their
// shape) share one document, parsed and laid out once; for each further letter only the text of
// its own fields (unit, number, verification code, parent, date) is replaced, and QTextDocument
// lays out again only the paragraphs that changed. The document then holds exactly the text the
// letter's filled HTML gives (LetterRenderer::html). A letter is laid out from its own HTML as
// before when sharing could change what it shows: a field whose value HTML would not keep as it
// is (white space other than single inner spaces, control or format characters), a template
// whose QR code has no size (it is then drawn as an image), or a placeholder in an attribute.
//
// Use from one thread; the documents live as long as the object.
class LetterLayouts
{
public:
    // A letter ready to draw: its document (owned by the LetterLayouts, valid until the next
    // letter()) and whether its QR code is to be drawn as squares over the place of the image
    // named LetterLayouts::qrUrl() (true) or is in the document as an image (false).
    struct Laid
    {
        QTextDocument *document = nullptr;
        bool vectorQr = false;
    };

    // device: where the letters are drawn (its resolution lays them out); page: the area of one
    // page in device pixels; font: the default font.
    LetterLayouts(QPaintDevice *device, const QSizeF &page, const QFont &font);
    ~LetterLayouts();
    LetterLayouts(const LetterLayouts &) = delete;
    LetterLayouts &operator=(const LetterLayouts &) = delete;

    // doc laid out on the page.
    Laid letter(const LetterDocument &doc);
    // The seal of doc's template as an image, decoded once per template image; null when none.
    QImage seal(const LetterDocument &doc);

    // Where the document's images come from: <img src="letter:qr"> and <img src="letter:seal">.
    static QUrl qrUrl();
    static QUrl sealUrl();
    // document set to html in font, without margin; the QR code image is qr (blank when null),
    // the seal image blank (paint() stamps it over the signature).
    static void prepare(QTextDocument &document, const QString &html, const QFont &font,
                        const QImage &qr);

private:
    // One occurrence of a letter's own field in a shared document.
    struct Field
    {
        int name = 0; // index in fieldNames()
        int position = 0;
        int length = 0;
        QTextCharFormat format;
    };
    struct Shape
    {
        std::unique_ptr<QTextDocument> document;
        QList<Field> fields; // in document order
        QStringList values; // what the fields hold now, by name
    };
    // The fields a letter has of its own, each replaced by a marker in a shape's HTML.
    static QStringList fieldNames();
    // The shape for doc's values, made when new; null when doc must be laid out on its own.
    Shape *shapeFor(const LetterDocument &doc, const QStringList &values);
    // A new shape from html with markers, holding values and laid out; null when the markers
    // are not all in the text.
    std::unique_ptr<Shape> makeShape(const QString &html, const QStringList &values);
    // Puts values into shape's fields, from the last field to the first.
    static void fill(Shape &shape, const QStringList &values);
    // doc in a document of its own, from its filled HTML (the QR as an image when unsized).
    Laid alone(const LetterDocument &doc);

    QPaintDevice *m_device;
    QSizeF m_page;
    QFont m_font;
    std::unordered_map<QString, std::unique_ptr<Shape>> m_shapes; // by the HTML with markers
    std::unique_ptr<QTextDocument> m_alone;
    QByteArray m_sealBytes;
    QImage m_seal;
};
