// The public directory: partner local governments by country, area and language.
#include <algorithm>

#include "core/text.hpp"
#include "core/translator.hpp"
#include "directory/pages.hpp"
#include "directory/profile_form.hpp"
#include "site/view_helpers.hpp"

namespace pmi::directory {
namespace {

PartnerFilter filter_of(const web::Fields& query)
{
    PartnerFilter filter;
    auto country = query.get("country");
    if (std::find(kCountries.begin(), kCountries.end(), country) != kCountries.end()) filter.country = std::string(country);
    if (area_index(query.get("area"))) filter.area = std::string(query.get("area"));
    auto language = query.get("language");
    if (std::find(kLanguages.begin(), kLanguages.end(), language) != kLanguages.end()) filter.language = std::string(language);
    filter.search = text::lowercase_ascii(text::trim(query.get("q").substr(0, 100)));
    auto page = std::atoi(std::string(query.get("page").substr(0, 6)).c_str());
    filter.page = std::clamp(page, 1, 100000);
    return filter;
}

std::string list_address(const PartnerFilter& filter, int page)
{
    std::string address = "/partners?page=" + std::to_string(page);
    for (auto [name, value] : {std::pair{"country", &filter.country}, {"area", &filter.area}, {"language", &filter.language}, {"q", &filter.search}})
        if (!value->empty()) address += std::string("&") + name + "=" + web::percent_encode(*value);
    return address;
}

template <std::size_t N>
void options(ctemplate::TemplateDictionary& body, const char* section, const std::array<std::string_view, N>& codes,
             const std::string& selected, const std::function<std::string(std::string_view)>& name)
{
    for (auto code : codes) {
        auto* option = body.AddSectionDictionary(section);
        option->SetValue("CODE", std::string(code));
        option->SetValue("NAME", name(code));
        if (code == selected) option->ShowSection("SELECTED");
    }
}

}  // namespace

std::vector<std::string> DirectoryPages::area_names(const web::Exchange& exchange)
{
    std::vector<std::string> names;
    auto areas = site_.areas();
    for (auto code : kAreas) {
        auto found = std::find_if(areas.begin(), areas.end(), [&](const site::ProgrammingArea& a) { return a.code == code; });
        names.push_back(found == areas.end() ? std::string(code) : found->name.pick(exchange.language).text);
    }
    return names;
}

web::Response DirectoryPages::refuse(web::Exchange& exchange, const Error& error) const
{
    return web::refusal(views_, exchange, error);
}

web::Response DirectoryPages::partners(web::Exchange& exchange)
{
    const auto filter = filter_of(exchange.request.query());
    const auto page_of_partners = directory_.partners(filter);
    const auto names = area_names(exchange);
    auto where = site_.countries();
    auto country_name = [&](std::string_view code) {
        for (const auto& country : where.countries)
            if (country.code == code) return country.name.pick(exchange.language).text;
        return std::string(code);
    };
    web::Page page(views_, exchange, "directory/views/partners.tpl");
    page.title(page.t("Partner local governments"));
    auto& body = page.body();
    options(body, "COUNTRY_OPTION", kCountries, filter.country, country_name);
    for (std::size_t i = 0; i < kAreas.size(); ++i) {
        auto* option = body.AddSectionDictionary("AREA_OPTION");
        option->SetValue("CODE", std::string(kAreas[i]));
        option->SetValue("NAME", names[i]);
        if (kAreas[i] == filter.area) option->ShowSection("SELECTED");
    }
    options(body, "LANGUAGE_FILTER", kLanguages, filter.language, [&](std::string_view code) { return page.t(site::language_label(code)); });
    body.SetValue("SEARCH", filter.search);
    body.SetValue("RESULT_COUNT", views_.i18n.plural(exchange.language, "{1} local government", "{1} local governments", page_of_partners.total));
    for (const auto& partner : page_of_partners.partners) {
        auto* row = body.AddSectionDictionary("PARTNER");
        row->SetValue("KEY", partner.key);
        row->SetValue("NAME", partner.name);
        row->SetValue("COUNTRY", country_name(partner.country));
        row->SetValue("REGION", partner.region);
        row->SetValue("LEVEL", page.t(level_label(partner.level)));
        row->SetValue("POPULATION", views_.i18n.number(exchange.language, static_cast<double>(partner.population)));
        row->SetValue("LANGUAGES", site::language_names(partner.languages, exchange, views_.i18n));
        std::string needs;
        for (std::size_t i = 0; i < kAreas.size(); ++i)
            if (partner.needs[i] >= 2) needs += (needs.empty() ? "" : ", ") + names[i];
        row->SetValue("NEEDS", needs.empty() ? "—" : needs);
    }
    if (page_of_partners.partners.empty()) body.ShowSection("NO_PARTNERS");
    if (filter.page > 1) body.SetValueAndShowSection("PREVIOUS_URL", list_address(filter, filter.page - 1), "PREVIOUS");
    if (static_cast<std::int64_t>(filter.page) * kPageSize < page_of_partners.total)
        body.SetValueAndShowSection("NEXT_URL", list_address(filter, filter.page + 1), "NEXT");
    return page.render();
}

web::Response DirectoryPages::partner(web::Exchange& exchange)
{
    auto found = directory_.partner(exchange.request.path_parameter("key"));
    if (!found.ok()) return web::error_page(views_, exchange, found.error());
    const auto& partner = *found;
    const auto names = area_names(exchange);
    web::Page page(views_, exchange, "directory/views/partner.tpl");
    page.title(partner.name).updated(partner.updated_at);
    auto& body = page.body();
    body.SetValue("KEY", partner.key);
    body.SetValue("NAME", partner.name);
    body.SetValue("COUNTRY_CODE", partner.country);
    if (auto country = site_.country(partner.country); country.ok()) site::set_localized(body, "COUNTRY", country->name, exchange, views_.i18n);
    else body.SetValue("COUNTRY", partner.country);
    body.SetValue("REGION", partner.region);
    body.SetValue("LEVEL", page.t(level_label(partner.level)));
    body.SetValue("POPULATION", views_.i18n.number(exchange.language, static_cast<double>(partner.population)));
    body.SetValue("LANGUAGES", site::language_names(partner.languages, exchange, views_.i18n));
    if (partner.interpretation) body.ShowSection("INTERPRETATION");
    body.SetValue("WANTED", views_.i18n.plural(exchange.language, "{1} Canadian partner", "{1} Canadian partners", partner.wanted_partners));
    for (std::size_t i = 0; i < kAreas.size(); ++i) {
        auto* row = body.AddSectionDictionary("NEED");
        row->SetValue("AREA_CODE", std::string(kAreas[i]));
        row->SetValue("AREA", names[i]);
        row->SetValue("LEVEL", page.t(level_word(partner.needs[i])));
        row->SetIntValue("WIDTH", partner.needs[i] * 60);
        row->SetIntValue("VALUE", partner.needs[i]);
        row->SetIntValue("Y", static_cast<long>(i) * 28 + 4);
        row->SetIntValue("TEXT_Y", static_cast<long>(i) * 28 + 18);
    }
    if (!partner.description.empty()) {
        site::set_localized(body, "DESCRIPTION", partner.description, exchange, views_.i18n);
        body.ShowSection("HAS_DESCRIPTION");
    }
    if (!partner.contact_name.empty()) body.SetValueAndShowSection("CONTACT_NAME", partner.contact_name, "CONTACT");
    // Addresses are for signed-in users only, out of the reach of harvesting robots.
    if (exchange.actor.signed_in() && !partner.contact_email.empty()) body.SetValueAndShowSection("CONTACT_EMAIL", partner.contact_email, "EMAIL");
    if (directory_.may_edit(exchange.actor, partner)) body.ShowSection("MAY_EDIT");
    return page.render();
}

}  // namespace pmi::directory
