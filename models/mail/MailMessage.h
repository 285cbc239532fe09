#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// One file sent with a message.
struct MailAttachment
{
    QString fileName; // as the recipient sees it, may be Chinese
    QByteArray contentType; // e.g. application/pdf
    QByteArray data;
};

// One message of a mailing to one unit, before it is written as MIME (MimeComposer).
struct MailMessage
{
    qint64 unitId = 0;
    QString unitName;
    QString fromAddress;
    QString fromName;
    QString to; // the unit's e-mail address
    QString toName; // the unit's contact person, else the unit
    QString subject;
    QString html; // the body as HTML, placeholder values already escaped
    QString text; // the same body as plain text
    QList<MailAttachment> attachments;
};
