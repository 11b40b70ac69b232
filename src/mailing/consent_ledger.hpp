#pragma once
// The consent ledger in SQL: events are only ever added (the database refuses changes),
// and each keeps the exact wording the person saw, stored once by its hash.
#include <optional>
#include <vector>

#include "db/database.hpp"
#include "mailing/mailing.hpp"

namespace pmi::mailing {

class ConsentLedger {
public:
    explicit ConsentLedger(db::Connection& connection) : connection_(connection) {}

    // Stores the wording unless it is there already.
    void keep_wording(const Wording& wording, Seconds now);
    // `event.wording`, when set, must have been kept first.
    void append(SubscriberId subscriber, const ConsentEvent& event, std::optional<UserId> recorded_by = std::nullopt);
    // The subscriber's whole ledger, oldest first, with wordings and who recorded each event.
    std::vector<ConsentEvent> events(SubscriberId subscriber);
    // Subscribers who withdrew through a link in the campaign's messages.
    std::int64_t withdrawals_from(CampaignId campaign);

private:
    db::Connection& connection_;
};

}  // namespace pmi::mailing
