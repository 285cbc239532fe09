#pragma once

#include "common/Problem.h"
#include "domain/Unit.h"
#include "forms/FormData.h"

#include <QCoreApplication>

// The information form as a file: .docx (what units fill in, in Word or WPS; forms/DocxForm*)
// or .xlsx (one sheet "信息表": label and value rows, then each sub-table under its title and
// header; io/XlsxWriter and io/XlsxReader). The format follows the file name's extension.
class FormFile
{
    Q_DECLARE_TR_FUNCTIONS(FormFile)
public:
    enum class Format { Docx, Xlsx, Unknown };
    static Format formatOf(const QString &path);

    // The form's text for record (blank when record.unit.id is 0 and it holds nothing):
    // region as its full name (广东省), kind and sort as the form's options, the parent by
    // name, phones as stored.
    static FormData fromRecord(const UnitRecord &record, int year, const QString &parentName);

    // Writes data to path; returns an error message, empty on success.
    static QString write(const QString &path, const FormData &data);

    // Reads a filled-in form. Problems say what makes the file unusable, as
    // {path, 0, field, message}: "file" when it cannot be read or holds no form, a field's key
    // when a label the form must have (FormLayout::FieldSpec::required) is missing.
    static FormData read(const QString &path, Problems *problems);
};
