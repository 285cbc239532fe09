// Every kind of PDF the program writes keeps its text exactly in the text layer (pdftotext, copy,
// search): letters, commendation certificates, entry posters, table PDFs (the commendation list)
// and daily bulletins, with
// - every CJK unified ideograph that a font the program draws with shares a glyph with (a Kangxi
//   radical or a CJK Radicals Supplement character: Qt 6.4 writes the lowest code point of a
//   glyph, so Noto Sans CJK's 人 read ⼈ U+2F08);
// - one member of every other group of code points a font draws with one glyph (• and ·, ～ and
//   〜, compatibility ideographs and their unified twins, ① and ➀, ...);
// - characters outside the BMP from CJK extensions B to G.
// The groups come from tests/data/pdf/twins.txt, read from the fonts' cmaps with fontTools
// (make_twins.py).
#include "TestSupport.h"
#include "PdfText.h"

#include "letters/LetterRenderer.h"
#include "letters/LetterTemplate.h"
#include "links/PosterRenderer.h"
#include "progress/Bulletin.h"
#include "progress/BulletinRenderer.h"
#include "progress/TableExport.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Group = QList<char32_t>;

bool radical(char32_t c)
{
    return c >= 0x2E80 && c <= 0x2FDF;
}

bool unified(char32_t c)
{
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0x20000 && c <= 0x3FFFF && !(c >= 0x2F800 && c <= 0x2FA1F));
}

// White space, controls and Hangul fillers: pdftotext writes them as spaces or not at all.
bool unreadable(char32_t c)
{
    return c < 0x20 || QChar::isSpace(c) || c == 0x1160 || c == 0x3164 || c == 0xFFA0
        || QChar::category(c) == QChar::Other_Format;
}

QList<Group> twinGroups()
{
    QFile file(QStringLiteral(SECRETARIAT_TEST_DATA "/pdf/twins.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Group> groups;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> parts = line.split('\t');
        if (parts.size() != 2)
            continue;
        Group g;
        for (const QByteArray &cp : parts.at(1).split(' '))
            g.append(char32_t(cp.mid(2).toUInt(nullptr, 16)));
        groups.append(g);
    }
    return groups;
}

QString text(const Group &codePoints)
{
    return QString::fromUcs4(codePoints.constData(), codePoints.size());
}

// The text in names of a few characters each, as units are named.
QStringList names(const QString &all, int length)
{
    const QList<uint> ucs = all.toUcs4();
    QStringList out;
    for (qsizetype i = 0; i < ucs.size(); i += length)
        out.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs.constData()) + i,
                                     qMin<qsizetype>(length, ucs.size() - i)));
    return out;
}

// The CJK unified ideographs that share a glyph with a radical, one per group.
QString radicalTwins(const QList<Group> &groups)
{
    Group out;
    for (const Group &g : groups) {
        if (std::none_of(g.cbegin(), g.cend(), radical))
            continue;
        Group u;
        std::copy_if(g.cbegin(), g.cend(), std::back_inserter(u), unified);
        if (u.size() == 1)
            out.append(u.first());
    }
    return text(out);
}

// Of every other group, its highest member (Qt would write its lowest).
QString otherTwins(const QList<Group> &groups)
{
    Group out;
    for (const Group &g : groups) {
        const bool oneIdeograph = std::count_if(g.cbegin(), g.cend(), unified) == 1
            && std::any_of(g.cbegin(), g.cend(), radical);
        if (!oneIdeograph && !unreadable(g.last()))
            out.append(g.last());
    }
    return text(out);
}

using PdfText::flat;

QString pdfText(const QString &pdf)
{
    return PdfText::read(pdf);
}

} // namespace

class TestPdfText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsBackExactly_data();
    void readsBackExactly();

