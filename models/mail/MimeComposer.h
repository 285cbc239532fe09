#pragma once

#include "mail/MailMessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Writes a MailMessage as an Internet message (RFC 5322) in MIME (RFC 2045-2047, 2231), with Qt
// only: multipart/mixed holding a multipart/alternative (text/plain and text/html, UTF-8, base64)
// and one base64 part per attachment.
//
// Why Qt's own code and not Debian's vmime (libvmime-dev 0.9.2) or mimetic (libmimetic-dev
// 0.9.8): both bring their own string, charset and stream types beside QString and QByteArray,
// vmime also its own SMTP and TLS stack beside libcurl, for what here is about 200 lines whose
// output the tests parse back. The units read mail in 163.com, QQ and Outlook, which need:
// headers as RFC 2047 "B" encoded-words in UTF-8, file names both as RFC 2231 filename* and as an
// encoded-word name= (which those clients still read), bodies in base64 lines of 76 characters.
class MimeComposer
{
public:
    // The whole message, CRLF line ends, ready for SMTP DATA (no line longer than 78 characters,
    // so no dot-stuffing is ever needed past the first character; libcurl does that anyway).
    // date and messageId are parameters so tests get stable output; messageId without <>.
    static QByteArray compose(const MailMessage &message, const QDateTime &date,
                              const QByteArray &messageId);
    // A fresh Message-ID (RFC 5322 §3.6.4) at the sender's domain.
    static QByteArray newMessageId(const QString &fromAddress);

    // text as-is when it is printable ASCII, else as RFC 2047 "B" encoded-words in UTF-8, each
    // at most 75 characters, never splitting a character, joined by CRLF SPACE (folding).
    static QByteArray encodeWords(const QString &text);
    // "Name" <address> (RFC 5322 §3.4) with the name encoded by encodeWords when needed.
    static QByteArray address(const QString &name, const QString &address);
    // filename*=UTF-8''%E6%8E%88... (RFC 2231 §4, with continuations per §3 when long).
    static QByteArray rfc2231Parameter(const char *name, const QString &value);
    // data in base64 lines of 76 characters, CRLF after each (RFC 2045 §6.8).
    static QByteArray base64Lines(const QByteArray &data);
    // A header value made safe: CR, LF and other controls replaced by spaces (a placeholder value
    // cannot add a header of its own).
    static QString headerSafe(const QString &value);
    // An RFC 5322 date, e.g. "Wed, 17 Jul 2024 09:30:00 +0800".
    static QByteArray rfc5322Date(const QDateTime &date);
};
