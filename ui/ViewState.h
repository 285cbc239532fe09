#pragma once

class QSettings;
class QWidget;

// Remembers how the user arranged a window's views: the sizes of every named QSplitter and the
// column widths, order and sort column of every named table or tree header below a widget,
// each under its objectName in a settings group. Views without an objectName are left alone.
class ViewState
{
public:
    static void save(const QWidget *root, QSettings &settings);
    static void restore(QWidget *root, const QSettings &settings);
};
