#!/usr/bin/python3
"""Writes twins.txt: the code points each font the program draws PDFs with maps to one glyph.

Qt 6.4's PDF writer gives such a glyph the lowest of its code points as its text, so a PDF drawn
in Noto Sans CJK reads the Kangxi radical ⼈ (U+2F08) where the text says 人 (U+4EBA).
tests/tst_pdf_text writes every member of these groups into each kind of PDF and reads it back.

Read from the fonts' cmaps with fontTools (python3-fonttools), independently of the program's
own reading (HarfBuzz, models/letters/FontSubset::sharedGlyphs). Run after a font changes:
    /usr/bin/python3 tests/data/pdf/make_twins.py > tests/data/pdf/twins.txt
One line per group: the family, a tab, the code points (U+XXXX) separated by spaces.
"""
import collections
import subprocess

from fontTools.ttLib import TTCollection, TTFont

# Every family a PDF is drawn with (LetterRenderer::pdfFontFamilies, rareCharacterFamilies,
# PosterRenderer's and TableExport's).
FAMILIES = ["AR PL UMing CN", "WenQuanYi Zen Hei", "Noto Sans CJK SC", "HanaMinA", "HanaMinB",
            "BabelStone Han"]


def located(family):
    out = subprocess.run(["fc-match", "-f", "%{file}\t%{index}\t%{family}", family],
                         capture_output=True, text=True, check=True).stdout
    path, index, families = out.split("\t")
    return (path, int(index)) if family in families.split(",") else None


def font(path, index):
    return TTCollection(path).fonts[index] if path.endswith(".ttc") else TTFont(path)


for family in FAMILIES:
    where = located(family)
    if not where:
        continue
    by_glyph = collections.defaultdict(list)
    for cp, glyph in font(*where).getBestCmap().items():
        by_glyph[glyph].append(cp)
    for group in sorted(sorted(g) for g in by_glyph.values() if len(g) > 1):
        print(family + "\t" + " ".join("U+%04X" % c for c in group))
