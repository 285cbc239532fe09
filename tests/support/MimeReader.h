#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

// Reads back an Internet message for the mail tests, written independently of the program's
// MimeComposer: headers unfolded (RFC 5322 §2.2.3), encoded-words decoded (RFC 2047, B and Q),
// multipart bodies split by boundary (RFC 2046 §5.1), base64 and quoted-printable bodies decoded,
// attachment names from filename* (RFC 2231, with continuations), filename or name.
class MimeReader
{
public:
    struct Part
    {
        QMap<QByteArray, QByteArray> headers; // lower-case names, unfolded raw values
        QByteArray contentType; // lower case, without parameters
        QString fileName; // empty unless an attachment
        QByteArray body; // decoded
        QList<Part> parts; // of a multipart
    };

    explicit MimeReader(const QByteArray &message);

    QString header(const QByteArray &name) const; // decoded
    QString subject() const { return header("subject"); }
    QString text() const; // the first text/plain part, decoded from UTF-8
    QString html() const;
    QList<Part> attachments() const;
    const Part &root() const { return m_root; }

    static QString decodeWords(const QByteArray &value);

private:
    Part m_root;
};
