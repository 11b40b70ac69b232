#include "admin/admin_pages.hpp"

#include <cstdlib>

#include "core/translator.hpp"

namespace pmi::admin {
namespace {

int page_number(const web::Request& request)
{
    const auto query = request.query();
    return std::clamp(std::atoi(std::string(query.get("page")).c_str()), 0, 100000);
}

std::string_view kind_label(accounts::OrganisationKind kind)
{
    switch (kind) {
    case accounts::OrganisationKind::ProgramOffice: return N_("Program office");
    case accounts::OrganisationKind::CanadianMunicipality: return N_("Canadian municipality");
    case accounts::OrganisationKind::PartnerLocalGovernment: return N_("Partner local government");
    case accounts::OrganisationKind::NetworkOrganisation: return N_("Network organisation");
    }
    return "Canadian municipality";
}

void paging(ctemplate::TemplateDictionary& body, const std::string& base, int page, std::size_t count, int size)
{
    if (page > 0) body.SetValueAndShowSection("PREVIOUS_URL", base + "page=" + std::to_string(page - 1), "PREVIOUS");
    if (count == static_cast<std::size_t>(size))
        body.SetValueAndShowSection("NEXT_URL", base + "page=" + std::to_string(page + 1), "NEXT");
}

}  // namespace

web::Response AdminPages::refuse(web::Exchange& exchange, const Error& error)
{
    return web::refusal(views_, exchange, error);
}

web::Response AdminPages::index(web::Exchange& exchange)
{
    if (auto allowed = service_.require_admin(exchange.actor); !allowed.ok()) return refuse(exchange, allowed.error());
    web::Page page(views_, exchange, "admin/views/index.tpl");
    page.title(page.t("Administration"));
    return page.render();
}

web::Response AdminPages::users(web::Exchange& exchange)
{
    const auto query = exchange.request.query();
    const int number = page_number(exchange.request);
    auto users = service_.users(exchange.actor, query.get("q"), number);
    if (!users.ok()) return refuse(exchange, users.error());
    auto organisations = service_.organisations(exchange.actor);
    web::Page page(views_, exchange, "admin/views/users.tpl");
    page.title(page.t("Users"));
    auto& body = page.body();
    body.SetValue("QUERY", std::string(query.get("q")));
    for (const auto& entry : *users) {
        auto* row = body.AddSectionDictionary("USER");
        row->SetIntValue("ID", static_cast<long>(entry.user.id.value));
        row->SetValue("NAME", entry.user.name);
        row->SetValue("EMAIL", entry.user.email);
        row->SetValue("LANGUAGE", entry.user.language);
        row->SetValue("STATUS", page.t(entry.user.verified ? N_("Confirmed") : N_("Not confirmed")));
        row->SetValue("CREATED", views_.i18n.date(exchange.language, entry.user.created_at));
        // An administrator's own second factor is reset by a colleague (the service refuses it).
        if (entry.user.id != exchange.actor.user_id) row->ShowSection("RESET_SECOND_FACTOR");
        for (const auto& membership : entry.memberships) {
            auto* role = row->AddSectionDictionary("ROLE");
            role->SetValue("ROLE_NAME", page.t(role_label(membership.role)));
            role->SetValue("ORGANISATION", membership.organisation_name);
        }
    }
    for (const auto& organisation : *organisations) {
        auto* option = body.AddSectionDictionary("ORGANISATION_OPTION");
        option->SetIntValue("ID", static_cast<long>(organisation.organisation.id.value));
        option->SetValue("NAME", organisation.organisation.name);
    }
    for (Role role : all_roles()) {
        auto* option = body.AddSectionDictionary("ROLE_OPTION");
        option->SetValue("CODE", std::string(role_code(role)));
        option->SetValue("NAME", page.t(role_label(role)));
    }
    paging(body, "/admin/users?q=" + web::percent_encode(query.get("q")) + "&", number, users->size(),
           accounts::AdminService::kPageSize);
    return page.render();
}

web::Response AdminPages::organisations(web::Exchange& exchange)
{
    return organisations_page(exchange, {}, nullptr);
}

web::Response AdminPages::organisations_page(web::Exchange& exchange, const web::Fields& fields, const Error* error)
{
    auto organisations = service_.organisations(exchange.actor);
    if (!organisations.ok()) return refuse(exchange, organisations.error());
    return web::form_page(views_, exchange, "admin/views/organisations.tpl", "Organisations", fields, error, [&](auto& body) {
        for (const auto& entry : *organisations) {
            auto* row = body.AddSectionDictionary("ORGANISATION");
            row->SetValue("NAME", entry.organisation.name);
            row->SetValue("KIND", views_.i18n.translate(exchange.language, kind_label(entry.organisation.kind)));
            row->SetValue("COUNTRY", entry.organisation.country);
            row->SetValue("PROVINCE", entry.organisation.province);
            for (const auto& member : entry.members) {
                auto* item = row->AddSectionDictionary("MEMBER");
                item->SetIntValue("MEMBERSHIP_ID", static_cast<long>(member.id.value));
                item->SetValue("USER_NAME", member.user_name);
                item->SetValue("ROLE_NAME", views_.i18n.translate(exchange.language, role_label(member.role)));
            }
        }
        for (auto kind : {accounts::OrganisationKind::CanadianMunicipality, accounts::OrganisationKind::PartnerLocalGovernment,
                          accounts::OrganisationKind::NetworkOrganisation, accounts::OrganisationKind::ProgramOffice}) {
            auto* option = body.AddSectionDictionary("KIND_OPTION");
            option->SetValue("CODE", std::string(accounts::organisation_kind_code(kind)));
            option->SetValue("NAME", views_.i18n.translate(exchange.language, kind_label(kind)));
            if (fields.get("kind") == accounts::organisation_kind_code(kind)) option->ShowSection("SELECTED");
        }
    });
}

web::Response AdminPages::create_organisation(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    auto result = service_.create_organisation(
        exchange.actor, {std::string(form.get("kind")), std::string(form.get("name")), std::string(form.get("country")),
                         std::string(form.get("province"))});
    if (result.ok()) return web::Response::redirect("/admin/organisations?notice=saved");
    if (result.error().code == ErrorCode::Unauthenticated || result.error().code == ErrorCode::Forbidden)
        return refuse(exchange, result.error());
    return organisations_page(exchange, form, &result.error());
}

web::Response AdminPages::grant_role(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    auto result = service_.grant_role(exchange.actor, form.get("user_id"), form.get("organisation_id"), form.get("role"));
    if (result.ok()) return web::Response::redirect("/admin/users?notice=role-granted");
    return refuse(exchange, result.error());
}

web::Response AdminPages::revoke_role(web::Exchange& exchange)
{
    std::int64_t id = std::atoll(std::string(exchange.request.path_parameter("id")).c_str());
    auto result = service_.revoke_role(exchange.actor, MembershipId{id});
    if (result.ok()) return web::Response::redirect("/admin/organisations?notice=role-revoked");
    return refuse(exchange, result.error());
}

web::Response AdminPages::audit(web::Exchange& exchange)
{
    const auto query = exchange.request.query();
    const int number = page_number(exchange.request);
    audit::Filter filter;
    filter.action_prefix = std::string(query.get("action"));
    filter.entity_type = std::string(query.get("entity"));
    if (auto actor = std::atoll(std::string(query.get("actor")).c_str()); actor > 0) filter.actor_user_id = actor;
    filter.limit = accounts::AdminService::kPageSize;
    filter.offset = number * filter.limit;
    auto entries = service_.audit_log(exchange.actor, filter);
    if (!entries.ok()) return refuse(exchange, entries.error());
    web::Page page(views_, exchange, "admin/views/audit.tpl");
    page.title(page.t("Audit log"));
    auto& body = page.body();
    web::refill(body, query);
    for (const auto& entry : *entries) {
        auto* row = body.AddSectionDictionary("ENTRY");
        row->SetValue("AT", views_.i18n.date_time(exchange.language, entry.at));
        row->SetValue("ACTOR", entry.actor_name);
        row->SetValue("ACTION", entry.action);
        row->SetValue("ENTITY", entry.entity_type + " " + entry.entity_id);
        row->SetValue("SUMMARY", entry.summary);
    }
    paging(body, "/admin/audit?action=" + web::percent_encode(filter.action_prefix) + "&entity=" +
                     web::percent_encode(filter.entity_type) + "&", number, entries->size(), filter.limit);
    return page.render();
}

web::Response AdminPages::outbox(web::Exchange& exchange)
{
    const int number = page_number(exchange.request);
    auto messages = service_.outbox(exchange.actor, number);
    if (!messages.ok()) return refuse(exchange, messages.error());
    web::Page page(views_, exchange, "admin/views/outbox.tpl");
    page.title(page.t("Mail outbox"));
    for (const auto& message : *messages) {
        auto* row = page.body().AddSectionDictionary("MESSAGE");
        row->SetValue("CREATED", views_.i18n.date_time(exchange.language, message.created_at));
        row->SetValue("TO", message.to_address);
        row->SetValue("SUBJECT", message.subject);
        row->SetValue("PURPOSE", message.purpose);
        row->SetValue("BODY", message.body_text);
        if (message.sent_at) row->SetValue("STATUS", views_.i18n.date_time(exchange.language, *message.sent_at));
        else if (message.status == outbox::Status::Withheld)
            row->SetValue("STATUS", page.t("Withheld") + " — " + message.last_error.value_or(""));
        else if (message.last_error)
            row->SetValue("STATUS", views_.i18n.format(exchange.language, "Not sent after {1} tries: {2}",
                                                       {std::to_string(message.attempts), *message.last_error}));
        else row->SetValue("STATUS", page.t("Waiting"));
    }
    paging(page.body(), "/admin/outbox?", number, messages->size(), accounts::AdminService::kPageSize);
    return page.render();
}

}  // namespace pmi::admin
