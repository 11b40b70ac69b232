// The officers' rate tables (exchange rates and hourly rates by role, each with the date it
// takes effect) and the program's approved in-kind contributions by municipality,
// partnership, fiscal year and country, with a chart and exports.
#include "core/translator.hpp"
#include "partnerships/fiscal_year.hpp"
#include "partnerships/ledger_forms.hpp"
#include "partnerships/ledger_pages.hpp"
#include "partnerships/ledger_tables.hpp"
#include "partnerships/view_helpers.hpp"
#include "partnerships/year_chart.hpp"

namespace pmi::partnerships {
namespace {

std::optional<RateTable> table_in(const web::Exchange& exchange) { return rate_table_from_code(exchange.request.path_parameter("table")); }

void total_rows(ctemplate::TemplateDictionary& body, const std::string& section, const std::map<std::string, Money>& totals,
                const std::function<std::string(Money)>& money)
{
    for (const auto& [name, amount] : totals) {
        auto* row = body.AddSectionDictionary(section);
        row->SetValue("GROUP", name);
        row->SetValue("AMOUNT", money(amount));
    }
}

}  // namespace

web::Response LedgerPages::rates_page(web::Exchange& exchange, const web::Fields& fields, const Error* error)
{
    const auto table = table_in(exchange);
    if (!table) return web::refusal(views_, exchange, not_found());
    if (!exchange.actor.runs_program()) return web::refusal(views_, exchange, exchange.actor.signed_in() ? forbidden() : unauthenticated());
    auto found = rates_.list(exchange.actor, *table);
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    const bool hourly = *table == RateTable::Hourly;
    web::Page page(views_, exchange, "partnerships/views/rates.tpl");
    page.title(page.t(hourly ? N_("Hourly rates of staff time") : N_("Exchange rates")));
    auto& body = page.body();
    web::refill(body, fields);
    body.SetValue("TABLE", std::string(rate_table_code(*table)));
    body.SetValue("HEADING", page.t(hourly ? N_("Hourly rates of staff time") : N_("Exchange rates")));
    body.SetValue("KEY_LABEL", page.t(hourly ? N_("Role") : N_("Currency")));
    body.SetValue("RATE_LABEL", page.t(hourly ? N_("Canadian dollars per hour") : N_("Canadian dollars per unit")));
    body.SetValue("RATE_HINT", page.t(hourly ? N_("Dollars and cents, such as 62.50.") : N_("Up to ten decimals, such as 0.0022.")));
    body.ShowSection(hourly ? "HOURLY" : "EXCHANGE");
    for (const auto& rate : *found) {
        auto* row = body.AddSectionDictionary("RATE");
        auto role = staff_role_from_code(rate.key);
        row->SetValue("KEY", hourly && role ? page.t(staff_role_label(*role)) : rate.key);
        row->SetValue("FROM", date_text(rate.effective_from));
        row->SetValue("VALUE", rate_text(rate.rate));
        row->SetValue("SOURCE", rate.source);
        row->SetValue("RECORDED", views_.i18n.date(exchange.language, rate.recorded_at) + " — " + rate.recorded_by);
    }
    if (found->empty()) body.ShowSection("NO_RATES");
    if (hourly)
        for (auto role : kStaffRoles) {
            auto* option = body.AddSectionDictionary("KEY_OPTION");
            option->SetValue("CODE", std::string(staff_role_code(role)));
            option->SetValue("NAME", page.t(staff_role_label(role)));
            if (fields.get("key") == staff_role_code(role)) option->ShowSection("SELECTED");
        }
    else
        for (auto currency : kCurrencies) {
            if (currency == Currency::CAD) continue;
            auto* option = body.AddSectionDictionary("KEY_OPTION");
            option->SetValue("CODE", std::string(currency_code(currency)));
            option->SetValue("NAME", std::string(currency_code(currency)) + " – " + page.t(currency_label(currency)));
            if (fields.get("key") == currency_code(currency)) option->ShowSection("SELECTED");
        }
    if (error) page.errors(flatten(*error));
    return page.render(error ? error_code_http_status(error->code) : 200);
}

web::Response LedgerPages::rates(web::Exchange& exchange) { return rates_page(exchange, {}, nullptr); }

web::Response LedgerPages::add_rate(web::Exchange& exchange)
{
    const auto table = table_in(exchange);
    if (!table) return web::refusal(views_, exchange, not_found());
    const auto form = exchange.request.form();
    auto added = rates_.add(exchange.actor, *table, rate_input(form));
    if (added.ok()) return web::Response::redirect("/manage/rates/" + std::string(rate_table_code(*table)) + "?notice=saved");
    if (added.error().code != ErrorCode::Invalid && added.error().code != ErrorCode::Conflict) return web::refusal(views_, exchange, added.error());
    return rates_page(exchange, form, &added.error());
}

web::Response LedgerPages::program_in_kind(web::Exchange& exchange)
{
    auto found = contributions_.program(exchange.actor);
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    const auto& totals = found->totals;
    auto in_money = [&](Money amount) { return money(exchange, amount); };
    web::Page page(views_, exchange, "partnerships/views/program_in_kind.tpl");
    page.title(page.t("In-kind contributions of the program"));
    auto& body = page.body();
    body.SetValue("TOTAL", in_money(totals.total));
    year_chart(body, "program-in-kind-chart", page.t("Approved in-kind contributions of each fiscal year, in Canadian dollars"), totals.by_year, in_money);
    std::map<std::string, Money> by_year, by_partnership, by_country;  // countries by code, as the export writes them
    for (const auto& [year, amount] : totals.by_year) by_year[fiscal_year_label(year)] = amount;
    for (const auto& [id, amount] : totals.by_partnership) by_partnership[partnership_name(found->partnerships.at(id))] += amount;
    for (const auto& [code, amount] : totals.by_country) by_country[code] += amount;
    total_rows(body, "MUNICIPALITY_ROW", totals.by_municipality, in_money);
    total_rows(body, "PARTNERSHIP_ROW", by_partnership, in_money);
    total_rows(body, "YEAR_ROW", by_year, in_money);
    total_rows(body, "COUNTRY_ROW", by_country, in_money);
    return page.render();
}

web::Response LedgerPages::program_export(web::Exchange& exchange, const std::string& kind)
{
    auto found = contributions_.program(exchange.actor);
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    auto table = program_in_kind_table(*found, [&](PartnershipId id) { return partnership_name(found->partnerships.at(id.value)); });
    return spreadsheet(kind, "in-kind-program", table.header, table.rows);
}

web::Response LedgerPages::program_in_kind_csv(web::Exchange& exchange) { return program_export(exchange, "csv"); }
web::Response LedgerPages::program_in_kind_xlsx(web::Exchange& exchange) { return program_export(exchange, "xlsx"); }

}  // namespace pmi::partnerships
