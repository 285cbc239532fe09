#include "charts/ChartKit.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

#include <cmath>

namespace ChartKit {

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setTitleFont(titleFont(chart->titleFont()));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(4);
    // On top: the room below the plot area is the category names' (CategoryLabels).
    chart->legend()->setAlignment(Qt::AlignTop);
    return chart;
}

QFont titleFont(QFont base)
{
    base.setBold(true);
    base.setPointSizeF(base.pointSizeF() + 1);
    return base;
}

void setValues(QBarSet *set, const QList<qreal> &values)
{
    if (set->count() == values.size()) {
        for (int i = 0; i < values.size(); ++i) {
            if (set->at(i) != values.at(i))
                set->replace(i, values.at(i));
        }
        return;
    }
    set->remove(0, set->count());
    set->append(values);
}

void setRange(QValueAxis *axis, double min, double max)
{
    if (axis->min() != min || axis->max() != max)
        axis->setRange(min, max);
}

QCategoryAxis *newCountAxis(QObject *parent)
{
    auto *axis = new QCategoryAxis(parent);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    return axis;
}

void setNiceRange(QValueAxis *axis, double value)
{
    value = qMax(10.0, value * 1.04);
    const double rough = value / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= rough)
            break;
    }
    const double top = std::ceil(value / step) * step;
    setRange(axis, 0, top);
    const int ticks = int(std::lround(top / step)) + 1;
    if (axis->tickCount() != ticks)
        axis->setTickCount(ticks);
    // A category axis carries its own tick labels: counts with digit grouping, or in 万 in
    // Chinese ("400万" rather than "4000000").
    if (auto *labelled = qobject_cast<QCategoryAxis *>(axis)) {
        QStringList labels;
        for (int i = 0; i < ticks; ++i)
            labels << countLabel(i * step);
        if (labelled->categoriesLabels() != labels) {
            for (const QString &label : labelled->categoriesLabels())
                labelled->remove(label);
            labelled->setStartValue(-top / 1000);
            for (int i = 0; i < ticks; ++i)
                labelled->append(labels.at(i), i * step);
        }
    }
}

QString countLabel(double value)
{
    const QLocale locale;
    if (locale.language() == QLocale::Chinese && std::abs(value) >= 10000)
        return QCoreApplication::translate("ChartKit", "%1 × 10,000", "axis tick")
            .arg(locale.toString(value / 10000, 'g', 6));
    return locale.toString(value, 'f', 0);
}

QString shortName(const QString &name, int length)
{
    if (name.size() <= length)
        return name;
    const int tail = (length - 1) / 2;
    return name.left(length - 1 - tail) + QChar(0x2026) + name.right(tail);
}

} // namespace ChartKit
