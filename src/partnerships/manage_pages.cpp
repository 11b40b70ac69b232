// The form that creates a partnership by hand and changes it: officers set its members,
// status, dates, areas and publication; the partnership's staff its summary and contacts.
#include <algorithm>

#include "core/translator.hpp"
#include "directory/directory.hpp"
#include "partnerships/rules.hpp"
#include "partnerships/pages.hpp"

namespace pmi::partnerships {
namespace {

constexpr std::string_view kSummaryLanguages[] = {"en", "fr", "es"};

std::vector<std::string> all_of(const web::Fields& form, std::string_view name)
{
    std::vector<std::string> values;
    for (auto value : form.all(name))
        if (!value.empty() && values.size() < 50) values.emplace_back(value.substr(0, 100));
    return values;
}

// The fields staff may change, from the form.
void read_staff_fields(const web::Fields& form, PartnershipInput& in)
{
    for (auto language : kSummaryLanguages) in.summary[std::string(language)] = std::string(form.get("summary_" + std::string(language)));
    in.contact_name = std::string(form.get("contact_name"));
    in.contact_email = std::string(form.get("contact_email"));
}

PartnershipInput input_from_form(const web::Fields& form)
{
    PartnershipInput in;
    in.teams = all_of(form, "teams");
    in.partners = all_of(form, "partners");
    in.status = std::string(form.get("status"));
    in.start = std::string(form.get("start"));
    in.end = std::string(form.get("end"));
    in.areas = all_of(form, "areas");
    in.published = form.get("published") == "yes";
    read_staff_fields(form, in);
    return in;
}

web::Fields fields_of(const PartnershipInput& in)
{
    web::Fields fields;
    for (const auto& key : in.teams) fields.add("teams", key);
    for (const auto& key : in.partners) fields.add("partners", key);
    for (const auto& area : in.areas) fields.add("areas", area);
    fields.add("status", in.status);
    fields.add("start", in.start);
    fields.add("end", in.end);
    for (const auto& [language, text] : in.summary) fields.add("summary_" + language, text);
    fields.add("contact_name", in.contact_name);
    fields.add("contact_email", in.contact_email);
    if (in.published) fields.add("published", "yes");
    return fields;
}

void choices(ctemplate::TemplateDictionary& body, const char* section, const std::string& key, const std::string& name,
             const std::vector<std::string_view>& chosen)
{
    auto* option = body.AddSectionDictionary(section);
    option->SetValue("KEY", key);
    option->SetValue("NAME", name);
    if (std::find(chosen.begin(), chosen.end(), key) != chosen.end()) option->ShowSection("SELECTED");
}

}  // namespace

web::Response PartnershipPages::form(web::Exchange& exchange, const web::Fields& fields, const Error* error, PartnershipId id, Access access)
{
    return web::form_page(views_, exchange, "partnerships/views/edit.tpl", N_("Partnership"), fields, error, [&](auto& body) {
        body.SetValue("ACTION", id.valid() ? "/partnerships/" + std::to_string(id.value) + "/edit" : std::string("/manage/partnerships/new"));
        if (id.valid()) body.SetIntValue("ID", static_cast<long>(id.value));
        if (access != Access::Officer) return;  // staff see only the summary and contacts
        body.ShowSection("OFFICER");
        if (auto teams = directory_.teams(exchange.actor); teams.ok())
            for (const auto& team : *teams) choices(body, "TEAM_OPTION", team.key, team.name + " (" + team.province + ")", fields.all("teams"));
        if (auto partners = directory_.export_partners(exchange.actor); partners.ok())
            for (const auto& partner : *partners)
                choices(body, "PARTNER_OPTION", partner.key, partner.name + " (" + country_name(exchange, partner.country) + ")", fields.all("partners"));
        for (auto status : kStatuses)
            choices(body, "STATUS_OPTION", std::string(status_code(status)), views_.i18n.translate(exchange.language, status_label(status)),
                    {fields.get("status")});
        for (auto area : directory::kAreas) choices(body, "AREA_OPTION", std::string(area), area_name(exchange, area), fields.all("areas"));
        if (fields.get("published") == "yes") body.ShowSection("PUBLISHED");
    });
}

web::Response PartnershipPages::new_form(web::Exchange& exchange)
{
    if (!exchange.actor.runs_program()) return web::refusal(views_, exchange, exchange.actor.signed_in() ? forbidden() : unauthenticated());
    PartnershipInput blank;
    blank.status = "proposed";
    return form(exchange, fields_of(blank), nullptr, {}, Access::Officer);
}

web::Response PartnershipPages::edit_form(web::Exchange& exchange)
{
    if (!exchange.actor.signed_in()) return web::refusal(views_, exchange, unauthenticated());
    auto found = partnerships_.find(exchange.actor, partnership_in(exchange));
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    if (found->access == Access::Public) return web::refusal(views_, exchange, forbidden());
    return form(exchange, fields_of(input_of(found->partnership)), nullptr, found->partnership.id, found->access);
}

web::Response PartnershipPages::create(web::Exchange& exchange)
{
    const auto fields = exchange.request.form();
    auto created = partnerships_.create(exchange.actor, input_from_form(fields));
    if (created.ok()) return web::Response::redirect("/partnerships/" + std::to_string(created->value) + "?notice=saved");
    if (created.error().code != ErrorCode::Invalid && created.error().code != ErrorCode::Conflict) return web::refusal(views_, exchange, created.error());
    return form(exchange, fields, &created.error(), {}, Access::Officer);
}

web::Response PartnershipPages::update(web::Exchange& exchange)
{
    const auto fields = exchange.request.form();
    auto found = partnerships_.find(exchange.actor, partnership_in(exchange));
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    // Staff send only the summary and contacts; the service keeps the rest as it was.
    auto updated = partnerships_.update(exchange.actor, found->partnership.id, input_from_form(fields));
    if (updated.ok()) return web::Response::redirect("/partnerships/" + std::to_string(found->partnership.id.value) + "?notice=saved");
    if (updated.error().code != ErrorCode::Invalid && updated.error().code != ErrorCode::Conflict) return web::refusal(views_, exchange, updated.error());
    return form(exchange, fields, &updated.error(), found->partnership.id, found->access);
}

}  // namespace pmi::partnerships
