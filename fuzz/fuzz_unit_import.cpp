// libFuzzer harness: unit import and its validation (UnitImporter, UnitValidator, PhoneRule,
// NameKey). Each input is a units CSV file, imported as a dry run into a campaign of a temporary
// SQLite database with demo units, so name, phone and parent checks meet registered units too.
#include "FuzzSupport.h"

#include "db/Database.h"
#include "db/Migrations.h"
#include "demo/DemoDataGenerator.h"
#include "imports/UnitImporter.h"
#include "repo/CampaignRepository.h"

#include <cstdlib>

namespace {
Database *database = nullptr;
qint64 campaignId = 0;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::startApplication(argc, argv);
    // Never destroyed: a static Database would be closed at exit after DatabaseFiles' registry
    // of open files (made later, so destroyed earlier) is gone, a use after free of the harness's
    // own making. Reachable through the global, so LeakSanitizer does not count it.
    database = new Database;
    Database &db = *database;
    if (db.open(FuzzSupport::scratchFolder() + QStringLiteral("/units.sqlite")).isValid()
        || Migrations::prepare(db).isValid() || !DemoDataGenerator(db).generate(2024).isEmpty())
        std::abort(); // without a campaign every input would be refused at once
    campaignId = CampaignRepository(db).byYear(2024)->id;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = FuzzSupport::writeInput(data, size, QStringLiteral("csv"));
    UnitImporter::Options options;
    options.campaignId = campaignId;
    // A dry run checks every row as a real import does, and leaves the database as it was.
    options.dryRun = true;
    (void)UnitImporter(*database).run(path, options);
    return 0;
}
