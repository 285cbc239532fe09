#include "letters/PdfFontSet.h"

#include "letters/FontSubset.h"
#include "letters/PdfToUnicode.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QTemporaryDir>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <iterator>

namespace {

// Characters a letter may show without their being in its HTML: printable ASCII (list numbers,
// and what named entities such as &amp; stand for), no-break and ideographic spaces, list
// bullets and common typographic punctuation.
QList<char32_t> baseCharacters()
{
    QList<char32_t> out;
    for (char32_t c = 0x20; c < 0x7f; ++c)
        out.append(c);
    for (const char32_t c :
         {0xa0,   0xa9,   0xae,   0xb0,   0xb7,   0xd7,   0xf7,   0x2013, 0x2014, 0x2018,
          0x2019, 0x201c, 0x201d, 0x2022, 0x2026, 0x25aa, 0x25e6, 0x3000, 0x3001, 0x3002})
        out.append(c);
    return out;
}

// Registers a font with Qt from a file of its own, never from memory: Qt 6.4 keeps each thread's
// FreeType faces by file name, and fonts given as data are all named alike, so a thread that
// had drawn with one such font crashed drawing with the next (QFontEngineFT::init).
int addFont(const QByteArray &data, int serial)
{
    static QTemporaryDir dir(QDir::temp().filePath(QStringLiteral("secretariat-fonts-XXXXXX")));
    QFile file(dir.filePath(QStringLiteral("batch-%1.ttf").arg(serial)));
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return -1;
    file.close();
    return QFontDatabase::addApplicationFont(file.fileName());
}

// A CJK unified ideograph (URO, extension A, extensions B and beyond), not a radical and not a
// compatibility ideograph.
bool unifiedIdeograph(char32_t c)
{
    return (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff)
        || (c >= 0x20000 && c <= 0x3ffff && !(c >= 0x2f800 && c <= 0x2fa1f));
}

} // namespace

QHash<char32_t, char32_t> PdfFontSet::twinsFor(const QStringList &families,
                                               const QList<char32_t> &text)
{
    const QSet<char32_t> used(text.cbegin(), text.cend());
    QHash<char32_t, char32_t> twins;
    for (const QString &family : families) {
        const FontSubset::Source source = FontSubset::locate(family);
        if (source.file.isEmpty())
            continue;
        for (const QList<char32_t> &group : FontSubset::sharedGlyphs(source)) {
            QList<char32_t> meant;
            for (const char32_t c : group) {
                if (used.contains(c))
                    meant.append(c);
            }
            if (meant.isEmpty())
                std::copy_if(group.cbegin(), group.cend(), std::back_inserter(meant),
                             unifiedIdeograph);
            if (meant.size() != 1)
                continue;
            // Qt writes code points of the BMP only; the first family to draw a glyph decides.
            for (const char32_t c : group) {
                if (c != meant.first() && c <= 0xffff && !used.contains(c) && !twins.contains(c))
                    twins.insert(c, meant.first());
            }
        }
    }
    return twins;
}

QHash<char32_t, char32_t> PdfFontSet::rewrites() const
{
    QHash<char32_t, char32_t> all = m_twins;
    all.insert(m_aliases);
    return all;
}

QList<char32_t> PdfFontSet::codePoints(const QString &text)
{
    QSet<char32_t> seen;
    QList<char32_t> out;
    const auto add = [&](char32_t c) {
        if (!seen.contains(c)) {
            seen.insert(c);
            out.append(c);
        }
    };
    for (const char32_t c : text.toUcs4())
        add(c);
    static const QRegularExpression reference(
        QStringLiteral("&#([xX][0-9A-Fa-f]{1,6}|[0-9]{1,7});"));
    if (text.contains(QLatin1String("&#"))) {
        for (auto it = reference.globalMatch(text); it.hasNext();) {
            const QString n = it.next().captured(1);
            bool ok = false;
            const uint c = n.startsWith(QLatin1Char('x'), Qt::CaseInsensitive)
                ? n.mid(1).toUInt(&ok, 16)
                : n.toUInt(&ok);
            if (ok && c > 0 && c <= 0x10FFFF)
                add(c);
        }
    }
    return out;
}

