#include "letters/FontSubset.h"

#include <QMutex>
#include <QtEndian>

#include <fontconfig/fontconfig.h>
#include <hb-subset.h>
#include <hb-ot.h>
#include <hb.h>

#include <algorithm>
#include <cstdlib>
#include <utility>
#include <vector>

namespace {

// The fonts read so far, memory-mapped (hb_blob_create_from_file), kept for the process: a batch
// reads only the few glyphs it needs, and the next batch finds the font open.
struct OpenFont
{
    hb_face_t *face = nullptr;
    hb_font_t *font = nullptr;
};

OpenFont open(const FontSubset::Source &source)
{
    static QMutex mutex;
    static QHash<QByteArray, OpenFont> fonts;
    const QByteArray key = source.file + '#' + QByteArray::number(source.index);
    QMutexLocker lock(&mutex);
    auto it = fonts.find(key);
    if (it == fonts.end()) {
        OpenFont f;
        if (hb_blob_t *blob = hb_blob_create_from_file_or_fail(source.file.constData())) {
            f.face = hb_face_create(blob, unsigned(source.index));
            hb_blob_destroy(blob);
            hb_face_make_immutable(f.face);
            f.font = hb_font_create(f.face);
            hb_font_make_immutable(f.font);
            if (hb_face_get_glyph_count(f.face) == 0) {
                hb_font_destroy(f.font);
                hb_face_destroy(f.face);
                f = {};
            }
        }
        it = fonts.insert(key, f);
    }
    return *it;
}

void put16(QByteArray &out, quint16 v)
{
    const char b[2] = {char(v >> 8), char(v & 0xff)};
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, quint16(v >> 16));
    put16(out, quint16(v & 0xffff));
}

// A 'name' table (format 0, Windows Unicode, US English): family, subfamily, full name and
// PostScript name; the typographic family (16) too, which fontconfig prefers when present.
QByteArray nameTable(const QString &family, const QString &postscript)
{
    const QList<std::pair<quint16, QString>> names
        = {{1, family}, {2, QStringLiteral("Regular")}, {4, family}, {6, postscript}, {16, family}};
    QByteArray strings;
    QByteArray out;
    put16(out, 0);
    put16(out, quint16(names.size()));
    put16(out, quint16(6 + 12 * names.size()));
    for (const auto &[id, text] : names) {
        QByteArray utf16;
        for (const QChar c : text)
            put16(utf16, c.unicode());
        put16(out, 3); // Windows
        put16(out, 1); // Unicode BMP
        put16(out, 0x409);
        put16(out, id);
        put16(out, quint16(utf16.size()));
        put16(out, quint16(strings.size()));
        strings += utf16;
    }
    return out + strings;
}

