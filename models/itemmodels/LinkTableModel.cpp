#include "itemmodels/LinkTableModel.h"

#include "db/Dialect.h"

#include "links/LinkRepository.h"
#include "session/Workspace.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

LinkTableModel::LinkTableModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(workspace, &Workspace::databaseChanged, this, &LinkTableModel::reload);
    connect(workspace, &Workspace::campaignChanged, this, &LinkTableModel::reload);
    connect(workspace, &Workspace::dataChanged, this, [this](DataEvents::Domains d) {
        if (d
            & (DataEvents::Links | DataEvents::Tallies | DataEvents::Units | DataEvents::Campaigns))
            reload();
    });
    reload();
}

int LinkTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_links.size());
}

int LinkTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LinkTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_links.size())
        return {};
    const Link &l = m_links.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case UnitColumn:
            return l.unitName;
        case LabelColumn:
            return l.label;
        case TokenColumn:
            return l.token;
        case UrlColumn:
            return l.url;
        case StatusColumn:
            return l.isActive() ? tr("Active") : tr("Revoked");
        case SamplesColumn:
            return role == Qt::DisplayRole ? QVariant(QLocale().toString(l.samples))
                                           : QVariant(l.samples);
        case QuestionnaireColumn:
            return l.questionnaireName;
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case SamplesColumn:
            return l.samples;
        case StatusColumn:
            return l.isActive() ? 0 : 1;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (index.column() == SamplesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (index.column() == TokenColumn) {
            QFont font(QStringLiteral("Noto Sans Mono CJK SC"));
            font.setStyleHint(QFont::Monospace);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (!l.isActive())
            return QBrush(QColor(0x9a, 0x9a, 0x9a));
        if (index.column() == StatusColumn)
            return QBrush(QColor(0x1b, 0x7f, 0x3a));
        return {};
    case Qt::ToolTipRole: {
        // The full text first: long unit names, labels and URLs are cut off in the table.
        const QString status = !l.isActive() ? tr("Revoked %1").arg(l.revokedAt)
                                             : tr("Issued %1 by %2").arg(l.createdAt, l.createdBy);
        const QString full = data(index, Qt::DisplayRole).toString();
        return full.isEmpty() ? status : full + QLatin1Char('\n') + status;
    }
    case LinkIdRole:
        return l.id;
    case UnitIdRole:
        return l.unitId;
    case TokenRole:
        return l.token;
    case UrlRole:
        return l.url;
    case ActiveRole:
        return l.isActive();
    default:
        return {};
    }
}

QVariant LinkTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UnitColumn:
        return tr("Unit");
    case LabelColumn:
        return tr("Label");
    case TokenColumn:
        return tr("Token");
    case UrlColumn:
        return tr("URL");
    case StatusColumn:
        return tr("Status");
    case SamplesColumn:
        return tr("Samples");
    case QuestionnaireColumn:
        return tr("Questionnaire");
    default:
        return {};
    }
}

int LinkTableModel::rowOfToken(const QString &token) const
{
    for (int i = 0; i < m_links.size(); ++i) {
        if (m_links.at(i).token == token)
            return i;
    }
    return -1;
}

void LinkTableModel::reload()
{
    QSqlError e;
    beginResetModel();
    m_links.clear();
    if (m_workspace->hasDatabase() && m_workspace->campaignId() > 0) {
        LinkRepository::Filter filter;
        filter.campaignId = m_workspace->campaignId();
        m_links = LinkRepository(m_workspace->database()).list(filter, &e);
    }
    endResetModel();
    // An empty list because the database failed is said, not shown as empty.
    m_loadError = e.isValid() ? Dialect::describeError(e) : QString();
    if (e.isValid())
        emit loadFailed(m_loadError);
}
