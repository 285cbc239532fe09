#include "io/XlsxWriter.h"
#include "db/DatabaseFiles.h"

#include <xlsxwriter.h>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFile>

#include <dlfcn.h>
#include <unistd.h>

#include <memory>
#include <mutex>
#include <vector>

namespace {
// libxlsxwriter zips its files with the system minizip, whose zipOpen/zipOpen3 symbols QuaZip
// (linked into the same program for reading .xlsx) also exports with other signatures: called
// directly, libxlsxwriter ends up in QuaZip's zip code and crashes in workbook_close(). So the
// library is loaded once into a link-map namespace of its own (dlmopen), where its symbols bind
// to its own dependencies, and called through these pointers.
struct LxwApi
{
    lxw_workbook *(*workbookNewOpt)(const char *, lxw_workbook_options *) = nullptr;
    lxw_worksheet *(*addWorksheet)(lxw_workbook *, const char *) = nullptr;
    lxw_format *(*addFormat)(lxw_workbook *) = nullptr;
    void (*setBold)(lxw_format *) = nullptr;
    lxw_error (*writeString)(lxw_worksheet *, lxw_row_t, lxw_col_t, const char *, lxw_format *)
        = nullptr;
    lxw_error (*writeNumber)(lxw_worksheet *, lxw_row_t, lxw_col_t, double, lxw_format *) = nullptr;
    lxw_error (*writeBoolean)(lxw_worksheet *, lxw_row_t, lxw_col_t, int, lxw_format *) = nullptr;
    lxw_error (*validateSheetName)(lxw_workbook *, const char *) = nullptr;
    lxw_error (*close)(lxw_workbook *) = nullptr;
    char *(*strError)(lxw_error) = nullptr;
    char ***libcEnviron = nullptr; // the namespace's libc's `environ` (see LibraryEnvironment)
    QString loadError;
};

// The namespace holds a second copy of libc with its own `environ`, which the loader pointed at
// the program's environment array of that moment. glibc's setenv() grows that array with
// realloc() and frees the one it had allocated before, so once the program has set a variable
// before the load and sets another after it (the mail password, a test's variable …), the
// library's libc walks freed memory whenever it reads a variable: workbook_close() asks for
// TMPDIR (tmpfileplus) and crashes. So the library's libc gets a copy of the environment owned
// here, which the program's setenv() never frees, taken again before each workbook when the
// environment changed. Earlier copies are kept, as a workbook of another thread may be reading
// one; there is one per change of the environment between two workbooks.
class LibraryEnvironment
{
public:
    static void sync(char ***libraryEnviron)
    {
        if (!libraryEnviron)
            return;
        static std::mutex mutex;
        static std::vector<std::unique_ptr<LibraryEnvironment>> copies;
        const std::lock_guard lock(mutex);
        QList<QByteArray> now;
        for (char **e = ::environ; e && *e; ++e)
            now.append(QByteArray(*e));
        if (!copies.empty() && copies.back()->m_strings == now
            && *libraryEnviron == copies.back()->m_pointers.data())
            return;
        auto copy = std::make_unique<LibraryEnvironment>();
        copy->m_strings = now;
        for (QByteArray &s : copy->m_strings)
            copy->m_pointers.push_back(s.data());
        copy->m_pointers.push_back(nullptr);
        *libraryEnviron = copy->m_pointers.data();
        copies.push_back(std::move(copy));
    }

private:
    QList<QByteArray> m_strings;
    std::vector<char *> m_pointers;
};

const LxwApi &lxw()
{
    static LxwApi api;
    static std::once_flag once;
    std::call_once(once, [] {
        void *handle = nullptr;
        for (const char *name : {"libxlsxwriter.so.4", "libxlsxwriter.so"}) {
            handle = dlmopen(LM_ID_NEWLM, name, RTLD_NOW | RTLD_LOCAL);
            if (handle)
                break;
        }
        if (!handle) {
            api.loadError = QString::fromLocal8Bit(dlerror());
            return;
        }
        const auto bind = [handle](auto &fn, const char *symbol) {
            fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(dlsym(handle, symbol));
            return fn != nullptr;
        };
        const bool ok = bind(api.workbookNewOpt, "workbook_new_opt")
            && bind(api.addWorksheet, "workbook_add_worksheet")
            && bind(api.addFormat, "workbook_add_format") && bind(api.setBold, "format_set_bold")
            && bind(api.writeString, "worksheet_write_string")
            && bind(api.writeNumber, "worksheet_write_number")
            && bind(api.writeBoolean, "worksheet_write_boolean")
            && bind(api.validateSheetName, "workbook_validate_sheet_name")
            && bind(api.close, "workbook_close") && bind(api.strError, "lxw_strerror");
        // Found in the library's dependencies, i.e. its own libc; absent only with another libc.
        bind(api.libcEnviron, "environ");
        if (!ok) {
            api.loadError = QStringLiteral("libxlsxwriter lacks a function");
            api.close = nullptr;
        }
    });
    return api;
}
} // namespace

