#include "db/Migrations.h"

#include "db/Database.h"
#include "db/StoredTextRewrite.h"
#include "db/ServerRoles.h"
#include "db/Transaction.h"
#include "db/SqlPrepare.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QScopeGuard>
#include <QSqlQuery>

namespace {

// Timestamps and dates are ISO-8601 text (UTC), written by the program, identical on both
// backends. Booleans are 0/1 integers. Every editable record has row_version for optimistic
// locking.
QSqlError importStatusCheck(Database &db);

const QList<Migrations::Migration> kMigrations = {
    {1,
     "campaigns, units, participations and the information form",
     {
         QStringLiteral("CREATE TABLE db_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
         QStringLiteral("CREATE TABLE campaigns ("
                        " id ${PK},"
                        " year INTEGER NOT NULL UNIQUE,"
                        " title TEXT NOT NULL DEFAULT '',"
                        " start_date TEXT NOT NULL,"
                        " end_date TEXT NOT NULL,"
                        " base_url TEXT NOT NULL DEFAULT '',"
                        " link_request_due TEXT,"
                        " gift_list_due TEXT,"
                        " row_version INTEGER NOT NULL DEFAULT 1,"
                        " created_at TEXT NOT NULL,"
                        " updated_at TEXT NOT NULL,"
                        " CHECK (end_date >= start_date))"),
         QStringLiteral(
             "CREATE TABLE units ("
             " id ${PK},"
             " name TEXT NOT NULL,"
             " name_key TEXT NOT NULL,"
             " sort TEXT NOT NULL DEFAULT 'other'"
             "  CHECK (sort IN ('association','media','company','government','school','other')),"
             " province TEXT NOT NULL DEFAULT '',"
             " city TEXT NOT NULL DEFAULT '',"
             " contact TEXT NOT NULL DEFAULT '',"
             " phone TEXT NOT NULL DEFAULT '',"
             " email TEXT NOT NULL DEFAULT '',"
             " position TEXT NOT NULL DEFAULT '',"
             " notes TEXT NOT NULL DEFAULT '',"
             " merged_into ${BIGINT} REFERENCES units(id),"
             " row_version INTEGER NOT NULL DEFAULT 1,"
             " created_at TEXT NOT NULL,"
             " updated_at TEXT NOT NULL,"
             " updated_by TEXT NOT NULL DEFAULT '')"),
         QStringLiteral("CREATE INDEX units_name_key ON units(name_key)"),
         QStringLiteral("CREATE INDEX units_phone ON units(phone)"),
         QStringLiteral("CREATE INDEX units_email ON units(email)"),
         QStringLiteral(
             "CREATE TABLE participations ("
             " id ${PK},"
             " campaign_id ${BIGINT} NOT NULL REFERENCES campaigns(id),"
             " unit_id ${BIGINT} NOT NULL REFERENCES units(id),"
             " kind TEXT NOT NULL CHECK (kind IN ('initiating-1','initiating-2','supporting')),"
             " parent_unit_id ${BIGINT} REFERENCES units(id),"
             " sample_target ${BIGINT} NOT NULL DEFAULT 0 CHECK (sample_target >= 0),"
             " grade TEXT NOT NULL DEFAULT '',"
             " support_score INTEGER NOT NULL DEFAULT 0,"
             " links_requested INTEGER,"
             " links_requested_at TEXT,"
             " row_version INTEGER NOT NULL DEFAULT 1,"
             " created_at TEXT NOT NULL,"
             " updated_at TEXT NOT NULL,"
             " updated_by TEXT NOT NULL DEFAULT '',"
             " UNIQUE (campaign_id, unit_id))"),
         QStringLiteral(
             "CREATE INDEX participations_parent ON participations(campaign_id, parent_unit_id)"),
         QStringLiteral("CREATE INDEX participations_unit ON participations(unit_id)"),
         // The information form's sub-records belong to a unit's form for one campaign year.
         QStringLiteral("CREATE TABLE recommended_units ("
                        " id ${PK},"
                        " unit_id ${BIGINT} NOT NULL REFERENCES units(id),"
                        " campaign_id ${BIGINT} NOT NULL REFERENCES campaigns(id),"
                        " role TEXT NOT NULL CHECK (role IN ('initiating','supporting')),"
                        " name TEXT NOT NULL,"
                        " contact TEXT NOT NULL DEFAULT '',"
                        " phone TEXT NOT NULL DEFAULT '',"
                        " position TEXT NOT NULL DEFAULT '',"
                        " sort TEXT NOT NULL DEFAULT 'other',"
                        " core INTEGER NOT NULL DEFAULT 0,"
                        " registered_unit_id ${BIGINT} REFERENCES units(id),"
                        " row_order INTEGER NOT NULL DEFAULT 0)"),
         QStringLiteral(
             "CREATE INDEX recommended_units_unit ON recommended_units(unit_id, campaign_id)"),
         QStringLiteral("CREATE TABLE gift_goods ("
                        " id ${PK},"
                        " unit_id ${BIGINT} NOT NULL REFERENCES units(id),"
                        " campaign_id ${BIGINT} NOT NULL REFERENCES campaigns(id),"
                        " name TEXT NOT NULL,"
                        " quantity INTEGER NOT NULL DEFAULT 0 CHECK (quantity >= 0),"
                        " local_only INTEGER NOT NULL DEFAULT 0,"
                        " row_order INTEGER NOT NULL DEFAULT 0)"),
         QStringLiteral("CREATE INDEX gift_goods_unit ON gift_goods(unit_id, campaign_id)"),
         QStringLiteral("CREATE TABLE experts ("
                        " id ${PK},"
                        " unit_id ${BIGINT} NOT NULL REFERENCES units(id),"
                        " campaign_id ${BIGINT} NOT NULL REFERENCES campaigns(id),"
                        " field TEXT NOT NULL"
                        "  CHECK (field IN ('publicity','questionnaire','report','data','other')),"
                        " name TEXT NOT NULL,"
                        " contact TEXT NOT NULL DEFAULT '',"
                        " phone TEXT NOT NULL DEFAULT '',"
                        " specialty TEXT NOT NULL DEFAULT '',"
                        " row_order INTEGER NOT NULL DEFAULT 0)"),
         QStringLiteral("CREATE INDEX experts_unit ON experts(unit_id, campaign_id)"),
         QStringLiteral("CREATE TABLE audit_log ("
                        " id ${PK},"
                        " at TEXT NOT NULL,"
                        " user_name TEXT NOT NULL,"
                        " table_name TEXT NOT NULL,"
                        " record_id ${BIGINT},"
                        " action TEXT NOT NULL,"
                        " old_values TEXT,"
                        " new_values TEXT)"),
         QStringLiteral("CREATE INDEX audit_log_record ON audit_log(table_name, record_id)"),
     }},
    {2,
     "authorization letters",
     {
         // One counter row per campaign and series: taking the next number updates this row
         // inside the issuing transaction, so two coordinators never get the same number.
         QStringLiteral("CREATE TABLE letter_counters ("
                        " campaign_id ${BIGINT} NOT NULL REFERENCES campaigns(id),"
                        " series TEXT NOT NULL,"
                        " last_seq INTEGER NOT NULL DEFAULT 0,"
                        " PRIMARY KEY (campaign_id, series))"),
         QStringLiteral("CREATE TABLE letters ("
                        " id ${PK},"
                        " campaign_id ${BIGINT} NOT NULL REFERENCES campaigns(id),"
                        " unit_id ${BIGINT} NOT NULL REFERENCES units(id),"
                        " series TEXT NOT NULL CHECK (series IN ('FQ','ZC')),"
                        " seq INTEGER NOT NULL,"
                        " number TEXT NOT NULL,"
                        " letter_version INTEGER NOT NULL DEFAULT 1,"
                        " status TEXT NOT NULL CHECK (status IN ('issued','superseded','revoked')),"
                        " verify_code TEXT NOT NULL UNIQUE,"
                        " issued_at TEXT NOT NULL,"
                        " issued_by TEXT NOT NULL DEFAULT '',"
                        " revoked_at TEXT,"
                        " revoke_reason TEXT,"
                        " row_version INTEGER NOT NULL DEFAULT 1,"
                        " UNIQUE (number, letter_version),"
                        " UNIQUE (campaign_id, series, seq, letter_version))"),
         QStringLiteral("CREATE INDEX letters_unit ON letters(campaign_id, unit_id)"),
         QStringLiteral("CREATE TABLE letter_templates ("
                        " campaign_id ${BIGINT} NOT NULL REFERENCES campaigns(id),"
                        " series TEXT NOT NULL,"
                        " html TEXT NOT NULL,"
                        " seal_image ${BLOB},"
                        " row_version INTEGER NOT NULL DEFAULT 1,"
                        " updated_at TEXT NOT NULL,"
                        " updated_by TEXT NOT NULL DEFAULT '',"
                        " PRIMARY KEY (campaign_id, series))"),
     }},
    {3,
     "tracking links, tallies and import records",
     {
         QStringLiteral(
             "CREATE TABLE links ("
             " id ${PK},"
             " campaign_id ${BIGINT} NOT NULL REFERENCES campaigns(id),"
             " unit_id ${BIGINT} NOT NULL REFERENCES units(id),"
             " token TEXT NOT NULL UNIQUE,"
             " label TEXT NOT NULL DEFAULT '',"
             " status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','revoked')),"
             " created_at TEXT NOT NULL,"
             " created_by TEXT NOT NULL DEFAULT '',"
             " revoked_at TEXT,"
             " row_version INTEGER NOT NULL DEFAULT 1)"),
         QStringLiteral("CREATE INDEX links_unit ON links(campaign_id, unit_id)"),
         QStringLiteral("CREATE TABLE imports ("
                        " id ${PK},"
                        " campaign_id ${BIGINT} REFERENCES campaigns(id),"
                        " kind TEXT NOT NULL,"
                        " file_name TEXT NOT NULL,"
                        " sha256 TEXT NOT NULL,"
                        " rows_read ${BIGINT} NOT NULL DEFAULT 0,"
                        " accepted ${BIGINT} NOT NULL DEFAULT 0,"
                        " duplicate ${BIGINT} NOT NULL DEFAULT 0,"
                        " rejected ${BIGINT} NOT NULL DEFAULT 0,"
                        " unknown_link ${BIGINT} NOT NULL DEFAULT 0,"
                        " status TEXT NOT NULL,"
                        " user_name TEXT NOT NULL DEFAULT '',"
                        " started_at TEXT NOT NULL,"
                        " finished_at TEXT,"
                        " message TEXT NOT NULL DEFAULT '')"),
         QStringLiteral("CREATE INDEX imports_sha256 ON imports(sha256)"),
         // Per link and day: a daily file replaces the figures, a responses file adds to them.
         QStringLiteral("CREATE TABLE daily_tallies ("
                        " link_id ${BIGINT} NOT NULL REFERENCES links(id),"
                        " day TEXT NOT NULL,"
                        " valid_samples ${BIGINT} NOT NULL DEFAULT 0,"
                        " invalid_samples ${BIGINT} NOT NULL DEFAULT 0,"
                        " suggestions ${BIGINT} NOT NULL DEFAULT 0,"
                        " import_id ${BIGINT} REFERENCES imports(id),"
                        " PRIMARY KEY (link_id, day))"),
         QStringLiteral("CREATE INDEX daily_tallies_day ON daily_tallies(day)"),
         // A 64-bit hash of each response id ever counted, so overlapping exports never count a
         // questionnaire twice. In SQLite the key is the rowid itself: compact and fast.
         QStringLiteral("CREATE TABLE response_ids ("
                        " hash ${BIGINT} PRIMARY KEY,"
                        " import_id ${BIGINT})"),
     }},
    {4,
     "grading rules",
     {
         QStringLiteral("CREATE TABLE grading_rules ("
                        " id ${PK},"
                        " campaign_id ${BIGINT} NOT NULL REFERENCES campaigns(id),"
                        " grade TEXT NOT NULL,"
                        " rank INTEGER NOT NULL,"
                        " min_share ${DOUBLE} NOT NULL DEFAULT 0,"
                        " min_samples ${BIGINT} NOT NULL DEFAULT 0,"
                        " min_support INTEGER NOT NULL DEFAULT 0,"
                        " UNIQUE (campaign_id, grade))"),
     }},
    {5,
     "unit duplicate lookups by e-mail ignore case",
     {
         // DuplicateFinder compares LOWER(email); without this index every check scans the table.
         QStringLiteral("CREATE INDEX units_email_lower ON units(LOWER(email))"),
     }},
    {6,
     "at most one valid authorization letter per unit and campaign",
     {
         // Backs the issuing check on PostgreSQL, where two coordinators' transactions can run
         // side by side: the second insert of a valid letter for the same unit fails.
         QStringLiteral("CREATE UNIQUE INDEX letters_one_valid ON letters(campaign_id, unit_id)"
                        " WHERE status = 'issued'"),
     }},
    {10,
     "who last changed a campaign, for save conflicts",
     {
         QStringLiteral("ALTER TABLE campaigns ADD COLUMN updated_by TEXT NOT NULL DEFAULT ''"),
     }},
    {12,
     "questionnaires: a campaign's surveys, each on its platform with its link parameter",
     {
         // id_prefix goes before each response id when it is hashed, so response ids are unique
         // per questionnaire; '' for the questionnaire an existing campaign migrates to, so the
         // ids it counted before still match.
         QStringLiteral("CREATE TABLE questionnaires ("
                        " id ${PK},"
                        " campaign_id ${BIGINT} NOT NULL REFERENCES campaigns(id),"
                        " name TEXT NOT NULL,"
                        " platform TEXT NOT NULL DEFAULT 'other',"
                        " base_url TEXT NOT NULL DEFAULT '',"
                        " link_parameter TEXT NOT NULL DEFAULT 'src',"
                        " min_seconds INTEGER NOT NULL DEFAULT 0 CHECK (min_seconds >= 0),"
                        " id_prefix TEXT NOT NULL DEFAULT '',"
                        " row_version INTEGER NOT NULL DEFAULT 1,"
                        " created_at TEXT NOT NULL,"
                        " updated_at TEXT NOT NULL,"
                        " updated_by TEXT NOT NULL DEFAULT '',"
                        " UNIQUE (campaign_id, name))"),
         QStringLiteral("INSERT INTO questionnaires (campaign_id, name, platform, base_url,"
                        " link_parameter, created_at, updated_at)"
                        " SELECT id, 'main', 'other', base_url, 'src', created_at, updated_at"
                        " FROM campaigns"),
         QStringLiteral("ALTER TABLE links ADD COLUMN questionnaire_id ${BIGINT}"
                        " REFERENCES questionnaires(id)"),
         QStringLiteral("UPDATE links SET questionnaire_id = (SELECT q.id FROM questionnaires q"
                        " WHERE q.campaign_id = links.campaign_id)"),
         QStringLiteral("CREATE INDEX links_questionnaire ON links(questionnaire_id)"),
     }},
    {13,
     "tally imports can be withdrawn: what each one added, and the responses it found counted",
     {
         QStringLiteral("ALTER TABLE imports ADD COLUMN withdrawn_at TEXT"),
         QStringLiteral("ALTER TABLE imports ADD COLUMN withdrawn_by TEXT NOT NULL DEFAULT ''"),
         // 1 when the import recorded what it added (import_tallies, import_duplicates): only
         // those can be withdrawn. Imports made before this version are part of the baseline.
         QStringLiteral("ALTER TABLE imports ADD COLUMN withdrawable INTEGER NOT NULL DEFAULT 0"),
         // Each import's part of daily_tallies: 'add' (responses) or 'set' (daily figures,
         // sets_invalid / sets_suggestions when its file had those columns). daily_tallies is
         // these replayed in import order over the baseline (import_id NULL: figures stored
         // before this version, or by the demo), so a withdrawn import's part can be taken out
         // while the imports before and after it keep theirs.
         QStringLiteral("CREATE TABLE import_tallies ("
                        " import_id ${BIGINT} REFERENCES imports(id),"
                        " link_id ${BIGINT} NOT NULL REFERENCES links(id),"
                        " day TEXT NOT NULL,"
                        " mode TEXT NOT NULL CHECK (mode IN ('add','set')),"
                        " valid_samples ${BIGINT} NOT NULL DEFAULT 0,"
                        " invalid_samples ${BIGINT} NOT NULL DEFAULT 0,"
                        " suggestions ${BIGINT} NOT NULL DEFAULT 0,"
                        " sets_invalid INTEGER NOT NULL DEFAULT 0,"
                        " sets_suggestions INTEGER NOT NULL DEFAULT 0)"),
         QStringLiteral("CREATE INDEX import_tallies_cell ON import_tallies(link_id, day)"),
         QStringLiteral("CREATE INDEX import_tallies_import ON import_tallies(import_id)"),
         QStringLiteral("INSERT INTO import_tallies (import_id, link_id, day, mode, valid_samples,"
                        " invalid_samples, suggestions, sets_invalid, sets_suggestions)"
                        " SELECT NULL, link_id, day, 'set', valid_samples, invalid_samples,"
                        " suggestions, 1, 1 FROM daily_tallies"),
         // The responses an import found already counted (hash, link, day, valid; packed,
         // compressed, in chunks): when the import that counted them is withdrawn, the earliest
         // later import that had them counts them instead.
         QStringLiteral("CREATE TABLE import_duplicates ("
                        " import_id ${BIGINT} NOT NULL REFERENCES imports(id),"
                        " chunk INTEGER NOT NULL,"
                        " records ${BLOB} NOT NULL,"
                        " PRIMARY KEY (import_id, chunk))"),
     }},
    {17,
     "the checklist: what each unit of a campaign has done before the window opens",
     {
         // Only the items a person ticks are stored; what the program knows (links requested
         // and issued, a valid letter) is read from its own tables, so it never disagrees with
         // them. One row per unit, campaign and item: ticking twice keeps the first tick.
         QStringLiteral("CREATE TABLE checklist_ticks ("
                        " id ${PK},"
                        " campaign_id ${BIGINT} NOT NULL REFERENCES campaigns(id),"
                        " unit_id ${BIGINT} NOT NULL REFERENCES units(id),"
                        " item TEXT NOT NULL,"
                        " ticked_at TEXT NOT NULL,"
                        " ticked_by TEXT NOT NULL DEFAULT '',"
                        " source TEXT NOT NULL DEFAULT 'manual',"
                        " UNIQUE (campaign_id, unit_id, item))"),
         QStringLiteral("CREATE INDEX checklist_ticks_unit ON checklist_ticks(unit_id)"),
     }},
    {18,
     "the date information forms are due",
     {
         QStringLiteral("ALTER TABLE campaigns ADD COLUMN form_due TEXT"),
     }},
    {19,
     "audit log: what a change came through (an import's file), so the history shows it",
     {
         QStringLiteral("ALTER TABLE audit_log ADD COLUMN via TEXT"),
     }},
    {20,
     "mail: mailings, the office SMTP account (no password) and the send log",
     {
         // A campaign's mailings; 'letters' and 'links' exist as built-in defaults until edited.
         QStringLiteral("CREATE TABLE mailings ("
                        " id ${PK},"
                        " campaign_id ${BIGINT} NOT NULL REFERENCES campaigns(id),"
                        " name TEXT NOT NULL,"
                        " subject TEXT NOT NULL,"
                        " body TEXT NOT NULL,"
                        " unit_kind TEXT NOT NULL DEFAULT '',"
                        " province TEXT NOT NULL DEFAULT '',"
                        " attach_letter INTEGER NOT NULL DEFAULT 0,"
                        " attach_links INTEGER NOT NULL DEFAULT 0,"
                        " attach_qr INTEGER NOT NULL DEFAULT 0,"
                        " row_version INTEGER NOT NULL DEFAULT 1,"
                        " created_at TEXT NOT NULL,"
                        " updated_at TEXT NOT NULL,"
                        " updated_by TEXT NOT NULL DEFAULT '',"
                        " UNIQUE (campaign_id, name))"),
         // One row per setting of the office account; the password is never stored here.
         QStringLiteral("CREATE TABLE mail_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
         // One row per message tried: sent (with the server's answer) or failed (the reason).
         QStringLiteral("CREATE TABLE mail_log ("
                        " id ${PK},"
                        " campaign_id ${BIGINT} NOT NULL REFERENCES campaigns(id),"
                        " mailing TEXT NOT NULL,"
                        " unit_id ${BIGINT} NOT NULL REFERENCES units(id),"
                        " recipient TEXT NOT NULL DEFAULT '',"
                        " status TEXT NOT NULL CHECK (status IN ('sent', 'failed')),"
                        " detail TEXT NOT NULL DEFAULT '',"
                        " message_id TEXT NOT NULL DEFAULT '',"
                        " attachments TEXT NOT NULL DEFAULT '',"
                        " logged_at TEXT NOT NULL,"
                        " by_user TEXT NOT NULL DEFAULT '')"),
         QStringLiteral("CREATE INDEX mail_log_unit ON mail_log(campaign_id, mailing, unit_id)"),
     }},
    {21,
     "commendation certificates: numbered per campaign, one per unit, with a verification code",
     {
         // The template is a letter template of series 'RY' (letter_templates).
         QStringLiteral("CREATE TABLE certificates ("
                        " id ${PK},"
                        " campaign_id ${BIGINT} NOT NULL REFERENCES campaigns(id),"
                        " unit_id ${BIGINT} NOT NULL REFERENCES units(id),"
                        " seq INTEGER NOT NULL,"
                        " number TEXT NOT NULL UNIQUE,"
                        " grade TEXT NOT NULL DEFAULT '',"
                        " verify_code TEXT NOT NULL UNIQUE,"
                        " issued_at TEXT NOT NULL,"
                        " issued_by TEXT NOT NULL DEFAULT '',"
                        " UNIQUE (campaign_id, unit_id),"
                        " UNIQUE (campaign_id, seq))"),
     }},
    {30,
     "names and phones stored before the look-alike and libphonenumber rules, rewritten by them",
     {},
     &StoredTextRewrite::namesAndPhones},
    {31,
     "one spelling of a finished import in the import history, and a CHECK on its status",
     {
         QStringLiteral("UPDATE imports SET status = 'imported' WHERE status = 'done'"),
     },
     &importStatusCheck,
     true},
    {32,
     "tally imports: response ids that are numbers kept as ranges of ids already counted",
     {
         // Platforms number their responses 1, 2, 3, ... per questionnaire (问卷星's 序号), so the
         // ids one import counts are mostly a few runs: one row per run instead of one hashed row
         // per id (issue #18). Runs never overlap (an id counted already is not stored again);
         // id_prefix is the questionnaire's, as for hashed ids; import_id is the import that
         // counted the run first, so that withdrawing it forgets them (TallyWithdrawal).
         QStringLiteral("CREATE TABLE response_id_ranges ("
                        " id_prefix TEXT NOT NULL,"
                        " first_id ${BIGINT} NOT NULL,"
                        " last_id ${BIGINT} NOT NULL,"
                        " import_id ${BIGINT} REFERENCES imports(id),"
                        " PRIMARY KEY (id_prefix, last_id),"
                        " CHECK (first_id <= last_id))"),
         QStringLiteral("CREATE INDEX response_id_ranges_import ON response_id_ranges(import_id)"),
         // 1: this questionnaire's numeric ids go on being hashed, because ids it counted before
         // this version are hashed and a range could not tell them apart. Every questionnaire of
         // a campaign with any import so far, and every one with the shared empty prefix.
         QStringLiteral("ALTER TABLE questionnaires ADD COLUMN numbers_hashed INTEGER NOT NULL"
                        " DEFAULT 0"),
         QStringLiteral("UPDATE questionnaires SET numbers_hashed = 1 WHERE id_prefix = ''"
                        " OR EXISTS (SELECT 1 FROM imports i"
                        " WHERE i.campaign_id = questionnaires.campaign_id)"),
     }},
    {37,
     "mail: a mailing can go only to the units missing an item of their checklist",
     {
         // A checklist item code (ChecklistItems::code); empty: whatever their checklist says.
         QStringLiteral("ALTER TABLE mailings ADD COLUMN missing_item TEXT NOT NULL DEFAULT ''"),
     }},
    {38,
     "certificates: revoked with a reason, by whom and when (verification then says so)",
     {
         QStringLiteral("ALTER TABLE certificates ADD COLUMN revoked_at TEXT"),
         QStringLiteral("ALTER TABLE certificates ADD COLUMN revoked_by TEXT NOT NULL DEFAULT ''"),
         QStringLiteral(
             "ALTER TABLE certificates ADD COLUMN revoke_reason TEXT NOT NULL DEFAULT ''"),
     }},
    {39,
     "names and phones rewritten by the rules of issue #14's acceptance: every format character "
     "removed, radicals NFKC leaves and Hong Kong's and Taiwan's variants folded in name keys, "
     "service numbers (95588) accepted",
     {},
     &StoredTextRewrite::namesAndPhones},
};

// The states of an import in the history (imports/ImportHistory's ImportStatus): a finished
// import was spelt 'done' by the units import and 'imported' by the tally import; one spelling
// now, and the database refuses any other.
QSqlError importStatusCheck(Database &db)
{
    return db.dialect().addCheck(db, QStringLiteral("imports"), QStringLiteral("imports_status"),
                                 QStringLiteral("status IN ('running', 'imported', 'withdrawn')"));
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

bool hasMigrationTable(Database &db)
{
    return db.connection().tables().contains(QStringLiteral("schema_migrations"));
}

} // namespace

const QList<Migrations::Migration> &Migrations::all()
{
    return kMigrations;
}

int Migrations::latestVersion()
{
    return kMigrations.isEmpty() ? 0 : kMigrations.constLast().version;
}

int Migrations::currentVersion(Database &db, QSqlError *error)
{
    if (!hasMigrationTable(db))
        return 0;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"))) {
        if (error)
            *error = q.lastError();
        return 0;
    }
    return q.next() ? q.value(0).toInt() : 0;
}

QSqlError Migrations::migrate(Database &db, int target)
{
    if (target < 0)
        target = latestVersion();
    if (!hasMigrationTable(db)) {
        Transaction tx(db);
        if (tx.error().isValid())
            return tx.error();
        QSqlQuery q(db.connection());
        if (const QString lock = db.dialect().migrationLock(); !lock.isEmpty() && !q.exec(lock))
            return q.lastError();
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                   " version INTEGER PRIMARY KEY,"
                                   " description TEXT NOT NULL,"
                                   " applied_at TEXT NOT NULL)")))
            return q.lastError();
        if (const QSqlError e = tx.commit(); e.isValid())
            return e;
    }
    for (const Migration &m : kMigrations) {
        if (m.version > target)
            break;
        if (const QSqlError e = apply(db, m); e.isValid())
            return e;
    }
    return {};
}

