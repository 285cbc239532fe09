#include "CliCommand.h"

#include "db/Database.h"
#include "forms/FormFile.h"
#include "forms/FormImporter.h"
#include "repo/UnitRepository.h"

#include <QDir>
#include <QFileInfo>

namespace {

// A file name from a unit's name: characters Windows refuses in names become '_'.
QString fileNameFor(const QString &name)
{
    QString out;
    for (const QChar c : name.trimmed())
        out += (c.unicode() < 0x20 || QStringLiteral("/\\:*?\"<>|").contains(c)) ? QChar(u'_') : c;
    return out.isEmpty() ? QStringLiteral("unit") : out;
}

class FormsCommand : public CliCommand
{
public:
    int run(CliContext &ctx, const QStringList &arguments) override
    {
        return ctx.runAction(
            arguments, this, {{"blank", &FormsCommand::blank}, {"import", &FormsCommand::import}},
            QStringLiteral(
                "secretariat-cli forms\n\n"
                "The information form (信息表) units fill in, as .docx (Word, WPS) or .xlsx.\n"
                "  forms blank --out DIR [--campaign Y] [--unit ID ...] [--format docx|xlsx]\n"
                "  forms import FILE|DIR ... [--campaign Y] [--dry-run]"));
    }

private:
    int blank(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        CliContext::describe(
            parser,
            QStringLiteral("secretariat-cli forms blank\n\n"
                           "Write the campaign's information form: one blank form, or with --unit "
                           "one form per\n"
                           "unit pre-filled with what is stored (its fields, recommended units, "
                           "gift goods and\n"
                           "experts), named 信息表-YEAR-UNIT NAME.docx (or .xlsx)."),
            CliContext::WithCampaign);
        parser.addOption({QStringLiteral("out"), QStringLiteral("Folder to write the forms to."),
                          QStringLiteral("DIR")});
        parser.addOption({QStringLiteral("unit"),
                          QStringLiteral("Id of a unit to pre-fill a form for (repeatable, or "
                                         "several ids separated by commas)."),
                          QStringLiteral("ID")});
        ctx.addFormatOption(parser, {QStringLiteral("docx"), QStringLiteral("xlsx")});
        if (const auto status = ctx.parse(parser, arguments, CliContext::Arguments::None))
            return *status;
        const QString format = parser.value(QStringLiteral("format"));
        if (!parser.isSet(QStringLiteral("out")))
            return ctx.usageError(QStringLiteral("forms blank needs --out DIR"), &parser);
        const auto given = ctx.ids(parser, QStringLiteral("unit"));
        if (!given)
            return given.error();
        const QList<qint64> ids = *given;
        std::unique_ptr<Database> db;
        const auto c = ctx.openCampaign(parser, &db);
        if (!c)
            return c.error();
        UnitRepository repo(*db);
        QList<UnitRecord> records;
        for (const qint64 id : ids) {
            const Lookup<UnitRecord> r = repo.load(id, c->id);
            if (!r && r.error().isDatabase())
                return ctx.databaseError(r.error());
            if (!r || r->unit.mergedInto != 0) {
                ctx.err() << "unit: there is no unit " << id << "; see: units list" << Qt::endl;
                return ExitRejected;
            }
            records << *r;
        }
        const QString dir = parser.value(QStringLiteral("out"));
        if (!QDir().mkpath(dir)) {
            ctx.err() << dir << ": cannot create the folder" << Qt::endl;
            return ExitRejected;
        }
        if (records.isEmpty())
            records << UnitRecord();
        for (const UnitRecord &r : std::as_const(records)) {
            const QString stem = r.unit.id ? fileNameFor(r.unit.name) : QStringLiteral("空白");
            const QString path = QDir(dir).filePath(
                QStringLiteral("信息表-%1-%2.%3").arg(c->year).arg(stem, format));
            const Lookup<Unit> parent = repo.unit(r.participation.parentUnitId);
            if (!parent && parent.error().isDatabase())
                return ctx.databaseError(parent.error());
            const QString error = FormFile::write(
                path, FormFile::fromRecord(r, c->year, parent ? parent->name : QString()));
            if (!error.isEmpty()) {
                ctx.err() << error << Qt::endl;
                return ExitRejected;
            }
            ctx.out() << path << Qt::endl;
        }
        return ExitOk;
    }

