#include "pages/DashboardHeadline.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

DashboardHeadline::DashboardHeadline(QWidget *parent)
    : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 4, 0, 4);
    const QStringList titles = {tr("Valid samples"), tr("Share of overall target"),
                                tr("Units reporting"), tr("Suggestions"), tr("Projected final")};
    for (const QString &title : titles) {
        auto *card = new QFrame(this);
        card->setObjectName(QStringLiteral("headlineCard"));
        card->setFrameShape(QFrame::StyledPanel);
        card->setStyleSheet(
            QStringLiteral("#headlineCard { background: palette(base); border: 1px solid #d5dbe3;"
                           " border-radius: 6px; }"));
        auto *v = new QVBoxLayout(card);
        v->setContentsMargins(12, 6, 12, 6);
        v->setSpacing(0);
        auto *caption = new QLabel(title, card);
        caption->setStyleSheet(QStringLiteral("color: #5b6675;"));
        auto *value = new QLabel(card);
        QFont f = value->font();
        f.setPointSizeF(f.pointSizeF() * 1.8);
        f.setBold(true);
        value->setFont(f);
        value->setStyleSheet(QStringLiteral("color: #1f3b5c;"));
        auto *note = new QLabel(card);
        note->setStyleSheet(QStringLiteral("color: #5b6675;"));
        v->addWidget(caption);
        v->addWidget(value);
        v->addWidget(note);
        m_figures << value;
        m_notes << note;
        row->addWidget(card, 1);
    }
}

void DashboardHeadline::setData(const ProgressSnapshot *s, const ProgressTotals &t)
{
    if (!s) {
        for (QLabel *l : std::as_const(m_figures))
            l->setText(QStringLiteral("–"));
        for (QLabel *l : std::as_const(m_notes))
            l->clear();
        return;
    }
    const QLocale locale;
    m_figures[0]->setText(locale.toString(t.valid));
    m_notes[0]->setText(tr("%n unit(s)", nullptr, t.units));
    m_figures[1]->setText(t.target > 0 ? Percent::text(t.valid, t.target) + QLatin1Char('%')
                                       : QStringLiteral("–"));
    m_notes[1]->setText(tr("of %1").arg(locale.toString(t.target)));
    m_figures[2]->setText(QStringLiteral("%1 / %2").arg(t.reportedOnAsOfDay).arg(t.units));
    m_notes[2]->setText(s->asOfIndex >= 0 ? tr("on %1").arg(s->asOfDay().toString(Qt::ISODate))
                                          : tr("nothing reported yet"));
    m_figures[3]->setText(locale.toString(t.suggestions));
    m_notes[3]->setText(tr("opinions collected"));
    m_figures[4]->setText(locale.toString(t.forecast));
    m_notes[4]->setText(tr("%n unit(s) behind pace", nullptr, t.behindPace));
}

QStringList DashboardHeadline::texts() const
{
    QStringList out;
    for (int i = 0; i < m_figures.size(); ++i)
        out << m_figures.at(i)->text() + QLatin1Char(' ') + m_notes.at(i)->text();
    return out;
}
