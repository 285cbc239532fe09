#include "itemmodels/GradeModel.h"

#include "domain/Regions.h"
#include "domain/UnitKind.h"
#include "progress/GradingRepository.h"

#include <QLocale>

#include <algorithm>

GradeModel::GradeModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void GradeModel::setData(Database *db, std::shared_ptr<const ProgressSnapshot> snapshot,
                         const QList<GradingRule> &rules)
{
    beginResetModel();
    m_db = db;
    m_snapshot = std::move(snapshot);
    m_rules = rules;
    std::sort(m_rules.begin(), m_rules.end(),
              [](const GradingRule &a, const GradingRule &b) { return a.rank < b.rank; });
    m_grades = m_snapshot ? Grading::grade(*m_snapshot, m_rules) : QList<UnitGrade>();
    m_scoreOverrides.clear();
    endResetModel();
}

int GradeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_grades.size());
}

int GradeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GradeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_snapshot || index.row() >= m_grades.size())
        return {};
    const UnitGrade &g = m_grades.at(index.row());
    const UnitProgress &u = m_snapshot->units.at(g.row);
    const int support = m_scoreOverrides.value(index.row(), u.supportScore);
    if (role == UnitIdRole)
        return u.unitId;
    if (role == RankRole)
        return g.rank;
    const QLocale locale;
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole) {
        const bool raw = role != Qt::DisplayRole;
        switch (index.column()) {
        case UnitColumn:
            return u.name;
        case KindColumn: {
            const auto kind = DomainNames::unitKindFromText(u.kind);
            return raw || !kind ? u.kind : DomainNames::displayName(*kind);
        }
        case RegionColumn:
            return raw ? u.province : Regions::displayName(u.province);
        case TargetColumn:
            return raw ? QVariant(u.target) : QVariant(locale.toString(u.target));
        case ValidColumn:
            return raw ? QVariant(u.valid) : QVariant(locale.toString(u.valid));
        case PercentColumn:
            return raw ? QVariant(u.share()) : QVariant(Percent::text(u.valid, u.target));
        case SupportColumn:
            return support;
        case GradeColumn:
            return role == SortRole ? QVariant(g.rank == 0 ? 1 << 20 : g.rank) : QVariant(g.grade);
        case StoredGradeColumn:
            return u.storedGrade;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= TargetColumn
        && index.column() <= SupportColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool GradeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != SupportColumn || !m_db
        || !m_snapshot)
        return false;
    bool ok = false;
    const int score = value.toInt(&ok);
    if (!ok || score < 0)
        return false;
    const UnitProgress &u = m_snapshot->units.at(m_grades.at(index.row()).row);
    const QStringList problems
        = GradingRepository(*m_db).setSupportScore(m_snapshot->campaign.id, u.unitId, score);
    if (!problems.isEmpty()) {
        m_error = problems.join(QLatin1Char('\n'));
        return false;
    }
    // The grade follows the new score at once; the whole list is re-read on DataEvents::Grades.
    m_scoreOverrides.insert(index.row(), score);
    UnitProgress changed = u;
    changed.supportScore = score;
    UnitGrade &g = m_grades[index.row()];
    g.grade = Grading::gradeOf(changed, m_rules, &g.rank);
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags GradeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == SupportColumn && m_db)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant GradeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UnitColumn:
        return tr("Unit");
    case KindColumn:
        return tr("Kind");
    case RegionColumn:
        return tr("Region");
    case TargetColumn:
        return tr("Target");
    case ValidColumn:
        return tr("Valid samples");
    case PercentColumn:
        return tr("Share of target (%)");
    case SupportColumn:
        return tr("Support score");
    case GradeColumn:
        return tr("Grade");
    case StoredGradeColumn:
        return tr("Stored grade");
    default:
        return {};
    }
}