    int import(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        CliContext::describe(
            parser,
            QStringLiteral(
                "secretariat-cli forms import FILE...\n\n"
                "Read filled-in information forms (.docx as Word, WPS or LibreOffice save them, "
                "or\n"
                ".xlsx; a folder means every form in it). A form whose unit name matches a\n"
                "registered unit updates it field by field, any other registers a new unit; all "
                "in\n"
                "one transaction. Any problem (FILE: field: message) means nothing is imported."),
            CliContext::WithCampaign);
        parser.addOption(
            {QStringLiteral("dry-run"),
             QStringLiteral("Read the forms and report what would change; change nothing.")});
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     QStringLiteral("Forms (.docx, .xlsx) or folders of them."));
        if (const auto status = ctx.parse(parser, arguments))
            return *status;
        if (parser.positionalArguments().isEmpty())
            return ctx.usageError(QStringLiteral("forms import needs at least one FILE"), &parser);
        QStringList files;
        for (const QString &path : parser.positionalArguments()) {
            const QFileInfo info(path);
            if (info.isDir()) {
                files << FormImporter::formFiles(path);
            } else if (!info.exists()) {
                ctx.err() << path << ": file: no such file" << Qt::endl;
                return ExitRejected;
            } else {
                files << path;
            }
        }
        if (files.isEmpty()) {
            ctx.err() << "forms import: no .docx or .xlsx form found" << Qt::endl;
            return ExitRejected;
        }
        std::unique_ptr<Database> db;
        const auto c = ctx.openCampaign(parser, &db);
        if (!c)
            return c.error();
        FormImporter::Options options;
        options.campaignId = c->id;
        options.dryRun = parser.isSet(QStringLiteral("dry-run"));
        FormImporter importer(*db);
        const FormImporter::Result r = importer.run(files, options);
        for (const FormImporter::Entry &e : r.entries)
            ctx.out() << describe(e) << '\n';
        for (const Problem &p : r.errors)
            ctx.err() << p.toString() << '\n';
        for (const Problem &p : r.warnings)
            ctx.err() << p.toString() << " (warning)\n";
        ctx.err().flush();
        if (!r.errors.isEmpty()) {
            ctx.out() << "nothing imported: " << r.errors.size() << " problem(s)" << Qt::endl;
            return ExitRejected;
        }
        ctx.out() << (options.dryRun ? QStringLiteral("dry run")
                                     : QStringLiteral("campaign %1").arg(c->year))
                  << ": " << r.entries.size() << " form(s), " << r.created << " new, " << r.updated
                  << " updated, " << r.unchanged << " unchanged"
                  << (options.dryRun ? "; nothing changed" : "") << Qt::endl;
        return ExitOk;
    }

    static QString describe(const FormImporter::Entry &e)
    {
        switch (e.status) {
        case FormImporter::Status::New:
            return QStringLiteral("%1: new unit '%2'").arg(e.file, e.record.unit.name);
        case FormImporter::Status::Changed: {
            QStringList keys;
            for (const FormImporter::FieldChange &c : e.changes)
                keys << c.key;
            return QStringLiteral("%1: changes to '%2' (%3): %4")
                .arg(e.file, e.record.unit.name)
                .arg(e.record.unit.id)
                .arg(keys.isEmpty() ? QStringLiteral("joins the campaign")
                                    : keys.join(QStringLiteral(", ")));
        }
        case FormImporter::Status::Unchanged:
            return QStringLiteral("%1: '%2' (%3) unchanged")
                .arg(e.file, e.record.unit.name)
                .arg(e.record.unit.id);
        case FormImporter::Status::Problem:
            break;
        }
        return QStringLiteral("%1: problem (see below)").arg(e.file);
    }
};

CliRegistration<FormsCommand>
    registration("forms", "Write or read information forms, .docx/.xlsx (blank, import).");

} // namespace