// One migration in its own transaction, unless another program applied it first.
QSqlError Migrations::apply(Database &db, const Migration &m)
{
    const QString keysOff = m.rebuildsTables ? db.dialect().foreignKeysSwitch(false) : QString();
    if (!keysOff.isEmpty())
        QSqlQuery(db.connection()).exec(keysOff);
    const auto keysOn = qScopeGuard([&] {
        if (!keysOff.isEmpty())
            QSqlQuery(db.connection()).exec(db.dialect().foreignKeysSwitch(true));
    });
    Transaction tx(db);
    if (tx.error().isValid())
        return tx.error();
    // Checked inside the write transaction (and, on PostgreSQL, under the migration lock):
    // two programs starting at once apply each migration exactly once.
    if (const QString lock = db.dialect().migrationLock(); !lock.isEmpty()) {
        QSqlQuery l(db.connection());
        if (!l.exec(lock))
            return l.lastError();
    }
    QSqlError err;
    const int current = currentVersion(db, &err);
    if (err.isValid())
        return err;
    if (m.version <= current)
        return {};
    QSqlQuery q(db.connection());
    for (const QString &statement : m.statements) {
        if (!q.exec(db.dialect().expand(statement))) {
            QSqlError e = q.lastError();
            return QSqlError(
                e.driverText(),
                QStringLiteral("migration %1: %2").arg(m.version).arg(e.databaseText()), e.type(),
                e.nativeErrorCode());
        }
    }
    if (m.rewrite) {
        if (const QSqlError e = m.rewrite(db); e.isValid())
            return QSqlError(
                e.driverText(),
                QStringLiteral("migration %1: %2").arg(m.version).arg(e.databaseText()), e.type(),
                e.nativeErrorCode());
    }
    q.prepare(QStringLiteral(
        "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"));
    q.addBindValue(m.version);
    q.addBindValue(QString::fromLatin1(m.description));
    q.addBindValue(nowText());
    if (!execPrepared(q))
        return q.lastError();
    if (const QSqlError e = tx.commit(); e.isValid())
        return e;
    return {};
}

QSqlError Migrations::prepare(Database &db, State *state)
{
    QSqlError err;
    const int current = currentVersion(db, &err);
    if (err.isValid())
        return err;
    if (current > latestVersion()) {
        const QString location = db.location();
        if (QSqlError e = db.open(location, true); e.isValid())
            return e;
        db.markReadOnly(
            QCoreApplication::translate(
                "Migrations",
                "the database has schema version %1, newer than this program "
                "understands (%2); it is open read-only. Update the program to edit it.")
                .arg(current)
                .arg(latestVersion()));
        if (state)
            *state = State::NewerThanProgram;
        return {};
    }
    if (db.isReadOnly()) {
        if (state)
            *state = current == latestVersion() ? State::Current : State::Fresh;
        return {};
    }
    if (current == latestVersion()) {
        if (state)
            *state = State::Current;
        return {};
    }
    if (QSqlError e = migrate(db); e.isValid())
        return e;
    // A shared server set up with roles: grant them on the tables this version added.
    if (current > 0 && ServerRoles::exist(db)) {
        if (QSqlError e = ServerRoles::install(db); e.isValid())
            return e;
    }
    if (state)
        *state = current == 0 ? State::Fresh : State::Migrated;
    return {};
}
