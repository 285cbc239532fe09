#pragma once

#include "domain/Letter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

struct Campaign;

// A letter template: rich text (HTML) with named placeholders, one per campaign and series
// (FQ initiating, ZC supporting), with an optional seal or signature image.
//
//   {{unit}} {{number}} {{year}} {{title}} {{window}} {{kind}} {{parent}} {{date}}
//   {{verify_code}} {{committee}} {{rights}}
//   {{#parent}} ... {{/parent}}   kept only when the value is not empty
//
// Every value is HTML-escaped before it goes in, so a unit called <b>A&B "C"</b> prints exactly
// that; {{rights}} becomes one escaped paragraph per right. Placeholders are replaced in one
// pass: text inside a value is never expanded again.
class LetterTemplate
{
    Q_DECLARE_TR_FUNCTIONS(LetterTemplate)
public:
    QString series; // FQ or ZC
    QString html;
    QByteArray sealImage; // PNG/JPEG bytes, may be empty
    int rowVersion = 0; // the stored version it was loaded from; 0: not stored (built-in)

    static QStringList placeholderNames();
    // The built-in template of a series, from resources/letters.
    static LetterTemplate defaultFor(const QString &series);
    // The rights granted to a unit of the given participation kind, from the committee's 2024
    // invitation (initiating units) and 2020 notice (supporting units).
    static QStringList defaultRights(const QString &kind);
    // How a participation kind is named on the letter (the letter is a Chinese document).
    static QString kindOnLetter(const QString &kind);
    // A date as the letter writes it: 2025年7月1日 (no leading zeros); empty when invalid.
    static QString dateOnLetter(const QDate &date);

    // The values a letter puts into its template. {{date}} is the China Standard Time day of
    // letter.issuedAt (Clock::chinaDay; today in China Standard Time when it is not a timestamp),
    // written by dateOnLetter (2025年7月1日).
    static QMap<QString, QString> valuesFor(const Letter &letter, const Campaign &campaign);

    // The template with every placeholder replaced; unknown names are left out and listed in
    // *unknown when given.
    QString fill(const QMap<QString, QString> &values, const QStringList &rights,
                 QStringList *unknown = nullptr) const;
};