PdfFontSet::PdfFontSet(const QStringList &families, const QString &text, Cover cover)
{
    // SECRETARIAT_PDF_SUBSET=0: the installed fonts as they are, to measure the difference
    // (bench/bench_letters --installed-fonts).
    if (qEnvironmentVariable("SECRETARIAT_PDF_SUBSET") == QLatin1String("0")) {
        m_families = families;
        m_twins = twinsFor(families, codePoints(text));
        return;
    }
    QList<char32_t> wanted = codePoints(text);
    m_twins = twinsFor(families, wanted);
    if (cover == Cover::Nothing) {
        m_families = families;
        return;
    }
    if (cover == Cover::Everything) {
        const QSet<char32_t> present(wanted.cbegin(), wanted.cend());
        for (const char32_t c : baseCharacters()) {
            if (!present.contains(c))
                wanted.append(c);
        }
    } else {
        wanted.erase(
            std::remove_if(wanted.begin(), wanted.end(), [](char32_t c) { return c <= 0xffff; }),
            wanted.end());
    }

    if (wanted.isEmpty()) {
        m_families = families;
        return;
    }

    // A set made before that has every character is used again: registering fonts costs Qt a
    // new look at all installed fonts, and a font once registered stays (see the header).
    static QMutex mutex;
    static QList<Made> made;
    QMutexLocker lock(&mutex);
    for (const Made &m : std::as_const(made)) {
        if (m.families != families || m.cover != cover)
            continue;
        const bool all = std::all_of(wanted.cbegin(), wanted.cend(),
                                     [&](char32_t c) { return m.codePoints.contains(c); });
        const bool clash = std::any_of(m.aliases.keyBegin(), m.aliases.keyEnd(), [&](char32_t a) {
            return std::find(wanted.cbegin(), wanted.cend(), a) != wanted.cend();
        });
        if (all && !clash) {
            m_families = m.subsetFamilies;
            m_aliases = m.aliases;
            return;
        }
    }
    build(families, wanted);
    if (m_problem.isEmpty())
        made.append({families, cover, QSet<char32_t>(wanted.cbegin(), wanted.cend()), m_families,
                     m_aliases});
}

void PdfFontSet::build(const QStringList &families, const QList<char32_t> &wanted)
{
    static std::atomic_int serial {0};
    // An alias for each character outside the BMP, from U+E000 on, none the text itself uses.
    const QSet<char32_t> used(wanted.cbegin(), wanted.cend());
    QList<char32_t> outside;
    for (const char32_t c : std::as_const(wanted)) {
        if (c > 0xffff)
            outside.append(c);
    }
    std::sort(outside.begin(), outside.end());
    char32_t alias = 0xe000;
    for (const char32_t c : std::as_const(outside)) {
        while (alias <= 0xf8ff && used.contains(alias))
            ++alias;
        if (alias > 0xf8ff)
            break;
        m_aliases.insert(alias++, c);
    }
    QHash<char32_t, char32_t> aliasOf;
    for (auto it = m_aliases.cbegin(); it != m_aliases.cend(); ++it)
        aliasOf.insert(it.value(), it.key());

    // Each family takes what it is the first to have.
    QSet<char32_t> left(wanted.cbegin(), wanted.cend());
    for (const QString &family : families) {
        QStringList subsetFamilies;
        const FontSubset::Source source
            = left.isEmpty() ? FontSubset::Source {} : FontSubset::locate(family);
        if (!source.file.isEmpty()) {
            QList<char32_t> mine;
            for (const char32_t c : std::as_const(wanted)) {
                if (left.contains(c))
                    mine.append(c);
            }
            mine = FontSubset::covered(source, mine);
            if (!mine.isEmpty()) {
                QHash<char32_t, char32_t> aliases;
                for (const char32_t c : std::as_const(mine)) {
                    if (aliasOf.contains(c))
                        aliases.insert(aliasOf.value(c), c);
                }
                const int n = ++serial;
                const QString name = QStringLiteral("%1 (batch %2)").arg(family).arg(n);
                QString ps = FontSubset::postscriptName(source);
                if (ps.isEmpty())
                    ps = QString(family).remove(QLatin1Char(' '));
                QString problem;
                const QByteArray data
                    = FontSubset::build(source, mine, aliases, name, ps, &problem);
                const int id = data.isEmpty() ? -1 : addFont(data, n);
                if (id >= 0) {
                    subsetFamilies = QFontDatabase::applicationFontFamilies(id);
                    for (const char32_t c : std::as_const(mine))
                        left.remove(c);
                } else if (m_problem.isEmpty()) {
                    m_problem = problem.isEmpty()
                        ? QStringLiteral("cannot register a subset of %1").arg(family)
                        : problem;
                }
            }
        }
        m_families += subsetFamilies;
        m_families.append(family);
    }
}

bool PdfFontSet::finish(const QString &pdf, QString *error) const
{
    return PdfToUnicode::restore(pdf, rewrites(), error);
}

bool PdfFontSet::finish(QByteArray *pdf, QString *error) const
{
    return PdfToUnicode::restore(pdf, rewrites(), error);
}
