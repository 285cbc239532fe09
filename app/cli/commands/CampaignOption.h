#pragma once

#include "CliCommand.h"

#include "domain/Campaign.h"
#include "repo/CampaignRepository.h"

#include <optional>

// --campaign Y for the progress commands: the campaign of year Y, or the newest one when the
// option is not given. Prints why not and returns nullopt when there is none.
inline void addCampaignOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("campaign"), QStringLiteral("Campaign year (default: the newest)."),
                      QStringLiteral("Y")});
}

inline std::optional<Campaign> campaignFromOption(CliContext &ctx, Database &db, const QCommandLineParser &parser)
{
    CampaignRepository campaigns(db);
    if (!parser.isSet(QStringLiteral("campaign"))) {
        auto latest = campaigns.latest();
        if (!latest)
            ctx.err() << "campaign: there is no campaign yet; add one with 'campaign add'" << Qt::endl;
        return latest;
    }
    bool ok = false;
    const int year = parser.value(QStringLiteral("campaign")).toInt(&ok);
    auto campaign = ok ? campaigns.byYear(year) : std::nullopt;
    if (!campaign)
        ctx.err() << "campaign: no campaign for '" << parser.value(QStringLiteral("campaign")) << "'" << Qt::endl;
    return campaign;
}
