#include "registers/RegisterExport.h"

#include "domain/Regions.h"

#include <QFileInfo>

namespace {

bool isXlsx(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
}

} // namespace

QList<TableExport::Sheet> RegisterExport::giftSheets(const QList<GiftEntry> &entries)
{
    TableExport::Sheet byUnit;
    byUnit.name = tr("Gifts by unit");
    byUnit.headers = {tr("Gift"),   tr("Unit"),     tr("Kind"),
                      tr("Region"), tr("Quantity"), tr("Local only")};
    for (const GiftEntry &e : entries)
        byUnit.rows << QVariantList {e.name,
                                     e.unitName,
                                     DomainNames::displayName(e.kind),
                                     Regions::displayName(e.province),
                                     e.quantity,
                                     e.localOnly ? tr("yes") : tr("no")};
    TableExport::Sheet totals;
    totals.name = tr("Totals");
    totals.headers = {tr("Gift"), tr("Quantity"), tr("Of which local only"), tr("Units")};
    for (const GiftTotal &t : GiftRegister::totals(entries))
        totals.rows << QVariantList {t.name, t.quantity, t.localOnlyQuantity, t.units};
    return {byUnit, totals};
}

QString RegisterExport::sources(const PooledExpert &expert)
{
    QStringList list;
    for (const ExpertSource &s : expert.sources)
        list << QStringLiteral("%1 %2").arg(s.year).arg(s.unitName);
    return list.join(QStringLiteral("; "));
}

QString RegisterExport::fields(const PooledExpert &expert)
{
    QStringList list;
    for (ExpertField f : expert.fields)
        list << DomainNames::displayName(f);
    return list.join(QStringLiteral("、"));
}

TableExport::Sheet RegisterExport::expertSheet(const QList<PooledExpert> &pool)
{
    TableExport::Sheet s;
    s.name = tr("Expert pool");
    s.headers = {tr("Name"),         tr("Phone"),          tr("Fields"),
                 tr("Specialties"),  tr("Recommendations"), tr("Recommended by")};
    for (const PooledExpert &e : pool)
        s.rows << QVariantList {e.name,
                                e.phone,
                                fields(e),
                                e.specialties.join(QStringLiteral("; ")),
                                qint64(e.sources.size()),
                                sources(e)};
    return s;
}

bool RegisterExport::writeGifts(const QString &path, const QList<GiftEntry> &entries,
                                QString *error)
{
    const QList<TableExport::Sheet> sheets = giftSheets(entries);
    return isXlsx(path) ? TableExport::writeXlsx(path, sheets, error)
                        : TableExport::write(path, sheets.first(), error);
}

bool RegisterExport::writeExperts(const QString &path, const QList<PooledExpert> &pool,
                                  QString *error)
{
    return TableExport::write(path, expertSheet(pool), error);
}
