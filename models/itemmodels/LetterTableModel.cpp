#include "itemmodels/LetterTableModel.h"

#include "db/Dialect.h"

#include "domain/UnitKind.h"
#include "letters/LetterRepository.h"
#include "session/Workspace.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

LetterTableModel::LetterTableModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(workspace, &Workspace::databaseChanged, this, &LetterTableModel::reload);
    connect(workspace, &Workspace::campaignChanged, this, &LetterTableModel::reload);
    connect(workspace, &Workspace::dataChanged, this, [this](DataEvents::Domains domains) {
        if (domains & (DataEvents::Letters | DataEvents::Units | DataEvents::Campaigns))
            reload();
    });
    reload();
}

void LetterTableModel::reload()
{
    QSqlError e;
    beginResetModel();
    m_letters.clear();
    if (m_workspace->hasDatabase() && m_workspace->campaignId() > 0)
        m_letters = LetterRepository(m_workspace->database()).list(m_workspace->campaignId(), &e);
    endResetModel();
    // An empty list because the database failed is said, not shown as empty.
    m_loadError = e.isValid() ? Dialect::describeError(e) : QString();
    if (e.isValid())
        emit loadFailed(m_loadError);
}

int LetterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_letters.size());
}

int LetterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int LetterTableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_letters.size(); ++i) {
        if (m_letters.at(i).id == id)
            return i;
    }
    return -1;
}

namespace {
QString kindName(const QString &code)
{
    const std::optional<UnitKind> kind = DomainNames::unitKindFromText(code);
    return kind ? DomainNames::displayName(*kind) : code;
}

QString localTime(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : iso;
}
} // namespace

QVariant LetterTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_letters.size())
        return {};
    const Letter &l = m_letters.at(index.row());
    switch (role) {
    case LetterIdRole:
        return l.id;
    case StatusRole:
        return Letter::statusCode(l.status);
    case KindRole:
        return l.kind;
    case SearchRole:
        return QStringList {l.number, l.unitName, l.verifyCode, l.parentName}.join(
            QLatin1Char('\n'));
    case Qt::ToolTipRole:
        if (l.status == LetterStatus::Revoked)
            return tr("Revoked %1: %2").arg(localTime(l.revokedAt), l.revokeReason);
        return {};
    case Qt::ForegroundRole:
        if (l.status == LetterStatus::Revoked)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (l.status == LetterStatus::Superseded)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == VersionColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case NumberColumn:
            return QStringLiteral("%1-%2").arg(l.number).arg(l.version, 4, 10, QLatin1Char('0'));
        case VersionColumn:
            return l.version;
        case IssuedAtColumn:
            return l.issuedAt;
        case RevokedColumn:
            return l.revokedAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NumberColumn:
            return l.number;
        case VersionColumn:
            return l.version;
        case UnitColumn:
            return l.unitName;
        case KindColumn:
            return kindName(l.kind);
        case ParentColumn:
            return l.parentName;
        case StatusColumn:
            return LetterRepository::statusDisplayName(l.status);
        case VerifyCodeColumn:
            return l.verifyCode;
        case IssuedAtColumn:
            return localTime(l.issuedAt);
        case IssuedByColumn:
            return l.issuedBy;
        case RevokedColumn:
            return l.status == LetterStatus::Revoked
                ? QStringLiteral("%1 %2").arg(localTime(l.revokedAt), l.revokeReason)
                : QString();
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant LetterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NumberColumn:
        return tr("Number");
    case VersionColumn:
        return tr("Version");
    case UnitColumn:
        return tr("Unit");
    case KindColumn:
        return tr("Kind");
    case ParentColumn:
        return tr("Parent unit");
    case StatusColumn:
        return tr("State");
    case VerifyCodeColumn:
        return tr("Verification code");
    case IssuedAtColumn:
        return tr("Issued at");
    case IssuedByColumn:
        return tr("Issued by");
    case RevokedColumn:
        return tr("Revoked");
    case ColumnCount:
        break;
    }
    return {};
}
