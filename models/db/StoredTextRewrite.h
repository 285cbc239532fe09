#pragma once

#include <QSqlError>

class Database;

// Rewrites of stored text when the rules that wrote it change. Called by a migration (see
// Migrations::Migration::rewrite), inside its transaction; each returns the first SQL error.
namespace StoredTextRewrite {

// Units, recommended units and experts written before the look-alike-name and phone rules
// (issue #14; migration 30, and again 39 when those rules grew): names lose their invisible
// characters (NameKey::cleaned), units get the name key of this version (NameKey::of), and every
// phone that libphonenumber accepts is stored in its canonical form (PhoneRule). A phone it refuses
// is kept as written, so nothing typed is lost. A changed unit gets row_version + 1, so a form
// opened on the old text reports a conflict instead of writing it back.
QSqlError namesAndPhones(Database &db);

} // namespace StoredTextRewrite
