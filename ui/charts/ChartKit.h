#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

class QBarSet;
class QCategoryAxis;
class QChart;
class QObject;
class QValueAxis;

// What the dashboard's charts share: colours, a titled chart, and in-place updates of bar sets
// and axes (rebuilding bar items costs 15–20 ms per refresh on 34 regions; see bench/README.md).
namespace ChartKit {

inline const QColor kValidColor {0x3a, 0x7b, 0xd5};
inline const QColor kTargetColor {0xc9, 0xd3, 0xdf};
inline const QColor kPaceColor {0xc0, 0x39, 0x2b};

// A chart with a bold title font, small margins and the legend on top (its title is set by
// DashboardChart::setTitle).
QChart *newChart();
// A chart title's font: base in bold, one point larger. The ranking's heading outside its chart
// uses it too (every font size and weight costs the first window that shows it a font engine).
QFont titleFont(QFont base);

// Updates a bar set in place when the number of bars is unchanged (one light relayout per
// changed value instead of rebuilding every bar item), else replaces its values.
void setValues(QBarSet *set, const QList<qreal> &values);
void setRange(QValueAxis *axis, double min, double max);

// A count axis whose tick labels are countLabel()s.
QCategoryAxis *newCountAxis(QObject *parent = nullptr);
// 0 .. a round number above value, with ticks on round steps (1, 2, 2.5 or 5 × 10^k); a
// QCategoryAxis from newCountAxis() gets countLabel() tick labels.
void setNiceRange(QValueAxis *axis, double value);
// A count as an axis tick: "4,000,000", or "400万" in Chinese.
QString countLabel(double value);

// Keeps the start and the end of a long name (the end says what kind of body it is):
// "浙江2云帆…有限公司". Names of at most length characters are returned as they are.
QString shortName(const QString &name, int length = 10);

} // namespace ChartKit
