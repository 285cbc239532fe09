#include "text/ChineseLineBreaker.h"

#include <QTextBoundaryFinder>

#include <algorithm>
#include <limits>

namespace {
// Words of the campaign's titles and posters that must not be split; the longest match wins
// (网络安全感 before 网络). Add words here as new titles need them.
const QStringList kWords = {
    QStringLiteral("网络安全感"), QStringLiteral("网络安全"), QStringLiteral("满意度"),
    QStringLiteral("调查活动"),   QStringLiteral("问卷调查"), QStringLiteral("网民"),
    QStringLiteral("网络"),       QStringLiteral("安全感"),   QStringLiteral("调查"),
    QStringLiteral("活动"),       QStringLiteral("问卷"),     QStringLiteral("全国"),
    QStringLiteral("公众"),       QStringLiteral("从业人员"), QStringLiteral("年度"),
    QStringLiteral("扫码"),       QStringLiteral("参与"),     QStringLiteral("入口"),
    QStringLiteral("海报"),       QStringLiteral("发起单位"), QStringLiteral("支持单位"),
    QStringLiteral("联合"),       QStringLiteral("组织"),     QStringLiteral("委员会"),
    QStringLiteral("协会"),       QStringLiteral("研究"),     QStringLiteral("报告"),
};

// Length of the longest lexicon word at position i, 0 when none.
int wordAt(const QString &text, int i)
{
    int best = 0;
    for (const QString &w : kWords) {
        if (w.size() > best && QStringView(text).mid(i).startsWith(w))
            best = int(w.size());
    }
    return best;
}

double widthOf(const QFontMetricsF &metrics, const QString &text)
{
    return metrics.horizontalAdvance(text);
}
} // namespace

QList<int> ChineseLineBreaker::breakPositions(const QString &text)
{
    QList<bool> inside(text.size() + 1, false);
    for (int i = 0; i < text.size();) {
        const int len = wordAt(text, i);
        for (int k = 1; k < len; ++k)
            inside[i + k] = true;
        i += qMax(1, len);
    }
    QList<int> positions;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
    for (int at = finder.toNextBoundary(); at > 0 && at < text.size();
         at = finder.toNextBoundary()) {
        if (!inside.at(at))
            positions.append(at);
    }
    return positions;
}

QStringList ChineseLineBreaker::lines(const QString &text, const QFontMetricsF &metrics,
                                      double width)
{
    // Dynamic programming over the allowed breaks: fewest lines first, then the smallest
    // widest line (even lines), so the choice is the same at every font size.
    QList<int> cuts = breakPositions(text);
    cuts.prepend(0);
    cuts.append(int(text.size()));
    const int n = int(cuts.size());
    const auto line = [&](int from, int to) {
        return text.mid(cuts[from], cuts[to] - cuts[from]).trimmed();
    };
    struct Best
    {
        int lines = std::numeric_limits<int>::max();
        double widest = 0;
        int from = -1;
    };
    QList<Best> best(n);
    best[0] = {0, 0, -1};
    for (int to = 1; to < n; ++to) {
        for (int from = 0; from < to; ++from) {
            if (best[from].lines == std::numeric_limits<int>::max())
                continue;
            const double w = widthOf(metrics, line(from, to));
            if (w > width && to - from > 1)
                continue; // too wide, and it could be broken further
            const Best candidate {best[from].lines + 1, std::max(best[from].widest, w), from};
            if (candidate.lines < best[to].lines
                || (candidate.lines == best[to].lines && candidate.widest < best[to].widest))
                best[to] = candidate;
        }
    }
    QStringList out;
    for (int to = n - 1; to > 0; to = best[to].from)
        out.prepend(line(best[to].from, to));
    return out;
}
