#include "mailing/campaign_store.hpp"

namespace pmi::mailing {
namespace {

constexpr std::string_view kColumns =
    "id, kind, status, subject, body, topics, languages, call_id, digest_until, scheduled_at, queued_at, recipients,"
    " created_at, updated_at";

Campaign campaign_from(const db::Row& row)
{
    Campaign campaign;
    campaign.id = CampaignId{row.integer(0)};
    campaign.kind = campaign_kind_from_code(row.text(1));
    campaign.status = campaign_status_from_code(row.text(2));
    campaign.subject = LocalizedText::from_json(row.text(3));
    campaign.body = LocalizedText::from_json(row.text(4));
    campaign.topics = split_codes(row.text(5));
    campaign.languages = split_codes(row.text(6));
    campaign.call_id = row.optional_integer(7);
    campaign.digest_until = row.optional_integer(8);
    campaign.scheduled_at = row.optional_integer(9);
    campaign.queued_at = row.optional_integer(10);
    campaign.recipients = static_cast<int>(row.integer(11));
    campaign.created_at = row.integer(12);
    campaign.updated_at = row.integer(13);
    return campaign;
}

}  // namespace

std::vector<Campaign> CampaignStore::list(int limit, int offset)
{
    std::vector<Campaign> list;
    for (const auto& row : connection_.query("SELECT " + std::string(kColumns) + " FROM mailing_campaigns ORDER BY id DESC LIMIT ? OFFSET ?",
                                             {limit, offset}))
        list.push_back(campaign_from(row));
    return list;
}

std::optional<Campaign> CampaignStore::find(CampaignId id)
{
    auto row = connection_.query_one("SELECT " + std::string(kColumns) + " FROM mailing_campaigns WHERE id = ?", {id.value});
    if (!row) return std::nullopt;
    return campaign_from(*row);
}

CampaignId CampaignStore::insert(const Campaign& campaign, std::optional<UserId> by, Seconds now)
{
    auto row = connection_.query_one(
        "INSERT INTO mailing_campaigns (kind, status, subject, body, topics, languages, call_id, digest_until, created_by,"
        " created_at, updated_at) VALUES (?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {campaign_kind_code(campaign.kind), campaign.subject.to_json(), campaign.body.to_json(), join_codes(campaign.topics),
         join_codes(campaign.languages), campaign.call_id, campaign.digest_until, by ? db::Value(by->value) : db::Value(), now, now});
    return CampaignId{row->integer(0)};
}

bool CampaignStore::update_draft(const Campaign& campaign, Seconds now)
{
    return connection_.execute("UPDATE mailing_campaigns SET subject = ?, body = ?, topics = ?, languages = ?, updated_at = ?"
                               " WHERE id = ? AND status = 'draft'",
                               {campaign.subject.to_json(), campaign.body.to_json(), join_codes(campaign.topics),
                                join_codes(campaign.languages), now, campaign.id.value}) > 0;
}

bool CampaignStore::schedule(CampaignId id, Seconds at, Seconds now)
{
    return connection_.execute("UPDATE mailing_campaigns SET status = 'scheduled', scheduled_at = ?, updated_at = ?"
                               " WHERE id = ? AND status = 'draft'",
                               {at, now, id.value}) > 0;
}

bool CampaignStore::unschedule(CampaignId id, Seconds now)
{
    return connection_.execute("UPDATE mailing_campaigns SET status = 'draft', scheduled_at = NULL, updated_at = ?"
                               " WHERE id = ? AND status = 'scheduled'",
                               {now, id.value}) > 0;
}

std::vector<CampaignId> CampaignStore::due(Seconds now)
{
    std::vector<CampaignId> ids;
    for (const auto& row : connection_.query(
             "SELECT id FROM mailing_campaigns WHERE status = 'scheduled' AND scheduled_at <= ? ORDER BY scheduled_at, id", {now}))
        ids.emplace_back(row.integer(0));
    return ids;
}

bool CampaignStore::start(CampaignId id, Seconds now)
{
    return connection_.execute("UPDATE mailing_campaigns SET status = 'sent', queued_at = ?, updated_at = ?"
                               " WHERE id = ? AND status = 'scheduled'",
                               {now, now, id.value}) > 0;
}

void CampaignStore::set_recipients(CampaignId id, int recipients)
{
    connection_.execute("UPDATE mailing_campaigns SET recipients = ? WHERE id = ?", {recipients, id.value});
}

std::optional<Seconds> CampaignStore::last_digest_until()
{
    auto row = connection_.query_one(
        "SELECT MAX(digest_until) FROM mailing_campaigns WHERE kind = 'digest' AND status IN ('scheduled', 'sent')");
    return row ? row->optional_integer(0) : std::nullopt;
}

}  // namespace pmi::mailing
