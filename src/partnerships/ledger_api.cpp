#include "partnerships/ledger_api.hpp"

#include "partnerships/fiscal_year.hpp"
#include "partnerships/ledger_forms.hpp"
#include "partnerships/ledger_pages.hpp"
#include "partnerships/pages.hpp"
#include "web/json.hpp"
#include "web/multipart.hpp"

namespace pmi::partnerships {
namespace {

nlohmann::json money_json(Money amount) { return {{"amount", amount.plain()}, {"cents", amount.in_cents()}}; }

nlohmann::json entry_json(const Entry& e)
{
    nlohmann::json json = {{"id", e.id.value}, {"date", date_text(e.date)}, {"fiscal_year", fiscal_year_label(e.fiscal_year)},
                           {"description", e.description}, {"amount", e.amount.plain()}, {"cents", e.amount.in_cents()},
                           {"status", entry_status_code(e.status)}, {"entered_by", e.entered_by}, {"entered_at", e.entered_at},
                           {"reviewed_by", e.decided_by}, {"note", e.note}};
    json["reverses"] = e.reverses.valid() ? nlohmann::json(e.reverses.value) : nlohmann::json();
    json["reviewed_at"] = e.decided_at ? nlohmann::json(*e.decided_at) : nlohmann::json();
    json["document"] = e.evidence.attached() ? nlohmann::json{{"name", e.evidence.name}, {"content_type", e.evidence.content_type},
                                                              {"size", e.evidence.size}}
                                             : nlohmann::json();
    return json;
}

nlohmann::json expense_json(const Expense& e)
{
    auto json = entry_json(e.entry);
    json["line"] = e.line.valid() ? nlohmann::json(e.line.value) : nlohmann::json();
    json["currency"] = currency_code(e.currency);
    json["original"] = {{"amount", minor_text(e.original, e.currency)}, {"minor_units", e.original}};
    json["rate"] = {{"cad_per_unit", rate_text(e.rate)}, {"units", e.rate.units}, {"scale", e.rate.scale},
                    {"effective_from", date_text(e.rate_date)}, {"source", e.rate_source}};
    json["rounding"] = e.rounding;
    return json;
}

nlohmann::json contribution_json(const Contribution& c)
{
    auto json = entry_json(c.entry);
    json["municipality"] = {{"key", c.municipality_key}, {"name", c.municipality}};
    json["kind"] = contribution_kind_code(c.kind);
    if (c.kind == ContributionKind::StaffTime)
        json["staff_time"] = {{"person", c.person}, {"role", c.role ? staff_role_code(*c.role) : ""}, {"hours", hours_text(c.hours)},
                              {"hundredths", c.hours}, {"rate_per_hour", rate_text(c.rate)}, {"rate_effective_from", c.rate_date ? date_text(*c.rate_date) : ""}};
    if (c.kind != ContributionKind::StaffTime)
        json["paid"] = {{"currency", currency_code(c.currency)}, {"amount", minor_text(c.original, c.currency)},
                        {"cad_per_unit", c.currency == Currency::CAD ? "" : rate_text(c.rate)},
                        {"rate_effective_from", c.currency == Currency::CAD || !c.rate_date ? "" : date_text(*c.rate_date)},
                        {"rate_source", c.rate_source}};
    json["rounding"] = c.rounding;
    return json;
}

nlohmann::json figures_json(const YearFigures& f)
{
    return {{"budget", money_json(f.budget)}, {"approved", money_json(f.approved)}, {"waiting", money_json(f.waiting)},
            {"disbursed", money_json(f.disbursed)}};
}

// The fields of a JSON object or of a multipart form, and its file.
struct Sent {
    web::Fields fields;
    std::optional<Upload> file;
};

Result<Sent> sent(const web::Request& request)
{
    if (request.headers.get("Content-Type").value_or("").find("multipart/form-data") != std::string::npos) {
        auto form = TRY(web::form_with_file(request, "file"));
        Sent result{std::move(form.fields), std::nullopt};
        if (form.file) result.file = Upload{form.file->filename, form.file->data};
        return result;
    }
    auto body = TRY(web::json_object(request));
    Sent result;
    for (const auto& [name, value] : body.items()) {
        if (value.is_null()) continue;
        if (value.is_number_integer()) result.fields.add(name, std::to_string(value.get<std::int64_t>()));
        else if (value.is_string()) result.fields.add(name, value.get<std::string>());
        else return invalid(name, "The field {1} must be text.", {name});
    }
    return result;
}

}  // namespace

web::Response LedgerApi::expenses(web::Exchange& exchange)
{
    auto found = expenses_.ledger(exchange.actor, partnership_in(exchange));
    if (!found.ok()) return web::json_error(i18n_, exchange, found.error());
    nlohmann::json list = nlohmann::json::array(), paid = nlohmann::json::array(), by_year = nlohmann::json::object();
    for (const auto& e : found->expenses) list.push_back(expense_json(e));
    for (const auto& d : found->disbursements)
        paid.push_back({{"id", d.id.value}, {"paid_on", date_text(d.paid_on)}, {"fiscal_year", fiscal_year_label(d.fiscal_year)},
                        {"amount", d.amount.plain()}, {"cents", d.amount.in_cents()}, {"reference", d.reference}, {"recorded_by", d.recorded_by},
                        {"reverses", d.reverses.valid() ? nlohmann::json(d.reverses.value) : nlohmann::json()}, {"note", d.note}});
    for (const auto& [year, figures] : found->totals.by_year) by_year[fiscal_year_label(year)] = figures_json(figures);
    return web::json_response(200, {{"partnership", found->partnership.id.value}, {"expenses", list}, {"disbursements", paid},
                                    {"totals", {{"by_year", by_year}, {"total", figures_json(found->totals.total)}}}});
}

web::Response LedgerApi::enter_expense(web::Exchange& exchange)
{
    auto input = sent(exchange.request);
    if (!input.ok()) return web::json_error(i18n_, exchange, input.error());
    auto entered = expenses_.enter(exchange.actor, partnership_in(exchange), expense_input(input->fields), input->file);
    return web::json_result(i18n_, exchange, entered, 201, entered.ok() ? nlohmann::json{{"id", entered->value}} : nlohmann::json());
}

web::Response LedgerApi::change_expense(web::Exchange& exchange)
{
    auto input = sent(exchange.request);
    if (!input.ok()) return web::json_error(i18n_, exchange, input.error());
    auto changed = expenses_.change(exchange.actor, partnership_in(exchange), entry_in_path(exchange), expense_input(input->fields), input->file);
    return web::json_result(i18n_, exchange, changed, 200, {{"id", entry_in_path(exchange).value}});
}

web::Response LedgerApi::disburse(web::Exchange& exchange)
{
    auto input = sent(exchange.request);
    if (!input.ok()) return web::json_error(i18n_, exchange, input.error());
    auto recorded = expenses_.disburse(exchange.actor, partnership_in(exchange), disbursement_input(input->fields));
    return web::json_result(i18n_, exchange, recorded, 201, recorded.ok() ? nlohmann::json{{"id", recorded->value}} : nlohmann::json());
}

web::Response LedgerApi::reverse_disbursement(web::Exchange& exchange)
{
    auto input = sent(exchange.request);
    if (!input.ok()) return web::json_error(i18n_, exchange, input.error());
    auto reversal = expenses_.reverse_disbursement(exchange.actor, partnership_in(exchange), disbursement_in_path(exchange),
                                                   std::string(input->fields.get("note").substr(0, 2000)));
    return web::json_result(i18n_, exchange, reversal, 201, reversal.ok() ? nlohmann::json{{"id", reversal->value}} : nlohmann::json());
}

web::Response LedgerApi::in_kind(web::Exchange& exchange)
{
    auto found = contributions_.ledger(exchange.actor, partnership_in(exchange));
    if (!found.ok()) return web::json_error(i18n_, exchange, found.error());
    nlohmann::json list = nlohmann::json::array(), by_year = nlohmann::json::object(), by_kind = nlohmann::json::object();
    for (const auto& c : found->contributions) list.push_back(contribution_json(c));
    for (const auto& [year, amount] : found->totals.by_year) by_year[fiscal_year_label(year)] = money_json(amount);
    for (const auto& [kind, amount] : found->totals.by_kind) by_kind[std::string(contribution_kind_code(kind))] = money_json(amount);
    return web::json_response(200, {{"partnership", found->partnership.id.value}, {"contributions", list},
                                    {"totals", {{"by_year", by_year}, {"by_kind", by_kind}, {"total", money_json(found->totals.total)},
                                                {"waiting", money_json(found->totals.waiting)}}}});
}

web::Response LedgerApi::enter_contribution(web::Exchange& exchange)
{
    auto input = sent(exchange.request);
    if (!input.ok()) return web::json_error(i18n_, exchange, input.error());
    auto entered = contributions_.enter(exchange.actor, partnership_in(exchange), contribution_input(input->fields), input->file);
    return web::json_result(i18n_, exchange, entered, 201, entered.ok() ? nlohmann::json{{"id", entered->value}} : nlohmann::json());
}

web::Response LedgerApi::change_contribution(web::Exchange& exchange)
{
    auto input = sent(exchange.request);
    if (!input.ok()) return web::json_error(i18n_, exchange, input.error());
    auto changed = contributions_.change(exchange.actor, partnership_in(exchange), entry_in_path(exchange), contribution_input(input->fields), input->file);
    return web::json_result(i18n_, exchange, changed, 200, {{"id", entry_in_path(exchange).value}});
}

web::Response LedgerApi::review(web::Exchange& exchange, Ledger ledger)
{
    // Who may review is decided before what was sent is read: a body without a decision is
    // refused as such only to those who may review.
    auto input = sent(exchange.request);
    const std::string decision = input.ok() ? std::string(input->fields.get("decision")) : std::string();
    const std::string note = input.ok() ? std::string(input->fields.get("note").substr(0, 2000)) : std::string();
    const auto review = decision == "approve" ? std::optional(Review::Approve) : decision == "return" ? std::optional(Review::Return) : std::nullopt;
    auto reviewed = ledgers_.review(exchange.actor, ledger, partnership_in(exchange), entry_in_path(exchange), review, note);
    if (reviewed.ok() || input.ok()) return web::json_result(i18n_, exchange, reviewed, 200, {{"decision", decision}});
    if (reviewed.error().field == "decision") return web::json_error(i18n_, exchange, input.error());
    return web::json_error(i18n_, exchange, reviewed.error());
}

web::Response LedgerApi::reverse(web::Exchange& exchange, Ledger ledger)
{
    auto input = sent(exchange.request);
    if (!input.ok()) return web::json_error(i18n_, exchange, input.error());
    auto reversal = ledgers_.reverse(exchange.actor, ledger, partnership_in(exchange), entry_in_path(exchange),
                                     std::string(input->fields.get("note").substr(0, 2000)));
    return web::json_result(i18n_, exchange, reversal, 201, reversal.ok() ? nlohmann::json{{"id", reversal->value}} : nlohmann::json());
}

web::Response LedgerApi::rates(web::Exchange& exchange)
{
    auto table = rate_table_from_code(exchange.request.path_parameter("table"));
    if (!table) return web::json_error(i18n_, exchange, not_found());
    auto found = rates_.list(exchange.actor, *table);
    if (!found.ok()) return web::json_error(i18n_, exchange, found.error());
    nlohmann::json list = nlohmann::json::array();
    for (const auto& r : *found)
        list.push_back({{"id", r.id.value}, {"key", r.key}, {"effective_from", date_text(r.effective_from)}, {"rate", rate_text(r.rate)},
                        {"units", r.rate.units}, {"scale", r.rate.scale}, {"source", r.source}, {"recorded_by", r.recorded_by}});
    return web::json_response(200, {{"table", rate_table_code(*table)}, {"rates", list}});
}

web::Response LedgerApi::add_rate(web::Exchange& exchange)
{
    auto table = rate_table_from_code(exchange.request.path_parameter("table"));
    if (!table) return web::json_error(i18n_, exchange, not_found());
    auto input = sent(exchange.request);
    if (!input.ok()) return web::json_error(i18n_, exchange, input.error());
    auto added = rates_.add(exchange.actor, *table, rate_input(input->fields));
    return web::json_result(i18n_, exchange, added, 201, added.ok() ? nlohmann::json{{"id", added->value}} : nlohmann::json());
}

web::Response LedgerApi::program_in_kind(web::Exchange& exchange)
{
    auto found = contributions_.program(exchange.actor);
    if (!found.ok()) return web::json_error(i18n_, exchange, found.error());
    const auto& t = found->totals;
    nlohmann::json by_municipality = nlohmann::json::object(), by_partnership = nlohmann::json::object(), by_year = nlohmann::json::object(),
                   by_country = nlohmann::json::object();
    for (const auto& [name, amount] : t.by_municipality) by_municipality[name] = money_json(amount);
    for (const auto& [id, amount] : t.by_partnership) by_partnership[std::to_string(id)] = money_json(amount);
    for (const auto& [year, amount] : t.by_year) by_year[fiscal_year_label(year)] = money_json(amount);
    for (const auto& [country, amount] : t.by_country) by_country[country] = money_json(amount);
    return web::json_response(200, {{"by_municipality", by_municipality}, {"by_partnership", by_partnership}, {"by_fiscal_year", by_year},
                                    {"by_country", by_country}, {"total", money_json(t.total)}});
}

std::vector<web::ApiOperation> LedgerApi::operations()
{
    using web::Method;
    const std::vector<web::ApiField> expense_body = {
        {"line", "integer", "The budget line the expense is charged to"},
        {"date", "string", "YYYY-MM-DD, within the partnership's dates"},
        {"description", "string", "What was paid"},
        {"currency", "string", "CAD, XOF, KHR, VND, NIO or BOB"},
        {"amount", "string", "In the currency: no decimals for XOF, KHR and VND, at most two otherwise"}};
    const std::vector<web::ApiField> contribution_body = {
        {"municipality", "string", "Directory key of one of the partnership's Canadian teams"},
        {"kind", "string", "staff-time, travel or goods-services"},
        {"date", "string", "YYYY-MM-DD, within the partnership's dates"},
        {"description", "string", "What was given"},
        {"person", "string", "Staff time: whose time", false},
        {"role", "string", "Staff time: elected-official, senior-manager, technical-staff or administrative-staff", false},
        {"hours", "string", "Staff time: hours with at most two decimals, such as 7.25", false},
        {"amount", "string", "Travel, goods and services: Canadian dollars, such as 1234.56", false}};
    const std::vector<web::ApiField> review_body = {{"decision", "string", "approve or return"}, {"note", "string", "What to correct (needed to return)", false}};
    const std::vector<web::ApiField> reversal_body = {{"note", "string", "Why the approved entry is reversed"}};
    const std::vector<std::pair<int, std::string>> written = {{201, "{id}"}, {401, ""}, {403, ""}, {404, ""}, {413, "File too large"}, {422, ""}};
    const std::vector<std::pair<int, std::string>> changed = {{200, "{id}"}, {403, ""}, {404, ""}, {409, "Approved already"}, {422, ""}};
    const std::vector<std::pair<int, std::string>> reviewed = {{200, "{decision}"}, {403, "Not an officer, or the one who entered it"}, {404, ""},
                                                               {409, "Reviewed already, or no receipt"}, {422, ""}};
    const std::vector<std::pair<int, std::string>> reversed = {{201, "{id} of the reversal"}, {403, ""}, {404, ""}, {409, "Not approved, or reversed already"}, {422, ""}};
    return {
        {Method::Get, "/api/v1/partnerships/:id/expenses", "Officers and the partnership's staff: expenses, disbursements and totals by fiscal year", {}, {},
         {{200, "{expenses, disbursements, totals}"}, {401, ""}, {403, ""}, {404, ""}}},
        {Method::Post, "/api/v1/partnerships/:id/expenses", "Staff and officers: enter an expense (JSON, or multipart with its receipt as \"file\")",
         expense_body, {}, written},
        {Method::Post, "/api/v1/partnerships/:id/expenses/:entry", "Change an expense that is not approved; it waits for review again", expense_body, {}, changed},
        {Method::Post, "/api/v1/partnerships/:id/expenses/:entry/review", "Officers who did not enter it: approve or return an expense", review_body, {},
         reviewed},
        {Method::Post, "/api/v1/partnerships/:id/expenses/:entry/reversal", "Officers: reverse an approved expense with an entry of the opposite amount",
         reversal_body, {}, reversed},
        {Method::Post, "/api/v1/partnerships/:id/disbursements", "Officers: record a payment to the partnership",
         {{"paid_on", "string", "YYYY-MM-DD"}, {"paid_amount", "string", "Canadian dollars: 1234.56"}, {"reference", "string", "The payment's reference"}}, {},
         written},
        {Method::Post, "/api/v1/partnerships/:id/disbursements/:disbursement/reversal",
         "Officers: cancel a disbursement recorded by mistake with one of the opposite amount (a disbursement is never edited)", reversal_body, {},
         reversed},
        {Method::Get, "/api/v1/partnerships/:id/in-kind", "Officers and the partnership's staff: in-kind contributions and totals", {}, {},
         {{200, "{contributions, totals}"}, {401, ""}, {403, ""}, {404, ""}}},
        {Method::Post, "/api/v1/partnerships/:id/in-kind", "Staff and officers: enter a contribution (JSON, or multipart with its evidence as \"file\")",
         contribution_body, {}, written},
        {Method::Post, "/api/v1/partnerships/:id/in-kind/:entry", "Change a contribution that is not approved", contribution_body, {}, changed},
        {Method::Post, "/api/v1/partnerships/:id/in-kind/:entry/review", "Officers who did not enter it: approve or return a contribution", review_body, {},
         reviewed},
        {Method::Post, "/api/v1/partnerships/:id/in-kind/:entry/reversal", "Officers: reverse an approved contribution", reversal_body, {}, reversed},
        {Method::Get, "/api/v1/rates/:table", "Signed-in users: the exchange or hourly rate table, newest first by key", {}, {},
         {{200, "{table, rates}"}, {401, ""}, {404, ""}}},
        {Method::Post, "/api/v1/rates/:table", "Officers: add a rate (exchange: CAD per unit of a currency; hourly: dollars per hour of a role)",
         {{"key", "string", "A currency code or a role code"}, {"effective_from", "string", "YYYY-MM-DD"}, {"rate", "string", "An exact decimal"},
          {"source", "string", "Where the rate comes from"}},
         {}, {{201, "{id}"}, {403, ""}, {409, "A rate takes effect that day already"}, {422, ""}}},
        {Method::Get, "/api/v1/in-kind", "Officers: approved in-kind contributions by municipality, partnership, fiscal year and country", {}, {},
         {{200, "{by_municipality, by_partnership, by_fiscal_year, by_country, total}"}, {401, ""}, {403, ""}}},
    };
}

}  // namespace pmi::partnerships
