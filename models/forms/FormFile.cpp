#include "forms/FormFile.h"

#include "domain/Regions.h"
#include "forms/DocxFormReader.h"
#include "forms/DocxFormWriter.h"
#include "forms/FormInterpreter.h"
#include "io/XlsxReader.h"
#include "io/XlsxWriter.h"

#include <QDir>
#include <QFileInfo>

namespace {
using Table = FormLayout::Table;
using Field = FormLayout::Field;

QHash<QString, QString> recommendedRow(const RecommendedUnit &r, bool supporting)
{
    QHash<QString, QString> row {{QStringLiteral("name"), r.name},
                                 {QStringLiteral("contact"), r.contact},
                                 {QStringLiteral("phone"), r.phone},
                                 {QStringLiteral("position"), r.position}};
    if (supporting) {
        row.insert(QStringLiteral("sort"),
                   FormLayout::sortOptions().value(int(DomainNames::unitSorts().indexOf(r.sort))));
        row.insert(QStringLiteral("core"), r.core ? QStringLiteral("是") : QStringLiteral("否"));
    }
    return row;
}

QString expertFieldName(ExpertField f)
{
    static const QStringList names
        = {QStringLiteral("宣传策划"), QStringLiteral("问卷设计"), QStringLiteral("报告撰写"),
           QStringLiteral("数据处理"), QStringLiteral("其他")};
    return names.value(int(DomainNames::expertFields().indexOf(f)));
}

QString writeXlsx(const QString &path, const FormData &d)
{
    XlsxWriter w;
    if (!w.open(path) || !w.addSheet(QStringLiteral("信息表")))
        return w.errorString();
    w.writeHeader({FormLayout::formTitle(d.year)});
    w.writeHeader({FormLayout::formSubtitle()});
    w.writeRow(QStringList {QStringLiteral(
        "填写说明：在第二列填写；单位类型、单位性质填所列选项之一；各推荐表可增删行。")});
    w.writeRow(QStringList {});
    for (const FormLayout::FieldSpec &s : FormLayout::fields()) {
        QVariantList row {s.label};
        const QString v = d.fields.value(s.key);
        if (s.field == Field::Target && !v.isEmpty())
            row << v.toLongLong();
        else
            row << v;
        if (s.field == Field::Kind)
            row << QStringLiteral("（%1）").arg(
                FormLayout::kindOptions().join(QStringLiteral(" / ")));
        else if (s.field == Field::Sort)
            row << QStringLiteral("（%1）").arg(
                FormLayout::sortOptions().join(QStringLiteral(" / ")));
        w.writeRow(row);
    }
    for (Table t : {Table::Initiating, Table::Supporting, Table::Gifts, Table::Experts}) {
        w.writeRow(QStringList {});
        w.writeHeader({FormLayout::tableTitle(t)});
        QStringList header;
        const QList<FormLayout::ColumnSpec> columns = FormLayout::columns(t);
        for (const FormLayout::ColumnSpec &c : columns)
            header << c.label;
        w.writeHeader(header);
        for (const QHash<QString, QString> &r : d.tables.value(t)) {
            QVariantList row;
            for (const FormLayout::ColumnSpec &c : columns) {
                const QString v = r.value(c.key);
                if (c.key == QLatin1String("quantity") && !v.isEmpty())
                    row << v.toLongLong();
                else
                    row << v;
            }
            w.writeRow(row);
        }
    }
    return w.close();
}

bool readXlsx(const QString &path, FormGrid *grid, QString *error)
{
    XlsxReader reader;
    if (!reader.open(path)) {
        *error = reader.errorString();
        return false;
    }
    QStringList cells;
    while (reader.readRow(cells)) {
        FormRow row;
        for (int i = 0; i < cells.size(); ++i)
            row.cells.append({cells[i], i, 1, false});
        grid->append(row);
    }
    if (!reader.errorString().isEmpty()) {
        *error = reader.errorString();
        return false;
    }
    return true;
}
} // namespace

FormFile::Format FormFile::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("docx"))
        return Format::Docx;
    if (suffix == QLatin1String("xlsx"))
        return Format::Xlsx;
    return Format::Unknown;
}