// A 'cmap' table: format 4 for the BMP (one segment per character) and format 12 for all.
QByteArray cmapTable(const QList<std::pair<char32_t, quint16>> &sorted)
{
    QList<std::pair<char32_t, quint16>> bmp;
    for (const auto &entry : sorted) {
        if (entry.first < 0xFFFF)
            bmp.append(entry);
    }
    QByteArray format4;
    const int segments = int(bmp.size()) + 1;
    if (16 + 8 * segments <= 0xFFFF) {
        int power = 1, log2 = 0;
        while (power * 2 <= segments) {
            power *= 2;
            ++log2;
        }
        put16(format4, 4);
        put16(format4, quint16(16 + 8 * segments));
        put16(format4, 0);
        put16(format4, quint16(segments * 2));
        put16(format4, quint16(power * 2));
        put16(format4, quint16(log2));
        put16(format4, quint16(segments * 2 - power * 2));
        for (const auto &[cp, glyph] : bmp)
            put16(format4, quint16(cp));
        put16(format4, 0xFFFF);
        put16(format4, 0); // reservedPad
        for (const auto &[cp, glyph] : bmp)
            put16(format4, quint16(cp));
        put16(format4, 0xFFFF);
        for (const auto &[cp, glyph] : bmp)
            put16(format4, quint16((glyph - cp) & 0xFFFF));
        put16(format4, 1);
        for (int i = 0; i < segments; ++i)
            put16(format4, 0);
    }
    // Format 12: runs of consecutive characters on consecutive glyphs.
    QList<std::pair<char32_t, std::pair<char32_t, quint16>>> groups;
    for (const auto &[cp, glyph] : sorted) {
        if (!groups.isEmpty()) {
            auto &last = groups.last();
            if (last.second.first + 1 == cp
                && last.second.second + (last.second.first - last.first) + 1 == glyph) {
                last.second.first = cp;
                continue;
            }
        }
        groups.append({cp, {cp, glyph}});
    }
    QByteArray format12;
    put16(format12, 12);
    put16(format12, 0);
    put32(format12, quint32(16 + 12 * groups.size()));
    put32(format12, 0);
    put32(format12, quint32(groups.size()));
    for (const auto &[start, rest] : groups) {
        put32(format12, start);
        put32(format12, rest.first);
        put32(format12, rest.second);
    }

    QByteArray out;
    const int tables = format4.isEmpty() ? 1 : 2;
    put16(out, 0);
    put16(out, quint16(tables));
    quint32 offset = 4 + 8 * tables;
    if (!format4.isEmpty()) {
        put16(out, 3);
        put16(out, 1);
        put32(out, offset);
        offset += quint32(format4.size());
    }
    put16(out, 3);
    put16(out, 10);
    put32(out, offset);
    return out + format4 + format12;
}

hb_blob_t *blobOf(const QByteArray &data)
{
    // The blob keeps its own copy of the bytes alive.
    auto *copy = new QByteArray(data);
    return hb_blob_create(copy->constData(), unsigned(copy->size()), HB_MEMORY_MODE_READONLY, copy,
                          [](void *p) { delete static_cast<QByteArray *>(p); });
}

// The plan of a subset of face to codePoints, unhinted (Qt writes its own TrueType from the
// outlines and the letters are drawn unhinted); null when HarfBuzz cannot make one.
hb_subset_plan_t *subsetPlan(hb_face_t *face, const QList<char32_t> &codePoints)
{
    hb_subset_input_t *input = hb_subset_input_create_or_fail();
    if (!input)
        return nullptr;
    hb_set_t *unicodes = hb_subset_input_unicode_set(input);
    for (const char32_t cp : codePoints)
        hb_set_add(unicodes, cp);
    hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING);
    hb_subset_plan_t *plan = hb_subset_plan_create_or_fail(face, input);
    hb_subset_input_destroy(input);
    return plan;
}

// Code point -> glyph in the subset of plan, each alias (alias -> code point) on its code point's
// glyph, sorted by code point: the cmap the subset gets (cmapTable).
QList<std::pair<char32_t, quint16>> cmapEntries(hb_subset_plan_t *plan,
                                                const QList<char32_t> &codePoints,
                                                const QHash<char32_t, char32_t> &aliases)
{
    const hb_map_t *unicodeToOld = hb_subset_plan_unicode_to_old_glyph_mapping(plan);
    const hb_map_t *oldToNew = hb_subset_plan_old_to_new_glyph_mapping(plan);
    QHash<char32_t, quint16> glyphs;
    for (const char32_t cp : codePoints) {
        const hb_codepoint_t old = hb_map_get(unicodeToOld, cp);
        const hb_codepoint_t glyph
            = old == HB_MAP_VALUE_INVALID ? HB_MAP_VALUE_INVALID : hb_map_get(oldToNew, old);
        if (glyph != HB_MAP_VALUE_INVALID && glyph != 0)
            glyphs.insert(cp, quint16(glyph));
    }
    QList<std::pair<char32_t, quint16>> cmap;
    for (auto it = glyphs.cbegin(); it != glyphs.cend(); ++it)
        cmap.append({it.key(), it.value()});
    for (auto it = aliases.cbegin(); it != aliases.cend(); ++it) {
        if (glyphs.contains(it.value()))
            cmap.append({it.key(), glyphs.value(it.value())});
    }
    std::sort(cmap.begin(), cmap.end());
    return cmap;
}

