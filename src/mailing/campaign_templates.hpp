#pragma once
// Campaign drafts filled in for the officer, in every language, to edit before sending:
// "a new call is open" (countries, programming areas and the deadline as each reader reads
// it) and the news digest (posts published since the last digest).
#include <optional>
#include <string>
#include <vector>

#include "calls/call.hpp"
#include "mailing/campaign_service.hpp"
#include "site/content_cache.hpp"
#include "web/i18n.hpp"

namespace pmi::mailing {

CampaignDraft call_announcement(const calls::Call& call, const site::SiteContent& content, const web::I18n& i18n,
                                const std::string& public_origin);

// Fails (field "kind") when no post was published in the period.
Result<CampaignDraft> news_digest(const std::vector<site::NewsPost>& posts, Seconds since, Seconds until,
                                  const site::SiteContent& content, const web::I18n& i18n, const std::string& public_origin);

}  // namespace pmi::mailing
