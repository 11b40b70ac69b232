#pragma once
// Campaigns in SQL. Moving a campaign from scheduled to sent is one conditional update, so
// of several processes exactly one queues its messages.
#include <optional>
#include <vector>

#include "db/database.hpp"
#include "mailing/mailing.hpp"

namespace pmi::mailing {

class CampaignStore {
public:
    explicit CampaignStore(db::Connection& connection) : connection_(connection) {}

    std::vector<Campaign> list(int limit, int offset);
    std::optional<Campaign> find(CampaignId id);
    CampaignId insert(const Campaign& campaign, std::optional<UserId> by, Seconds now);
    // Saves subject, body, topics and languages of a draft; false when it is no draft.
    bool update_draft(const Campaign& campaign, Seconds now);
    // draft → scheduled at `at`; false when it is no draft.
    bool schedule(CampaignId id, Seconds at, Seconds now);
    // scheduled → draft; false when it is not scheduled.
    bool unschedule(CampaignId id, Seconds now);
    // Scheduled campaigns whose moment has come, oldest first.
    std::vector<CampaignId> due(Seconds now);
    // scheduled → sent, now; true for the one caller that made the change.
    bool start(CampaignId id, Seconds now);
    void set_recipients(CampaignId id, int recipients);
    // Where the newest news digest (scheduled or sent) stopped.
    std::optional<Seconds> last_digest_until();

private:
    db::Connection& connection_;
};

}  // namespace pmi::mailing