// The subset plan makes, read back from its bytes as a font file whose table directory lists
// its tables (HarfBuzz 6 cannot list those of the face it built); null when it fails.
hb_face_t *executed(hb_subset_plan_t *plan)
{
    hb_face_t *built = hb_subset_plan_execute_or_fail(plan);
    if (!built)
        return nullptr;
    hb_blob_t *file = hb_face_reference_blob(built);
    hb_face_destroy(built);
    hb_face_t *subset = hb_face_create(file, 0);
    hb_blob_destroy(file);
    return subset;
}

// The font file of subset's tables with name and cmap instead of its own: a name of its own, so
// it never passes for the installed font, and the cmap with the aliases.
QByteArray renamed(hb_face_t *subset, const QByteArray &name, const QByteArray &cmap)
{
    hb_face_t *builder = hb_face_builder_create();
    hb_tag_t tags[64];
    unsigned count = 64;
    hb_face_get_table_tags(subset, 0, &count, tags);
    for (unsigned i = 0; i < count; ++i) {
        if (tags[i] == HB_TAG('n', 'a', 'm', 'e') || tags[i] == HB_TAG('c', 'm', 'a', 'p'))
            continue;
        hb_blob_t *table = hb_face_reference_table(subset, tags[i]);
        hb_face_builder_add_table(builder, tags[i], table);
        hb_blob_destroy(table);
    }
    for (const auto &[tag, data] : {std::pair {HB_TAG('n', 'a', 'm', 'e'), name},
                                    std::pair {HB_TAG('c', 'm', 'a', 'p'), cmap}}) {
        hb_blob_t *table = blobOf(data);
        hb_face_builder_add_table(builder, tag, table);
        hb_blob_destroy(table);
    }
    hb_blob_t *font = hb_face_reference_blob(builder);
    unsigned length = 0;
    const char *bytes = hb_blob_get_data(font, &length);
    const QByteArray out(bytes, qsizetype(length));
    hb_blob_destroy(font);
    hb_face_destroy(builder);
    return out;
}

} // namespace

FontSubset::Source FontSubset::locate(const QString &family)
{
    Source found;
    FcPattern *pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FAMILY,
                       reinterpret_cast<const FcChar8 *>(family.toUtf8().constData()));
    FcObjectSet *objects = FcObjectSetBuild(FC_FILE, FC_INDEX, FC_WEIGHT, FC_SLANT, nullptr);
    FcFontSet *set = FcFontList(nullptr, pattern, objects);
    int bestDistance = 1 << 30;
    for (int i = 0; set && i < set->nfont; ++i) {
        FcChar8 *file = nullptr;
        int index = 0, weight = FC_WEIGHT_REGULAR, slant = FC_SLANT_ROMAN;
        if (FcPatternGetString(set->fonts[i], FC_FILE, 0, &file) != FcResultMatch)
            continue;
        FcPatternGetInteger(set->fonts[i], FC_INDEX, 0, &index);
        FcPatternGetInteger(set->fonts[i], FC_WEIGHT, 0, &weight);
        FcPatternGetInteger(set->fonts[i], FC_SLANT, 0, &slant);
        // The upright face nearest to regular (a variable font's named instances share a file).
        const int distance = std::abs(weight - FC_WEIGHT_REGULAR) + (slant != FC_SLANT_ROMAN) * 1000
            + (index >> 16) * 10000;
        if (distance < bestDistance) {
            bestDistance = distance;
            found.file = QByteArray(reinterpret_cast<const char *>(file));
            found.index = index & 0xffff;
        }
    }
    if (set)
        FcFontSetDestroy(set);
    FcObjectSetDestroy(objects);
    FcPatternDestroy(pattern);
    return found;
}