private:
    // Writes names into PDFs of kind; returns their text as pdftotext reads it, empty on error.
    QString written(const QString &kind, const QStringList &names);
    QString letter(const QString &path, const QStringList &names, const QString &series);
    QString poster(const QString &path, const QStringList &names); // the text
    QString table(const QString &path, const QStringList &names);
    QString bulletin(const QString &path, const QStringList &names);
    // Each character of text, not in around, whose twin (same glyph) the names hold instead.
    QStringList wrongTwins(const QString &text, const QStringList &names,
                           const QString &around) const;

    QTemporaryDir m_dir;
    QList<Group> m_groups;
    QHash<char32_t, int> m_groupOf; // code point -> index in m_groups
    QHash<QString, QString> m_around; // kind -> its text with a neutral name
    int m_serial = 0;
};

void TestPdfText::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_groups = twinGroups();
    QVERIFY2(m_groups.size() > 400, "tests/data/pdf/twins.txt");
    for (int i = 0; i < m_groups.size(); ++i) {
        for (const char32_t c : m_groups.at(i))
            m_groupOf.insert(c, i);
    }
    // Noto Sans CJK SC, as Debian 12 has it: 282 ideographs with a radical for a twin.
    QCOMPARE(radicalTwins(m_groups).toUcs4().size(), 282);
    for (const QChar c : QStringLiteral("人金长"))
        QVERIFY(radicalTwins(m_groups).contains(c));
}

void TestPdfText::readsBackExactly_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("names");
    const QList<Group> groups = twinGroups();
    const QList<std::pair<const char *, QStringList>> sets = {
        {"radical twins", names(radicalTwins(groups), 6)},
        {"other shared glyphs", names(otherTwins(groups), 6)},
        // Extensions B, C, D, E, F and G, before, between and after BMP text.
        {"extensions B-G",
         {QStringLiteral("\U00020BB7祥物流"), QStringLiteral("张\U0002A6A5"),
          QStringLiteral("\U00020000\U00020001研究院"), QStringLiteral("\U0002A700远科技"),
          QStringLiteral("\U0002B740明协会"), QStringLiteral("华\U0002B820传媒"),
          QStringLiteral("\U0002CEB0安网络\U0002CEB0"), QStringLiteral("\U00030000信联盟"),
          QStringLiteral("\U00031349\U0002B81D\U0002CE93")}},
    };
    for (const char *kind : {"letter", "certificate", "poster", "table", "bulletin"}) {
        for (const auto &[set, list] : sets)
            QTest::addRow("%s: %s", kind, set) << QString::fromLatin1(kind) << list;
    }
}

void TestPdfText::readsBackExactly()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, names);
    const QString read = flat(written(kind, names));
    QVERIFY(!read.isEmpty());
    QStringList missing;
    for (const QString &name : names) {
        if (!read.contains(name))
            missing.append(name);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char(' '))));
    // What the kind writes around the names (numbers, dates, titles) may hold a twin of a
    // character in them (年 beside 年 U+F98E): read from the same kind with a neutral name.
    if (!m_around.contains(kind))
        m_around.insert(kind, flat(written(kind, {QStringLiteral("测试")})));
    const QStringList wrong = wrongTwins(read, names, m_around.value(kind));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char(' '))));
}

QString TestPdfText::written(const QString &kind, const QStringList &names)
{
    const QString path = m_dir.filePath(QStringLiteral("%1-%2.pdf").arg(kind).arg(++m_serial));
    if (kind == QLatin1String("poster"))
        return poster(path, names);
    QString pdf;
    if (kind == QLatin1String("letter"))
        pdf = letter(path, names, QStringLiteral("FQ"));
    else if (kind == QLatin1String("certificate"))
        pdf = letter(path, names, QStringLiteral("RY"));
    else if (kind == QLatin1String("table"))
        pdf = table(path, names);
    else
        pdf = bulletin(path, names);
    return pdf.isEmpty() ? QString() : pdfText(pdf);
}

