#pragma once
// Shared pieces of the call pages: deadlines, time left, status names, country and area names.
#include <ctemplate/template.h>

#include "calls/call.hpp"
#include "site/site_service.hpp"
#include "web/exchange.hpp"
#include "web/i18n.hpp"

namespace pmi::calls {

std::string_view status_label(ApplicationStatus status);  // English message id
std::string time_left_text(const web::I18n& i18n, const web::Exchange& exchange, const Call& call, Seconds now);
std::string deadline_text(const web::I18n& i18n, const web::Exchange& exchange, const Call& call);
// "Burkina Faso, Mali": names in the reader's language of the codes given.
std::string country_names(site::SiteService& site, const web::Exchange& exchange, const std::vector<std::string>& codes);
std::string area_names(site::SiteService& site, const web::Exchange& exchange, const std::vector<std::string>& codes);

}  // namespace pmi::calls
