#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantList>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

// Writes .xlsx workbooks through libxlsxwriter: sheets of rows, numbers stored as numbers, a bold
// header row. Text is written as text, so tokens like "00123" keep their zeros.
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    XlsxWriter();
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    // Rows written one after the other and straight to a temporary file (libxlsxwriter's
    // constant_memory mode): memory stays a few MB however many rows, for exports of a million
    // rows. Set before open(); a sheet's rows must then come in order (they do here).
    void setConstantMemory(bool on) { m_constantMemory = on; }
    bool open(const QString &path);
    // Starts a new sheet; later rows go to it. A sheet is added by the first write if none is.
    bool addSheet(const QString &name);
    // The header row of the current sheet, in bold.
    bool writeHeader(const QStringList &cells);
    // Numbers (int, double, ...) become numeric cells, booleans TRUE/FALSE, dates yyyy-MM-dd text,
    // everything else text; a null QVariant leaves the cell empty.
    bool writeRow(const QVariantList &cells);
    bool writeRow(const QStringList &cells);
    // Finishes the file; returns an error message, empty on success.
    QString close();
    QString errorString() const { return m_error; }

private:
    bool ensureSheet();
    bool check(int lxwError);

    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    quint32 m_row = 0;
    bool m_constantMemory = false;
    int m_sheets = 0;
    QString m_path;
    QString m_error;
};
