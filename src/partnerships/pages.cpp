// The public list and page of each partnership, and the list's exports.
#include "partnerships/pages.hpp"

#include <algorithm>

#include "core/csv.hpp"
#include "files/xlsx_writer.hpp"
#include "partnerships/fiscal_year.hpp"
#include "partnerships/view_helpers.hpp"
#include "site/view_helpers.hpp"

namespace pmi::partnerships {

PartnershipId partnership_in(const web::Exchange& exchange)
{
    const auto text = exchange.request.path_parameter("id");
    if (text.empty() || text.size() > 18 || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return PartnershipId{};
    return PartnershipId{std::atoll(std::string(text).c_str())};
}

web::Response spreadsheet(const std::string& kind, const std::string& file_name, const std::vector<std::string>& header,
                          const std::vector<std::vector<std::string>>& rows)
{
    web::Response response;
    if (kind == "xlsx") {
        response.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        response.body = files::write_xlsx(file_name, header, rows);
        response.compressible = false;
    } else {
        response.content_type = "text/csv; charset=utf-8";
        response.body = csv::row(header);
        for (const auto& row : rows) response.body += csv::row(row);
    }
    response.headers.add("Content-Disposition", "attachment; filename=\"" + file_name + "." + kind + "\"");
    return response;
}

std::string PartnershipPages::area_name(const web::Exchange& exchange, std::string_view code)
{
    if (auto area = site_.area(code); area.ok()) return area->name.pick(exchange.language).text;
    return std::string(code);
}

std::string PartnershipPages::country_name(const web::Exchange& exchange, std::string_view code)
{
    if (auto country = site_.country(code); country.ok()) return country->name.pick(exchange.language).text;
    return std::string(code);
}

web::Response PartnershipPages::list(web::Exchange& exchange)
{
    const auto visible = partnerships_.list(exchange.actor);
    web::Page page(views_, exchange, "partnerships/views/list.tpl");
    page.title(page.t("Partnerships"));
    auto& body = page.body();
    if (exchange.actor.runs_program()) body.ShowSection("OFFICER");
    if (exchange.actor.signed_in()) body.ShowSection("SIGNED_IN");
    body.SetValue("COUNT", views_.i18n.plural(exchange.language, "{1} partnership", "{1} partnerships", static_cast<std::int64_t>(visible.size())));
    for (const auto& [p, access] : visible) {
        auto* row = body.AddSectionDictionary("PARTNERSHIP");
        row->SetIntValue("ID", static_cast<long>(p.id.value));
        row->SetValue("TEAMS", member_names(p, MemberKind::Team));
        row->SetValue("PARTNERS", member_names(p, MemberKind::Partner));
        row->SetValue("COUNTRY", country_name(exchange, p.country));
        row->SetValue("STATUS", page.t(status_label(p.status)));
        row->SetValue("SINCE", p.start ? date_text(*p.start) : "—");
        if (access != Access::Public) row->ShowSection("YOURS");
        if (!p.published) row->ShowSection("UNPUBLISHED");
    }
    if (visible.empty()) body.ShowSection("NONE");
    return page.render();
}

web::Response PartnershipPages::show(web::Exchange& exchange)
{
    auto found = partnerships_.find(exchange.actor, partnership_in(exchange));
    if (!found.ok()) return web::error_page(views_, exchange, found.error());
    const auto& [p, access] = *found;
    web::Page page(views_, exchange, "partnerships/views/show.tpl");
    page.title(partnership_name(p)).updated(p.updated_at);
    auto& body = page.body();
    body.SetIntValue("ID", static_cast<long>(p.id.value));
    body.SetValue("NAME", partnership_name(p));
    body.SetValue("TEAMS", member_names(p, MemberKind::Team));
    body.SetValue("PARTNERS", member_names(p, MemberKind::Partner));
    body.SetValue("COUNTRY_CODE", p.country);
    body.SetValue("COUNTRY", country_name(exchange, p.country));
    body.SetValue("STATUS", page.t(status_label(p.status)));
    body.SetValue("SINCE", p.start ? views_.i18n.format(exchange.language, "Since {1}", {date_text(*p.start)}) : page.t("Start date not set yet"));
    if (p.end) body.SetValueAndShowSection("END", date_text(*p.end), "HAS_END");
    for (const auto& code : p.areas) {
        auto* area = body.AddSectionDictionary("AREA");
        area->SetValue("CODE", code);
        area->SetValue("NAME", area_name(exchange, code));
    }
    if (!p.summary.empty()) {
        site::set_localized(body, "SUMMARY", p.summary, exchange, views_.i18n);
        body.ShowSection("HAS_SUMMARY");
    }
    if (access != Access::Public) {
        body.ShowSection("MEMBER_VIEW");
        if (!p.contact_name.empty() || !p.contact_email.empty()) {
            auto* contact = body.AddSectionDictionary("CONTACT");
            contact->SetValue("CONTACT_NAME", p.contact_name);
            contact->SetValue("CONTACT_EMAIL", p.contact_email);
        }
        if (!p.office_name.empty()) body.SetValueAndShowSection("OFFICE", p.office_name, "HAS_OFFICE");
        if (!p.published) body.ShowSection("UNPUBLISHED");
    }
    const auto networks = networks_ ? networks_(exchange.actor, p) : std::vector<NetworkLink>{};
    auto* network_list = networks.empty() ? nullptr : body.AddSectionDictionary("HAS_NETWORKS");
    for (const auto& network : networks) {
        auto* row = network_list->AddSectionDictionary("NETWORK");
        row->SetValue("NETWORK_KEY", network.key);
        row->SetValue("NETWORK_NAME", network.name);
    }
    const auto stories = stories_ ? stories_(p.id, exchange.language) : std::vector<StoryLink>{};
    auto* story_list = stories.empty() ? nullptr : body.AddSectionDictionary("HAS_STORIES");
    for (const auto& story : stories) {
        auto* row = story_list->AddSectionDictionary("STORY");
        row->SetValue("STORY_TITLE", story.title);
        row->SetValue("STORY_LANG", story.language);
        row->SetValue("STORY_URL", story.url);
    }
    return page.render();
}

web::Response PartnershipPages::list_csv(web::Exchange& exchange)
{
    auto table = partnership_table(partnerships_.list(exchange.actor));
    return spreadsheet("csv", "partnerships", table.header, table.rows);
}

web::Response PartnershipPages::list_xlsx(web::Exchange& exchange)
{
    auto table = partnership_table(partnerships_.list(exchange.actor));
    return spreadsheet("xlsx", "partnerships", table.header, table.rows);
}

}  // namespace pmi::partnerships
