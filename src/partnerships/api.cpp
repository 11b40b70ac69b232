#include "partnerships/api.hpp"

#include "core/localized_json.hpp"
#include "partnerships/fiscal_year.hpp"
#include "partnerships/pages.hpp"
#include "web/json.hpp"
#include "web/json_texts.hpp"

namespace pmi::partnerships {
namespace {

nlohmann::json members_json(const Partnership& p, MemberKind kind)
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto* member : p.of_kind(kind)) list.push_back({{"key", member->key}, {"name", member->name}});
    return list;
}

nlohmann::json partnership_json(const Visible& visible)
{
    const auto& p = visible.partnership;
    nlohmann::json json = {{"id", p.id.value}, {"teams", members_json(p, MemberKind::Team)}, {"partners", members_json(p, MemberKind::Partner)},
                           {"country", p.country}, {"status", status_code(p.status)}, {"start", p.start ? date_text(*p.start) : ""},
                           {"end", p.end ? date_text(*p.end) : ""}, {"areas", p.areas},
                           {"summary", localized_json(p.summary)}, {"published", p.published}};
    if (visible.access != Access::Public) {
        json["contact"] = {{"name", p.contact_name}, {"email", p.contact_email}};
        json["office"] = p.office_name;
    }
    return json;
}

nlohmann::json money_json(Money amount) { return {{"amount", amount.plain()}, {"cents", amount.in_cents()}}; }

nlohmann::json line_json(const BudgetLine& line)
{
    return {{"id", line.id.value}, {"fiscal_year", fiscal_year_label(line.fiscal_year)}, {"category", category_code(line.category)},
            {"description", line.description}, {"amount", line.amount.plain()}, {"cents", line.amount.in_cents()}};
}

nlohmann::json amendment_json(const Amendment& a)
{
    nlohmann::json json = {{"id", a.id.value}, {"fiscal_year", fiscal_year_label(a.fiscal_year)}, {"category", category_code(a.category)},
                           {"description", a.description}, {"amount", a.amount.plain()}, {"previous", a.previous.plain()},
                           {"reason", a.reason}, {"status", amendment_status_code(a.status)}, {"proposed_by", a.proposed_by},
                           {"proposed_at", a.proposed_at}, {"decided_by", a.decided_by}};
    json["line"] = a.line.valid() ? nlohmann::json(a.line.value) : nlohmann::json();
    json["decided_at"] = a.decided_at ? nlohmann::json(*a.decided_at) : nlohmann::json();
    return json;
}

nlohmann::json budget_json(const Budget& budget)
{
    nlohmann::json lines = nlohmann::json::array(), amendments = nlohmann::json::array();
    for (const auto& line : budget.lines) lines.push_back(line_json(line));
    for (const auto& amendment : budget.amendments) amendments.push_back(amendment_json(amendment));
    nlohmann::json by_year = nlohmann::json::object(), by_category = nlohmann::json::object();
    for (const auto& [year, sum] : budget.totals.by_year) by_year[fiscal_year_label(year)] = money_json(sum);
    for (const auto& [category, sum] : budget.totals.by_category) by_category[std::string(category_code(category))] = money_json(sum);
    return {{"partnership", budget.partnership.id.value}, {"lines", lines}, {"amendments", amendments},
            {"totals", {{"by_year", by_year}, {"by_category", by_category}, {"total", money_json(budget.totals.total)}}}};
}

Result<std::vector<std::string>> json_strings(const nlohmann::json& object, const std::string& name)
{
    auto found = object.find(name);
    std::vector<std::string> values;
    if (found == object.end() || found->is_null()) return values;
    if (!found->is_array() || found->size() > 50) return invalid(name, "The field {1} must be a list of at most 50 strings.", {name});
    for (const auto& item : *found) {
        if (!item.is_string()) return invalid(name, "The field {1} must be a list of at most 50 strings.", {name});
        values.push_back(item.get<std::string>());
    }
    return values;
}