QString FontSubset::postscriptName(const Source &source)
{
    const OpenFont f = open(source);
    if (!f.face)
        return {};
    char name[128];
    unsigned size = sizeof name;
    if (hb_ot_name_get_utf8(f.face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &size, name)
        == 0)
        return {};
    return QString::fromUtf8(name, size);
}

QList<char32_t> FontSubset::covered(const Source &source, const QList<char32_t> &codePoints)
{
    QList<char32_t> out;
    const OpenFont f = open(source);
    if (!f.font)
        return out;
    for (const char32_t cp : codePoints) {
        hb_codepoint_t glyph = 0;
        if (hb_font_get_nominal_glyph(f.font, cp, &glyph) && glyph != 0)
            out.append(cp);
    }
    return out;
}

QList<QList<char32_t>> FontSubset::sharedGlyphs(const Source &source)
{
    static QMutex mutex;
    static QHash<QByteArray, QList<QList<char32_t>>> known;
    const QByteArray key = source.file + '#' + QByteArray::number(source.index);
    QMutexLocker lock(&mutex);
    if (const auto it = known.constFind(key); it != known.cend())
        return *it;
    const OpenFont f = open(source);
    // (glyph, code point) for every code point of the cmap, sorted: the code points of a glyph
    // are then neighbours, in ascending order. A sorted array rather than a hash of lists: the
    // fonts map up to 90,000 code points, and this is the first batch's wait.
    std::vector<std::pair<hb_codepoint_t, char32_t>> byGlyph;
    if (f.face) {
        hb_set_t *unicodes = hb_set_create();
        hb_face_collect_unicodes(f.face, unicodes);
        byGlyph.reserve(hb_set_get_population(unicodes));
        for (hb_codepoint_t cp = HB_SET_VALUE_INVALID; hb_set_next(unicodes, &cp);) {
            hb_codepoint_t glyph = 0;
            if (hb_font_get_nominal_glyph(f.font, cp, &glyph) && glyph != 0)
                byGlyph.emplace_back(glyph, char32_t(cp));
        }
        hb_set_destroy(unicodes);
    }
    std::sort(byGlyph.begin(), byGlyph.end());
    QList<QList<char32_t>> groups;
    for (size_t i = 0; i < byGlyph.size();) {
        size_t end = i + 1;
        while (end < byGlyph.size() && byGlyph[end].first == byGlyph[i].first)
            ++end;
        if (end - i > 1) {
            QList<char32_t> group;
            for (size_t k = i; k < end; ++k)
                group.append(byGlyph[k].second);
            groups.append(group);
        }
        i = end;
    }
    known.insert(key, groups);
    return groups;
}

QByteArray FontSubset::build(const Source &source, const QList<char32_t> &codePoints,
                             const QHash<char32_t, char32_t> &aliases, const QString &family,
                             const QString &postscript, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QByteArray();
    };
    const OpenFont f = open(source);
    if (!f.face)
        return fail(
            QStringLiteral("cannot read the font %1").arg(QString::fromLocal8Bit(source.file)));
    hb_subset_plan_t *plan = subsetPlan(f.face, codePoints);
    if (!plan)
        return fail(QStringLiteral("cannot subset the font %1").arg(family));
    const QList<std::pair<char32_t, quint16>> cmap = cmapEntries(plan, codePoints, aliases);
    hb_face_t *subset = executed(plan);
    hb_subset_plan_destroy(plan);
    if (!subset)
        return fail(QStringLiteral("cannot subset the font %1").arg(family));
    const QByteArray out = renamed(subset, nameTable(family, postscript), cmapTable(cmap));
    hb_face_destroy(subset);
    if (out.isEmpty())
        return fail(QStringLiteral("cannot subset the font %1").arg(family));
    return out;
}
