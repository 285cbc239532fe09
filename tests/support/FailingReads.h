#pragma once

#include <QString>

// One read of a sound database made to fail under a program that has it open, so that a test
// can show the user gets the database's error for that read and nothing false: another
// connection renames the table (or the column) the read names, as a migration gone wrong or a
// hand-edited schema would leave it. The program's next statement that names it fails in the
// database itself, on both backends and under connections that are already open (SQLite checks
// its schema cookie at every statement; PostgreSQL resolves names again when it plans one);
// every other read and write goes on working. No mock: the real driver reports the real error.
namespace FailingReads {

// Renames table to <table>_hidden (a superuser's connection on PostgreSQL); false, and a
// warning, when that failed.
bool hideTable(const QString &location, const QString &table);
// Renames the column of table to <column>_hidden.
bool hideColumn(const QString &location, const QString &table, const QString &column);
// What the database's error says about a statement that names the hidden table or column:
// SQLite "no such table: questionnaires" / "no such column: email", PostgreSQL
// 'relation "questionnaires" does not exist' / 'column "email" does not exist'.
QString hiddenTableWords(const QString &table);
QString hiddenColumnWords(const QString &column);

} // namespace FailingReads