Result<PartnershipInput> input_from_json(const nlohmann::json& body)
{
    PartnershipInput in;
    in.teams = TRY(json_strings(body, "teams"));
    in.partners = TRY(json_strings(body, "partners"));
    in.areas = TRY(json_strings(body, "areas"));
    in.status = TRY(web::json_string(body, "status"));
    in.start = TRY(web::json_string(body, "start"));
    in.end = TRY(web::json_string(body, "end"));
    in.contact_name = TRY(web::json_string(body, "contact_name"));
    in.contact_email = TRY(web::json_string(body, "contact_email"));
    in.summary = TRY(web::json_texts(body, "summary"));
    if (auto published = body.find("published"); published != body.end() && !published->is_null()) {
        if (!published->is_boolean()) return invalid("published", "The field {1} must be true or false.", {"published"});
        in.published = published->get<bool>();
    }
    return in;
}

Result<LineInput> line_from_json(const nlohmann::json& body)
{
    LineInput line;
    line.fiscal_year = TRY(web::json_string(body, "fiscal_year"));
    line.category = TRY(web::json_string(body, "category"));
    line.description = TRY(web::json_string(body, "description"));
    line.amount = TRY(web::json_string(body, "amount"));
    return line;
}

}  // namespace

web::Response PartnershipApi::list(web::Exchange& exchange)
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto& visible : partnerships_.list(exchange.actor)) list.push_back(partnership_json(visible));
    return web::json_response(200, {{"partnerships", list}});
}

web::Response PartnershipApi::show(web::Exchange& exchange)
{
    auto found = partnerships_.find(exchange.actor, partnership_in(exchange));
    if (!found.ok()) return web::json_error(i18n_, exchange, found.error());
    auto json = partnership_json(*found);
    json["networks"] = nlohmann::json::array();
    for (const auto& network : networks_ ? networks_(exchange.actor, found->partnership) : std::vector<NetworkLink>{})
        json["networks"].push_back({{"key", network.key}, {"name", network.name}});
    return web::json_response(200, json);
}

web::Response PartnershipApi::create(web::Exchange& exchange)
{
    auto body = web::json_object(exchange.request);
    if (!body.ok()) return web::json_error(i18n_, exchange, body.error());
    auto input = input_from_json(*body);
    if (!input.ok()) return web::json_error(i18n_, exchange, input.error());
    auto created = partnerships_.create(exchange.actor, *input);
    if (!created.ok()) return web::json_error(i18n_, exchange, created.error());
    return web::json_response(201, partnership_json(partnerships_.find(exchange.actor, *created).value()));
}

web::Response PartnershipApi::update(web::Exchange& exchange)
{
    auto body = web::json_object(exchange.request);
    if (!body.ok()) return web::json_error(i18n_, exchange, body.error());
    auto input = input_from_json(*body);
    if (!input.ok()) return web::json_error(i18n_, exchange, input.error());
    const auto id = partnership_in(exchange);
    auto updated = partnerships_.update(exchange.actor, id, *input);
    if (!updated.ok()) return web::json_error(i18n_, exchange, updated.error());
    return web::json_response(200, partnership_json(partnerships_.find(exchange.actor, id).value()));
}

web::Response PartnershipApi::budget(web::Exchange& exchange)
{
    auto found = budgets_.budget(exchange.actor, partnership_in(exchange));
    if (!found.ok()) return web::json_error(i18n_, exchange, found.error());
    return web::json_response(200, budget_json(*found));
}

web::Response PartnershipApi::add_line(web::Exchange& exchange)
{
    auto body = web::json_object(exchange.request);
    if (!body.ok()) return web::json_error(i18n_, exchange, body.error());
    auto line = line_from_json(*body);
    if (!line.ok()) return web::json_error(i18n_, exchange, line.error());
    auto added = budgets_.add_line(exchange.actor, partnership_in(exchange), *line);
    if (!added.ok()) return web::json_error(i18n_, exchange, added.error());
    return web::json_response(201, {{"id", added->value}});
}

web::Response PartnershipApi::propose(web::Exchange& exchange)
{
    auto body = web::json_object(exchange.request);
    if (!body.ok()) return web::json_error(i18n_, exchange, body.error());
    auto line = line_from_json(*body);
    if (!line.ok()) return web::json_error(i18n_, exchange, line.error());
    std::string line_id;
    if (auto found = body->find("line"); found != body->end() && !found->is_null()) {
        if (!found->is_number_integer()) return web::json_error(i18n_, exchange, invalid("line", "Choose a line of this partnership's budget."));
        line_id = std::to_string(found->get<std::int64_t>());
    }
    auto reason = web::json_string(*body, "reason");
    if (!reason.ok()) return web::json_error(i18n_, exchange, reason.error());
    auto proposed = budgets_.propose(exchange.actor, partnership_in(exchange), {line_id, *line, *reason});
    if (!proposed.ok()) return web::json_error(i18n_, exchange, proposed.error());
    return web::json_response(201, {{"id", proposed->value}});
}

