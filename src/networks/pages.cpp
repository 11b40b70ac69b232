#include "networks/pages.hpp"

#include <charconv>
#include <cmath>
#include <sstream>

#include <fmt/format.h>

#include "core/text.hpp"
#include "directory/directory.hpp"
#include "networks/rules.hpp"
#include "partnerships/view_helpers.hpp"
#include "site/view_helpers.hpp"
#include "web/path_id.hpp"

namespace pmi::networks {
namespace {

std::vector<std::string> keys_of(std::string_view text)
{
    std::vector<std::string> keys;
    std::istringstream lines{std::string(text.substr(0, 64 * 1024))};
    std::string line;
    while (std::getline(lines, line))
        if (auto key = text::trim(line); !key.empty()) keys.push_back(key);
    return keys;
}

// The degrees of a form field; NaN (refused by the rules) when it is not a number.
double degrees_of(std::string_view text)
{
    const auto trimmed = text::trim(text.substr(0, 40));
    double degrees = std::nan("");
    const auto [end, error] = std::from_chars(trimmed.data(), trimmed.data() + trimmed.size(), degrees);
    if (error != std::errc{} || end != trimmed.data() + trimmed.size()) return std::nan("");
    return degrees;
}

NetworkOrganisation network_of(const web::Fields& form, const web::I18n& i18n)
{
    NetworkOrganisation network;
    network.key = text::trim(form.get("key"));
    network.kind = kind_from_code(form.get("kind")).value_or(NetworkKind::RegionalNetwork);
    network.country = text::trim(form.get("country"));
    network.name = text::trim(form.get("name"));
    for (const auto& language : i18n.languages())
        if (auto text = text::trim(form.get("description_" + language.code)); !text.empty()) network.description.set(language.code, text);
    network.website = text::trim(form.get("website"));
    network.contact_name = text::trim(form.get("contact_name"));
    network.contact_email = text::trim(form.get("contact_email"));
    network.members = keys_of(form.get("members"));
    if (!text::trim(form.get("latitude")).empty() || !text::trim(form.get("longitude")).empty())
        network.seat = Coordinates{degrees_of(form.get("latitude")), degrees_of(form.get("longitude"))};
    return network;
}

web::Fields fields_of(const NetworkOrganisation& network)
{
    web::Fields fields;
    fields.add("key", network.key);
    fields.add("kind", std::string(kind_code(network.kind)));
    fields.add("country", network.country);
    fields.add("name", network.name);
    for (const auto& [language, text] : network.description.versions()) fields.add("description_" + language, text);
    fields.add("website", network.website);
    fields.add("contact_name", network.contact_name);
    fields.add("contact_email", network.contact_email);
    if (network.seat) {
        fields.add("latitude", fmt::format("{}", network.seat->latitude));
        fields.add("longitude", fmt::format("{}", network.seat->longitude));
    }
    std::string members;
    for (const auto& key : network.members) members += key + "\n";
    fields.add("members", members);
    return fields;
}

}  // namespace

web::Response NetworkPages::list(web::Exchange& exchange)
{
    web::Page page(views_, exchange, "networks/views/networks.tpl");
    page.title(page.t("Networks of local governments"));
    for (const auto& network : networks_.list(exchange.actor)) {
        auto* row = page.body().AddSectionDictionary("NETWORK");
        row->SetValue("KEY", network.key);
        row->SetValue("NAME", network.name);
        row->SetValue("KIND", page.t(kind_label(network.kind)));
        row->SetValue("COUNTRY", network.country.empty() ? "—" : network.country);
        row->SetIntValue("MEMBERS", static_cast<long>(network.members.size()));
    }
    if (exchange.actor.runs_program()) page.body().ShowSection("CAN_CREATE");
    return page.render();
}

web::Response NetworkPages::show(web::Exchange& exchange)
{
    auto found = networks_.network(exchange.actor, exchange.request.path_parameter("key"));
    if (!found.ok()) return web::error_page(views_, exchange, found.error());
    const auto& network = *found;
    web::Page page(views_, exchange, "networks/views/network.tpl");
    page.title(network.name).updated(network.updated_at);
    auto& body = page.body();
    body.SetValue("KEY", network.key);
    body.SetValue("NAME", network.name);
    body.SetValue("KIND", page.t(kind_label(network.kind)));
    if (!network.country.empty()) body.SetValueAndShowSection("COUNTRY", network.country, "HAS_COUNTRY");
    site::set_localized(body, "DESCRIPTION", network.description, exchange, views_.i18n, true);
    if (!network.website.empty()) body.SetValueAndShowSection("WEBSITE", network.website, "HAS_WEBSITE");
    if (!network.contact_name.empty() || !network.contact_email.empty()) {
        body.SetValue("CONTACT_NAME", network.contact_name);
        body.SetValueAndShowSection("CONTACT_EMAIL", network.contact_email, "HAS_CONTACT");
    }
    for (const auto& key : network.members) {
        auto* row = body.AddSectionDictionary("MEMBER");
        row->SetValue("MEMBER_KEY", key);
        auto partner = directory_.partner(key);
        row->SetValue("MEMBER_NAME", partner.ok() ? partner->name : key);
    }
    if (network.members.empty()) body.ShowSection("NO_MEMBERS");
    const auto taking_part = networks_.partnerships(exchange.actor, network.key);
    for (const auto& [partnership, access] : taking_part.ok() ? *taking_part : std::vector<partnerships::Visible>{}) {
        auto* row = body.AddSectionDictionary("PARTNERSHIP");
        row->SetIntValue("PARTNERSHIP_ID", static_cast<long>(partnership.id.value));
        row->SetValue("PARTNERSHIP_NAME", partnerships::partnership_name(partnership));
    }
    if (!taking_part.ok() || taking_part->empty()) body.ShowSection("NO_PARTNERSHIPS");
    if (networks_.can_edit(exchange.actor, network).ok()) body.ShowSection("CAN_EDIT");
    if (auto staff = networks_.staff(exchange.actor, network.key); staff.ok()) {
        body.ShowSection("MANAGES_STAFF");
        body.SetValue("CSRF_TOKEN", exchange.csrf_token);
        for (const auto& member : *staff) {
            auto* row = body.AddSectionDictionary("STAFF");
            row->SetValue("STAFF_NAME", member.user_name);
            row->SetIntValue("MEMBERSHIP", static_cast<long>(member.id.value));
            row->SetValue("KEY", network.key);
            row->SetValue("CSRF_TOKEN", exchange.csrf_token);
        }
        if (staff->empty()) body.ShowSection("NO_STAFF");
    }
    return page.render();
}

web::Response NetworkPages::grant_staff(web::Exchange& exchange)
{
    const auto key = std::string(exchange.request.path_parameter("key"));
    auto granted = networks_.grant_staff(exchange.actor, key, exchange.request.form().get("email"));
    if (!granted.ok()) return web::refusal(views_, exchange, granted.error());
    return web::Response::redirect("/networks/" + key + "?notice=saved");
}

web::Response NetworkPages::revoke_staff(web::Exchange& exchange)
{
    const auto key = std::string(exchange.request.path_parameter("key"));
    auto revoked = networks_.revoke_staff(exchange.actor, key, web::path_id<MembershipId>(exchange, "membership"));
    if (!revoked.ok()) return web::refusal(views_, exchange, revoked.error());
    return web::Response::redirect("/networks/" + key + "?notice=saved");
}

web::Response NetworkPages::editor(web::Exchange& exchange, const web::Fields& fields, const Error* error, bool existing)
{
    return web::form_page(views_, exchange, "networks/views/network_edit.tpl", existing ? "Edit the network" : "New network", fields, error,
                          [&](auto& body) {
                              body.SetValue("HEADING", views_.i18n.translate(exchange.language, existing ? "Edit the network" : "New network"));
                              if (existing) body.ShowSection("EXISTING");
                              if (exchange.actor.runs_program()) body.ShowSection("CLASSIFIES");
                              else body.ShowSection("STAFF_EDIT");
                              for (auto kind : all_kinds()) {
                                  auto* option = body.AddSectionDictionary("KIND_OPTION");
                                  option->SetValue("CODE", std::string(kind_code(kind)));
                                  option->SetValue("NAME", views_.i18n.translate(exchange.language, kind_label(kind)));
                                  if (fields.get("kind") == kind_code(kind)) option->ShowSection("SELECTED");
                              }
                              for (auto country : directory::kCountries) {
                                  auto* option = body.AddSectionDictionary("COUNTRY_OPTION");
                                  option->SetValue("CODE", std::string(country));
                                  if (fields.get("country") == country) option->ShowSection("SELECTED");
                              }
                              for (const auto& language : views_.i18n.languages()) {
                                  auto* section = body.AddSectionDictionary("LANGUAGE");
                                  section->SetValue("CODE", language.code);
                                  section->SetValue("NAME", language.name);
                                  section->SetValue("DESCRIPTION", std::string(fields.get("description_" + language.code)));
                              }
                          });
}

web::Response NetworkPages::new_form(web::Exchange& exchange)
{
    if (auto allowed = networks_.can_create(exchange.actor); !allowed.ok()) return web::refusal(views_, exchange, allowed.error());
    return editor(exchange, {}, nullptr, false);
}

web::Response NetworkPages::edit_form(web::Exchange& exchange)
{
    auto found = networks_.network(exchange.actor, exchange.request.path_parameter("key"));
    if (!found.ok()) return web::error_page(views_, exchange, found.error());
    if (auto allowed = networks_.can_edit(exchange.actor, *found); !allowed.ok()) return web::refusal(views_, exchange, allowed.error());
    return editor(exchange, fields_of(*found), nullptr, true);
}

web::Response NetworkPages::save(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    auto network = network_of(form, views_.i18n);
    const bool existing = !exchange.request.path_parameter("key").empty();
    if (existing) network.key = std::string(exchange.request.path_parameter("key"));
    auto saved = networks_.save(exchange.actor, network);
    if (!saved.ok()) {
        if (saved.error().code != ErrorCode::Invalid) return web::refusal(views_, exchange, saved.error());
        return editor(exchange, form, &saved.error(), existing);
    }
    return web::Response::redirect("/networks/" + network.key + "?notice=saved");
}

}  // namespace pmi::networks
