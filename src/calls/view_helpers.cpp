#include "calls/view_helpers.hpp"

#include <algorithm>

#include "calls/rules.hpp"
#include "core/translator.hpp"

namespace pmi::calls {

std::string_view status_label(ApplicationStatus status)
{
    switch (status) {
    case ApplicationStatus::Draft: return N_("Draft");
    case ApplicationStatus::Submitted: return N_("Submitted");
    case ApplicationStatus::Withdrawn: return N_("Withdrawn");
    case ApplicationStatus::UnderReview: return N_("Under review");
    case ApplicationStatus::Selected: return N_("Selected");
    case ApplicationStatus::NotSelected: return N_("Not selected");
    case ApplicationStatus::Waitlisted: return N_("Waitlisted");
    }
    return N_("Draft");
}

std::string time_left_text(const web::I18n& i18n, const web::Exchange& exchange, const Call& call, Seconds now)
{
    auto left = time_left(call, now);
    switch (left.unit) {
    case TimeLeft::Unit::Days: return i18n.plural(exchange.language, "{1} day left", "{1} days left", left.amount);
    case TimeLeft::Unit::Hours: return i18n.plural(exchange.language, "{1} hour left", "{1} hours left", left.amount);
    case TimeLeft::Unit::Minutes: return i18n.plural(exchange.language, "{1} minute left", "{1} minutes left", left.amount);
    }
    return {};
}

std::string deadline_text(const web::I18n& i18n, const web::Exchange& exchange, const Call& call)
{
    return i18n.date_time_in(exchange.language, call.deadline_at, call.time_zone);
}

std::string country_names(site::SiteService& site, const web::Exchange& exchange, const std::vector<std::string>& codes)
{
    std::string names;
    for (const auto& country : site.countries().countries)
        if (std::find(codes.begin(), codes.end(), country.code) != codes.end())
            names += (names.empty() ? "" : ", ") + country.name.pick(exchange.language).text;
    return names;
}

std::string area_names(site::SiteService& site, const web::Exchange& exchange, const std::vector<std::string>& codes)
{
    std::string names;
    for (const auto& area : site.areas())
        if (std::find(codes.begin(), codes.end(), area.code) != codes.end())
            names += (names.empty() ? "" : ", ") + area.name.pick(exchange.language).text;
    return names;
}

}  // namespace pmi::calls