web::Response PartnershipApi::decide(web::Exchange& exchange)
{
    auto body = web::json_object(exchange.request);
    if (!body.ok()) return web::json_error(i18n_, exchange, body.error());
    auto decision = web::json_string(*body, "decision");
    const auto chosen = decision.ok() ? decision_from_code(*decision) : std::nullopt;
    const AmendmentId amendment{std::atoll(std::string(exchange.request.path_parameter("amendment").substr(0, 18)).c_str())};
    auto decided = budgets_.decide(exchange.actor, partnership_in(exchange), amendment, chosen);
    if (!decided.ok()) return web::json_error(i18n_, exchange, decided.error());
    return web::json_response(200, {{"decision", *chosen == Decision::Approve ? "approve" : "reject"}});
}

std::vector<web::ApiOperation> PartnershipApi::operations()
{
    using web::Method;
    const std::vector<web::ApiField> partnership_body = {
        {"teams", "array", "Directory keys of the Canadian municipal teams, the lead first"},
        {"partners", "array", "Directory keys of the partner local governments, the lead first"},
        {"status", "string", "proposed, active, suspended or closed"},
        {"start", "string", "YYYY-MM-DD", false},
        {"end", "string", "YYYY-MM-DD", false},
        {"areas", "array", "Programming area codes", false},
        {"summary", "object", "What it does, by language code", false},
        {"contact_name", "string", "", false},
        {"contact_email", "string", "", false},
        {"published", "boolean", "Whether the public site shows it", false}};
    const std::vector<web::ApiField> line_body = {{"fiscal_year", "string", "2026-27 (April 1 to March 31)"},
                                                  {"category", "string", "travel, professional-fees, equipment, training or other"},
                                                  {"description", "string", "What the line pays for"},
                                                  {"amount", "string", "Canadian dollars with at most two decimals: 1234.56"}};
    std::vector<web::ApiField> amendment_body = line_body;
    amendment_body.push_back({"line", "integer", "The line to change; absent for a new line", false});
    amendment_body.push_back({"reason", "string", "Why the budget should change"});
    return {
        {Method::Get, "/api/v1/partnerships", "Partnerships: all for officers, their own and the published ones for staff, the published ones for the public (public fields)", {}, {},
         {{200, "{partnerships: [...]}"}}},
        {Method::Get, "/api/v1/partnerships/:id", "One partnership, with the networks it takes part in; contacts only for its staff and officers", {}, {}, {{200, "The partnership"}, {404, ""}}},
        {Method::Post, "/api/v1/partnerships", "Officers: create a partnership by hand", partnership_body, {},
         {{201, "The partnership"}, {401, ""}, {403, ""}, {409, "The lead pair has a partnership"}, {422, ""}}},
        {Method::Post, "/api/v1/partnerships/:id", "Change a partnership: officers everything, its staff the summary and contacts", partnership_body, {},
         {{200, "The partnership"}, {403, ""}, {404, ""}, {422, ""}}},
        {Method::Get, "/api/v1/partnerships/:id/budget", "Officers and the partnership's staff: lines, amendments and totals by fiscal year and category", {}, {},
         {{200, "{lines, amendments, totals}"}, {401, ""}, {403, ""}, {404, ""}}},
        {Method::Post, "/api/v1/partnerships/:id/budget/lines", "Officers: add a budget line", line_body, {}, {{201, "{id}"}, {403, ""}, {422, ""}}},
        {Method::Post, "/api/v1/partnerships/:id/budget/amendments", "Staff and officers: propose an amendment", amendment_body, {},
         {{201, "{id}"}, {403, ""}, {422, ""}}},
        {Method::Post, "/api/v1/partnerships/:id/budget/amendments/:amendment/decision", "Officers: approve or reject an amendment",
         {{"decision", "string", "approve or reject"}}, {}, {{200, "{decision}"}, {403, ""}, {404, ""}, {409, "Decided already"}}},
    };
}

}  // namespace pmi::partnerships
