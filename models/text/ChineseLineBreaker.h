#pragma once

#include <QFontMetricsF>
#include <QList>
#include <QString>
#include <QStringList>

// Where a title of Chinese may break between lines: between words, never inside one. Qt's line
// breaking (Unicode UAX #14, QTextBoundaryFinder::Line) allows a break between any two Han
// characters, as it has no dictionary, so a poster title broke as 满意度调 / 查活动. This keeps
// the words of the survey's own vocabulary together (greedy longest match against a short
// lexicon, see kWords in the .cpp), and otherwise breaks where Qt would (not before a closing
// mark, not inside a Latin word or number).
class ChineseLineBreaker
{
public:
    // Offsets into text (1 … size()-1) before which a line may begin.
    static QList<int> breakPositions(const QString &text);
    // text in as few lines of at most width (in metrics' units) as the allowed breaks give,
    // the breaks chosen so the lines are as even as they can be (a title of two lines halves
    // rather than leaving one word on the second). A word wider than width has a line of its
    // own. Trailing spaces of a line are dropped.
    static QStringList lines(const QString &text, const QFontMetricsF &metrics, double width);
};