QString TestPdfText::letter(const QString &path, const QStringList &names, const QString &series)
{
    // A letter with every name in a paragraph of its own; certificates, one per name.
    QList<LetterDocument> docs;
    for (const QString &name : names) {
        LetterDocument doc;
        doc.campaign.year = 2024;
        doc.campaign.title = QStringLiteral("2024年网民网络安全感满意度调查活动");
        doc.letter.year = 2024;
        doc.letter.series = series;
        doc.letter.number = QStringLiteral("2024-%1-%2").arg(series).arg(docs.size() + 1);
        doc.letter.unitName = name;
        doc.tmpl = LetterTemplate::defaultFor(series);
        if (series == QLatin1String("FQ")) {
            doc.tmpl.html = QStringLiteral("<p>%1</p>").arg(names.join(QStringLiteral("</p><p>")));
            docs.append(doc);
            break;
        }
        docs.append(doc);
    }
    QString error;
    if (!LetterRenderer::renderPdf(path, docs, {}, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return path;
}

QString TestPdfText::poster(const QString &path, const QStringList &names)
{
    // One poster per three names, the unit's name and the link's label: one PDF each, their
    // text read back together.
    QString read;
    for (qsizetype i = 0; i < names.size(); i += 3) {
        Link link;
        link.campaignYear = 2024;
        link.unitName = names.mid(i, 2).join(QString());
        link.label = names.value(i + 2);
        link.url = QStringLiteral("https://example.com/s/abc?src=tok%1").arg(i);
        link.token = QStringLiteral("tok%1").arg(i);
        const QString one = path + QStringLiteral("-%1.pdf").arg(i);
        if (const QString e = PosterRenderer().writePdf(one, link); !e.isEmpty()) {
            qWarning("%s", qPrintable(e));
            return {};
        }
        read += pdfText(one);
    }
    return read;
}

QString TestPdfText::table(const QString &path, const QStringList &names)
{
    QString html = QStringLiteral("<table><tr><th>序号</th><th>单位名称</th></tr>");
    for (int i = 0; i < names.size(); ++i)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(i + 1)
                    .arg(names.at(i).toHtmlEscaped());
    html += QStringLiteral("</table>");
    QString error;
    if (!TableExport::writePdf(path, html, QStringLiteral("表彰名单"), &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return path;
}

QString TestPdfText::bulletin(const QString &path, const QStringList &names)
{
    BulletinData data;
    data.title = QStringLiteral("2024年网民网络安全感满意度调查活动");
    data.date = QDate(2024, 7, 20);
    data.dayNumber = 4;
    data.windowDays = 10;
    data.units = int(names.size());
    for (const QString &name : names) {
        BulletinRow row {0, name, 100, 40, 5, 1};
        data.top.append(row);
        data.behind.append(row);
    }
    data.behindTotal = int(names.size());
    if (const QString e = BulletinRenderer::writePdf(path, data); !e.isEmpty()) {
        qWarning("%s", qPrintable(e));
        return {};
    }
    return path;
}

QStringList TestPdfText::wrongTwins(const QString &text, const QStringList &names,
                                    const QString &around) const
{
    const QList<uint> aroundCodes = around.toUcs4();
    const QSet<char32_t> fixed(aroundCodes.cbegin(), aroundCodes.cend());
    QSet<char32_t> meant;
    for (const QString &name : names) {
        for (const char32_t c : name.toUcs4())
            meant.insert(c);
    }
    QStringList wrong;
    for (const char32_t c : text.toUcs4()) {
        if (meant.contains(c) || fixed.contains(c) || !m_groupOf.contains(c))
            continue;
        for (const char32_t twin : m_groups.at(m_groupOf.value(c))) {
            if (meant.contains(twin)) {
                wrong.append(QStringLiteral("U+%1 for U+%2")
                                 .arg(uint(c), 4, 16, QLatin1Char('0'))
                                 .arg(uint(twin), 4, 16, QLatin1Char('0')));
                break;
            }
        }
    }
    return wrong;
}

QTEST_MAIN(TestPdfText)
#include "tst_pdf_text.moc"