FormData FormFile::fromRecord(const UnitRecord &r, int year, const QString &parentName)
{
    FormData d;
    d.year = year;
    d.unitId = r.unit.id;
    const auto set = [&](Field f, const QString &v) {
        d.fields.insert(FormLayout::spec(f).key, v);
    };
    set(Field::Name, r.unit.name);
    const Region *region = Regions::byCode(r.unit.province);
    set(Field::Region, region ? region->fullName : r.unit.province);
    set(Field::City, r.unit.city);
    // A kind only once the unit takes part in the campaign; a sort once it is registered.
    set(Field::Kind,
        r.participation.id != 0 ? FormLayout::kindOptions().value(
            int(DomainNames::unitKinds().indexOf(r.participation.kind)))
                                : QString());
    set(Field::Sort,
        r.unit.id != 0
            ? FormLayout::sortOptions().value(int(DomainNames::unitSorts().indexOf(r.unit.sort)))
            : QString());
    set(Field::Parent, parentName);
    set(Field::Target,
        r.participation.sampleTarget > 0 ? QString::number(r.participation.sampleTarget)
                                         : QString());
    set(Field::Contact, r.unit.contact);
    set(Field::Position, r.unit.position);
    set(Field::Phone, r.unit.phone);
    set(Field::Email, r.unit.email);
    for (const RecommendedUnit &u : r.form.recommendedInitiating)
        d.tables[Table::Initiating].append(recommendedRow(u, false));
    for (const RecommendedUnit &u : r.form.recommendedSupporting)
        d.tables[Table::Supporting].append(recommendedRow(u, true));
    for (const GiftGood &g : r.form.giftGoods)
        d.tables[Table::Gifts].append(
            {{QStringLiteral("name"), g.name},
             {QStringLiteral("quantity"), QString::number(g.quantity)},
             {QStringLiteral("local_only"),
              g.localOnly ? QStringLiteral("是") : QStringLiteral("否")}});
    for (const Expert &e : r.form.experts)
        d.tables[Table::Experts].append({{QStringLiteral("field"), expertFieldName(e.field)},
                                         {QStringLiteral("name"), e.name},
                                         {QStringLiteral("contact"), e.contact},
                                         {QStringLiteral("phone"), e.phone},
                                         {QStringLiteral("specialty"), e.specialty}});
    return d;
}

QString FormFile::write(const QString &path, const FormData &data)
{
    switch (formatOf(path)) {
    case Format::Docx:
        return DocxFormWriter::write(path, data);
    case Format::Xlsx:
        return writeXlsx(path, data);
    case Format::Unknown:
        break;
    }
    return tr("%1: the form is written as .docx or .xlsx").arg(QDir::toNativeSeparators(path));
}

FormData FormFile::read(const QString &path, Problems *problems)
{
    const auto fail = [&](const QString &field, const QString &message) {
        problems->append({path, 0, field, message});
    };
    FormGrid grid;
    QString error;
    QHash<QString, QString> properties;
    switch (formatOf(path)) {
    case Format::Docx:
        if (!DocxFormReader::read(path, &grid, &error, &properties)) {
            fail(QStringLiteral("file"), error);
            return {};
        }
        break;
    case Format::Xlsx:
        if (!readXlsx(path, &grid, &error)) {
            fail(QStringLiteral("file"), error);
            return {};
        }
        break;
    case Format::Unknown:
        fail(QStringLiteral("file"),
             tr("not an information form: read are .docx (Word, WPS) and .xlsx files"));
        return {};
    }
    FormData data = FormInterpreter::interpret(grid);
    data.year = properties.value(QStringLiteral("SecretariatCampaignYear")).toInt();
    data.unitId = properties.value(QStringLiteral("SecretariatUnitId")).toLongLong();
    if (data.fields.isEmpty() && data.tables.isEmpty()) {
        fail(QStringLiteral("file"),
             tr("no information form found: no table has the form's labels (单位名称, 联系人 …)"));
        return data;
    }
    for (const FormLayout::FieldSpec &s : FormLayout::fields()) {
        if (s.required && !data.fields.contains(s.key))
            fail(s.key,
                 tr("the form has no field %1; was its row deleted? Use the committee's "
                    "form as sent")
                     .arg(s.label));
    }
    return data;
}
