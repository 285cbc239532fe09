#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// Fills a mailing's subject and body templates. Placeholders are written {name}:
//   {unit} {contact} {letter_number} {links} {campaign} {year} {window}
//   {link_request_due} {gift_list_due}
// Unknown placeholders stay as written, so a typo shows in the preview.
class MailTemplate
{
public:
    struct Values
    {
        QMap<QString, QString> text; // every placeholder but links
        QStringList links; // the unit's link URLs
    };

    static QStringList placeholders();
    // The subject: values as they are, then controls and line breaks made spaces (a value cannot
    // start a header of its own).
    static QString subject(const QString &tmpl, const Values &values);
    // The HTML body: every value HTML-escaped; {links} as one escaped <a href> per line.
    static QString html(const QString &tmpl, const Values &values);
    // The plain-text body: the filled HTML as text (QTextDocumentFragment), links one per line.
    static QString text(const QString &filledHtml);
    // Placeholders used in tmpl that placeholders() does not know.
    static QStringList unknown(const QString &tmpl);
};
