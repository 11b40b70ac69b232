#include "mailing/consent_ledger.hpp"

namespace pmi::mailing {

void ConsentLedger::keep_wording(const Wording& wording, Seconds now)
{
    connection_.execute("INSERT INTO mailing_wordings (hash, version, language, text, first_shown_at) VALUES (?, ?, ?, ?, ?)"
                        " ON CONFLICT (hash) DO NOTHING",
                        {wording.hash, wording.version, wording.language, wording.text, now});
}

void ConsentLedger::append(SubscriberId subscriber, const ConsentEvent& event, std::optional<UserId> recorded_by)
{
    connection_.execute(
        "INSERT INTO mailing_consent_events (subscriber_id, topic, action, at, method, wording_hash, ip, source, consent_type,"
        " expires_at, campaign_id, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {subscriber.value, event.topic, consent_action_code(event.action), event.at, consent_method_code(event.method),
         event.wording ? db::Value(event.wording->hash) : db::Value(), event.ip.substr(0, 64), event.source.substr(0, 500),
         event.consent_type == ConsentType::Implied ? "implied" : "express", event.expires_at,
         event.campaign ? db::Value(event.campaign->value) : db::Value(),
         recorded_by ? db::Value(recorded_by->value) : db::Value()});
}

std::vector<ConsentEvent> ConsentLedger::events(SubscriberId subscriber)
{
    std::vector<ConsentEvent> list;
    for (const auto& row : connection_.query(
             "SELECT e.id, e.topic, e.action, e.at, e.method, e.wording_hash, w.version, w.language, w.text, e.ip, e.source,"
             " e.consent_type, e.expires_at, e.campaign_id, COALESCE(u.name, '')"
             " FROM mailing_consent_events e LEFT JOIN mailing_wordings w ON w.hash = e.wording_hash"
             " LEFT JOIN users u ON u.id = e.recorded_by WHERE e.subscriber_id = ? ORDER BY e.id",
             {subscriber.value})) {
        ConsentEvent event;
        event.id = row.integer(0);
        event.topic = row.text(1);
        event.action = consent_action_from_code(row.text(2));
        event.at = row.integer(3);
        event.method = consent_method_from_code(row.text(4));
        if (!row.is_null(5)) event.wording = Wording{row.text(5), row.text(6), row.text(7), row.text(8)};
        event.ip = row.text(9);
        event.source = row.text(10);
        event.consent_type = row.text(11) == "implied" ? ConsentType::Implied : ConsentType::Express;
        event.expires_at = row.optional_integer(12);
        if (auto campaign = row.optional_integer(13)) event.campaign = CampaignId{*campaign};
        event.recorded_by = row.text(14);
        list.push_back(std::move(event));
    }
    return list;
}

std::int64_t ConsentLedger::withdrawals_from(CampaignId campaign)
{
    return connection_
        .query_one("SELECT COUNT(DISTINCT subscriber_id) FROM mailing_consent_events WHERE campaign_id = ? AND action = 'withdraw'",
                   {campaign.value})
        ->integer(0);
}

}  // namespace pmi::mailing
