#include "progress/BulletinRenderer.h"

#include "db/DatabaseFiles.h"
#include "letters/LetterRenderer.h"
#include "letters/PdfFontSet.h"
#include "progress/ProgressExport.h"

#include <QFile>
#include <QFileInfo>
#include <QFontMetrics>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <thread>

namespace {

constexpr int kMargin = 48;
const QColor kAccent(0xb7, 0x1c, 0x1c);
const QColor kInk(0x21, 0x21, 0x21);
const QColor kStripe(0xf5, 0xf0, 0xe8);

// The families of the PDF being written in this thread (a PdfFontSet's), else the letters'.
thread_local QStringList pdfFamilies;
// Where line() adds each text it is given, when set: every text the bulletin draws, for its
// PdfFontSet.
thread_local QString *drawnText = nullptr;

QFont font(int pixels, bool bold = false)
{
    QFont f = pdfFamilies.isEmpty() ? LetterRenderer::letterFont()
                                    : LetterRenderer::fontFor(pdfFamilies);
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

QString number(qint64 n)
{
    return QLocale(QLocale::Chinese, QLocale::China).toString(n);
}

QString percent(qint64 valid, qint64 target)
{
    const QString p = Percent::text(valid, target);
    return p.isEmpty() ? QStringLiteral("—") : p + QLatin1Char('%');
}

struct Column
{
    QString title;
    double width; // share of the table's width
    Qt::Alignment align;
};

// Draws (or measures, without painter) a line of text at y in the box [x, x+w); returns its
// height. Too long a text is elided, never wrapped: every row keeps one line.
int line(QPainter *p, int y, int x, int w, const QString &text, const QFont &f,
         Qt::Alignment align = Qt::AlignLeft, const QColor &color = kInk)
{
    const QFontMetrics fm(f);
    const int h = fm.height() + 14;
    if (drawnText)
        drawnText->append(fm.elidedText(text, Qt::ElideRight, w));
    if (p) {
        p->setFont(f);
        p->setPen(color);
        p->drawText(QRect(x, y, w, h), int(align | Qt::AlignVCenter),
                    fm.elidedText(text, Qt::ElideRight, w));
    }
    return h;
}

int table(QPainter *p, int y, const QString &title, const QList<Column> &columns,
          const QList<QStringList> &rows)
{
    const int width = BulletinRenderer::kWidth - 2 * kMargin;
    y += 24 + line(p, y + 24, kMargin, width, title, font(34, true), Qt::AlignLeft, kAccent);
    auto row = [&](const QStringList &cells, const QFont &f, bool stripe) {
        const int h = QFontMetrics(f).height() + 14;
        if (p && stripe)
            p->fillRect(QRect(kMargin, y, width, h), kStripe);
        int x = kMargin + 8;
        for (int c = 0; c < columns.size(); ++c) {
            const int w = int(columns.at(c).width * (width - 16));
            line(p, y, x, w - 8, cells.value(c), f, columns.at(c).align);
            x += w;
        }
        y += h;
    };
    QStringList head;
    for (const Column &c : columns)
        head.append(c.title);
    row(head, font(26, true), false);
    for (int r = 0; r < rows.size(); ++r)
        row(rows.at(r), font(28), r % 2 == 0);
    if (rows.isEmpty())
        y += line(p, y, kMargin + 8, width, QStringLiteral("（无）"), font(28));
    return y;
}

QList<Column> figureColumns(const QString &first, bool withUnits)
{
    QList<Column> c {{first, withUnits ? 0.40 : 0.52, Qt::AlignLeft}};
    if (withUnits)
        c.append({QStringLiteral("单位数"), 0.12, Qt::AlignRight});
    c.append({QStringLiteral("有效样本"), 0.18, Qt::AlignRight});
    c.append({QStringLiteral("目标"), 0.16, Qt::AlignRight});
    c.append({QStringLiteral("完成率"), 0.14, Qt::AlignRight});
    return c;
}

QList<QStringList> figureRows(const QList<BulletinRow> &rows, bool withUnits, bool regionNames)
{
    QList<QStringList> out;
    for (const BulletinRow &r : rows) {
        QStringList cells {regionNames ? ProgressExport::regionName(r.name) : r.name};
        if (withUnits)
            cells.append(QString::number(r.units));
        cells << number(r.valid) << number(r.target) << percent(r.valid, r.target);
        out.append(cells);
    }
    return out;
}

int header(QPainter *p, int y, const BulletinData &d)
{
    const int width = BulletinRenderer::kWidth - 2 * kMargin;
    if (p)
        p->fillRect(QRect(0, 0, BulletinRenderer::kWidth, 250), kAccent);
    y += line(p, y, kMargin, width, d.title, font(40, true), Qt::AlignLeft, Qt::white);
    y += line(p, y, kMargin, width, QStringLiteral("每日进度通报"), font(56, true), Qt::AlignLeft,
              Qt::white);
    const QString day = d.dayNumber > 0
        ? QStringLiteral("%1　调查第 %2 天 / 共 %3 天")
              .arg(d.date.toString(Qt::ISODate))
              .arg(d.dayNumber)
              .arg(d.windowDays)
        : QStringLiteral("%1　调查尚未开始").arg(d.date.toString(Qt::ISODate));
    y += line(p, y, kMargin, width, day, font(30), Qt::AlignLeft, Qt::white);
    return std::max(y, 250) + 16;
}

int summary(QPainter *p, int y, const BulletinData &d)
{
    const int width = BulletinRenderer::kWidth - 2 * kMargin;
    y += line(p, y, kMargin, width,
              QStringLiteral("累计有效样本 %1 / 目标 %2（完成 %3）")
                  .arg(number(d.valid), number(d.target), percent(d.valid, d.target)),
              font(36, true));
    y += line(p, y, kMargin, width,
              QStringLiteral("当日新增 %1　当日报送单位 %2 / %3")
                  .arg(number(d.today))
                  .arg(d.reportedToday)
                  .arg(d.units),
              font(30));
    return y;
}

} // namespace

int BulletinRenderer::paint(QPainter *p, const BulletinData &d)
{
    int y = header(p, 24, d);
    y = summary(p, y, d);
    QList<QStringList> top;
    for (int i = 0; i < d.top.size(); ++i) {
        const BulletinRow &r = d.top.at(i);
        top.append({QString::number(i + 1), r.name, number(r.valid), percent(r.valid, r.target)});
    }
    y = table(p, y, QStringLiteral("有效样本前 %1 名单位").arg(d.top.size()),
              {{QStringLiteral("名次"), 0.10, Qt::AlignLeft},
               {QStringLiteral("单位"), 0.56, Qt::AlignLeft},
               {QStringLiteral("有效样本"), 0.18, Qt::AlignRight},
               {QStringLiteral("完成率"), 0.16, Qt::AlignRight}},
              top);
    y = table(p, y, QStringLiteral("各地区进度"), figureColumns(QStringLiteral("地区"), true),
              figureRows(d.regions, true, true));
    y = table(p, y, QStringLiteral("省市核心一级发起单位（含所属单位）"),
              figureColumns(QStringLiteral("发起单位"), true), figureRows(d.groups, true, false));
    const QString behind = d.behindTotal > d.behind.size()
        ? QStringLiteral("进度落后单位（共 %1 个，列出最落后的 %2 个）")
              .arg(d.behindTotal)
              .arg(d.behind.size())
        : QStringLiteral("进度落后单位（共 %1 个）").arg(d.behindTotal);
    y = table(p, y, behind, figureColumns(QStringLiteral("单位"), false),
              figureRows(d.behind, false, false));
    y += line(p, y + 16, kMargin, kWidth - 2 * kMargin, QStringLiteral("调查活动组委会秘书处"),
              font(26), Qt::AlignRight);
    return y + 16 + kMargin;
}

QImage BulletinRenderer::image(const BulletinData &data)
{
    QImage img(kWidth, paint(nullptr, data), QImage::Format_RGB32);
    img.setDevicePixelRatio(1);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setRenderHint(QPainter::Antialiasing);
    paint(&p, data);
    return img;
}

QString BulletinRenderer::writePdf(const QString &path, const BulletinData &data)
{
    // Characters outside the BMP (a rare character in a unit's name) from fonts that keep them
    // in the text layer; drawn in a thread of its own, as LetterRenderer does with such fonts.
    QString text;
    drawnText = &text;
    paint(nullptr, data);
    drawnText = nullptr;
    const PdfFontSet fonts(LetterRenderer::pdfFontFamilies()
                               + LetterRenderer::rareCharacterFamilies(),
                           text, PdfFontSet::Cover::OutsideBmp);
    QString problem;
    if (fonts.aliases().isEmpty()) {
        problem = writePdfWith(path, data);
    } else {
        std::thread worker([&] {
            pdfFamilies = fonts.families();
            problem = writePdfWith(path, data);
        });
        worker.join();
    }
    // Also where nothing lies outside the BMP: glyphs shared by two code points (PdfFontSet).
    if (problem.isEmpty() && !fonts.finish(path, &problem))
        QFile::remove(path);
    return problem;
}

QString BulletinRenderer::writePdfWith(const QString &path, const BulletinData &data)
{
    // 1080 layout pixels across an A4 width: the resolution that makes them so.
    constexpr double kA4WidthMm = 210.0;
    const int dpi = qRound(kWidth / (kA4WidthMm / 25.4));
    const double heightMm = paint(nullptr, data) * 25.4 / dpi;
    QPdfWriter pdf(path);
    pdf.setResolution(dpi);
    pdf.setPageSize(QPageSize(QSizeF(kA4WidthMm, heightMm), QPageSize::Millimeter));
    pdf.setPageMargins(QMarginsF());
    pdf.setTitle(data.title + QStringLiteral(" 每日进度通报 ") + data.date.toString(Qt::ISODate));
    QPainter p;
    if (!p.begin(&pdf))
        return tr("cannot write %1").arg(path);
    paint(&p, data);
    return p.end() ? QString() : tr("cannot write %1").arg(path);
}

QString BulletinRenderer::write(const QString &path, const BulletinData &data)
{
    if (const QString refusal = DatabaseFiles::refusal(path); !refusal.isEmpty())
        return refusal;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return writePdf(path, data);
    if (suffix != QLatin1String("png"))
        return tr("%1: the bulletin is written as .png or .pdf").arg(path);
    return image(data).save(path, "PNG") ? QString() : tr("cannot write %1").arg(path);
}
