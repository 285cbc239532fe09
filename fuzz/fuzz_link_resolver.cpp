// libFuzzer harness: LinkResolver, which finds the link a tally cell names, by a URL's parameter
// or by a token inside longer text. It resolves against the links of a demo campaign, made once
// in a temporary SQLite database, as a tally import does.
#include "FuzzSupport.h"

#include "db/Database.h"
#include "db/Migrations.h"
#include "demo/DemoDataGenerator.h"
#include "imports/LinkResolver.h"
#include "repo/CampaignRepository.h"

#include <cstdlib>

namespace {
Database *database = nullptr;
LinkResolver *resolver = nullptr;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::startApplication(argc, argv);
    // Kept for the whole run: the resolver reads the links once. Never destroyed: a static
    // Database would be closed at exit after DatabaseFiles' registry of open files (made later,
    // so destroyed earlier) is gone. Reachable through the global, so no leak is reported.
    database = new Database;
    Database &db = *database;
    if (db.open(FuzzSupport::scratchFolder() + QStringLiteral("/links.sqlite")).isValid()
        || Migrations::prepare(db).isValid() || !DemoDataGenerator(db).generate(2024).isEmpty())
        std::abort(); // a harness without links would fuzz nothing
    resolver = new LinkResolver;
    if (resolver->load(db, CampaignRepository(db).byYear(2024)->id).isValid())
        std::abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    LinkResolver::Link link;
    QString token;
    (void)resolver->resolve(text, &link, &token);
    return 0;
}