XlsxWriter::XlsxWriter() = default;

XlsxWriter::~XlsxWriter()
{
    if (m_workbook)
        close();
}

bool XlsxWriter::open(const QString &path)
{
    m_path = path;
    m_error.clear();
    m_row = 0;
    m_sheets = 0;
    m_sheet = nullptr;
    if (const QString refusal = DatabaseFiles::refusal(path); !refusal.isEmpty()) {
        m_error = refusal;
        return false;
    }
    lxw_workbook_options options {};
    options.constant_memory = m_constantMemory ? LXW_TRUE : LXW_FALSE;
    options.tmpdir = nullptr;
    options.use_zip64 = LXW_TRUE;
    LibraryEnvironment::sync(lxw().libcEnviron);
    m_workbook = lxw().close ? lxw().workbookNewOpt(QFile::encodeName(path).constData(), &options)
                             : nullptr;
    if (!m_workbook) {
        m_error = lxw().loadError.isEmpty() ? tr("cannot create %1").arg(path)
                                            : tr("cannot create %1: %2").arg(path, lxw().loadError);
        return false;
    }
    m_bold = lxw().addFormat(m_workbook);
    lxw().setBold(m_bold);
    return true;
}

bool XlsxWriter::check(int lxwError)
{
    if (lxwError == LXW_NO_ERROR)
        return true;
    if (m_error.isEmpty())
        m_error = tr("cannot write %1: %2")
                      .arg(m_path, QString::fromUtf8(lxw().strError(lxw_error(lxwError))));
    return false;
}

bool XlsxWriter::addSheet(const QString &name)
{
    if (!m_workbook)
        return false;
    QString sheetName = name;
    const QByteArray utf8 = sheetName.toUtf8();
    const lxw_error nameError = lxw().validateSheetName(m_workbook, utf8.constData());
    if (nameError != LXW_NO_ERROR)
        return check(nameError);
    m_sheet = lxw().addWorksheet(m_workbook, utf8.constData());
    if (!m_sheet) {
        m_error = tr("cannot add sheet %1").arg(name);
        return false;
    }
    ++m_sheets;
    m_row = 0;
    return true;
}

bool XlsxWriter::ensureSheet()
{
    if (!m_workbook)
        return false;
    if (m_sheet)
        return true;
    m_sheet = lxw().addWorksheet(m_workbook, nullptr);
    ++m_sheets;
    m_row = 0;
    return m_sheet != nullptr;
}

bool XlsxWriter::writeHeader(const QStringList &cells)
{
    if (!ensureSheet())
        return false;
    for (int c = 0; c < cells.size(); ++c) {
        if (!check(lxw().writeString(m_sheet, m_row, lxw_col_t(c), cells.at(c).toUtf8().constData(),
                                     m_bold)))
            return false;
    }
    ++m_row;
    return true;
}

bool XlsxWriter::writeRow(const QVariantList &cells)
{
    if (!ensureSheet())
        return false;
    for (int c = 0; c < cells.size(); ++c) {
        const QVariant &v = cells.at(c);
        const lxw_col_t col = lxw_col_t(c);
        lxw_error e = LXW_NO_ERROR;
        if (v.isNull()) {
            continue;
        }
        switch (v.metaType().id()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Long:
        case QMetaType::ULong:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Double:
        case QMetaType::Float:
            e = lxw().writeNumber(m_sheet, m_row, col, v.toDouble(), nullptr);
            break;
        case QMetaType::Bool:
            e = lxw().writeBoolean(m_sheet, m_row, col, v.toBool() ? 1 : 0, nullptr);
            break;
        case QMetaType::QDate:
            e = lxw().writeString(
                m_sheet, m_row, col,
                v.toDate().toString(QStringLiteral("yyyy-MM-dd")).toUtf8().constData(), nullptr);
            break;
        default:
            e = lxw().writeString(m_sheet, m_row, col, v.toString().toUtf8().constData(), nullptr);
        }
        if (!check(e))
            return false;
    }
    ++m_row;
    return true;
}

bool XlsxWriter::writeRow(const QStringList &cells)
{
    QVariantList values;
    values.reserve(cells.size());
    for (const QString &s : cells)
        values.append(s);
    return writeRow(values);
}

QString XlsxWriter::close()
{
    if (!m_workbook)
        return m_error;
    ensureSheet(); // a workbook needs at least one sheet
    LibraryEnvironment::sync(lxw().libcEnviron); // close() reads TMPDIR
    const lxw_error e = lxw().close(m_workbook);
    m_workbook = nullptr;
    m_sheet = nullptr;
    check(e);
    return m_error;
}
