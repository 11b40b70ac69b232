#include "partnerships/envelope_api.hpp"

#include "partnerships/envelope_pages.hpp"
#include "partnerships/fiscal_year.hpp"
#include "web/json.hpp"

namespace pmi::partnerships {
namespace {

nlohmann::json money_json(Money amount) { return {{"amount", amount.plain()}, {"cents", amount.in_cents()}}; }

nlohmann::json report_json(const EnvelopeReport& report)
{
    nlohmann::json years = nlohmann::json::array();
    for (const auto& y : report.years)
        years.push_back({{"fiscal_year", fiscal_year_label(y.fiscal_year)}, {"cash", money_json(y.cash)}, {"in_kind", money_json(y.in_kind)},
                         {"budgeted", money_json(y.budgeted)}, {"remaining", money_json(y.remaining())}, {"over", y.over()},
                         {"spent", money_json(y.spent)}, {"in_kind_contributed", money_json(y.contributed)}, {"overspent", y.overspent()}});
    return {{"years", years},
            {"totals",
             {{"cash", money_json(report.cash)}, {"in_kind", money_json(report.in_kind)}, {"budgeted", money_json(report.budgeted)},
              {"spent", money_json(report.spent)}, {"in_kind_contributed", money_json(report.contributed)}}}};
}

std::string_view overrun_code(Overrun kind)
{
    switch (kind) {
        case Overrun::Budget: return "budget";
        case Overrun::Spending: return "spending";
        case Overrun::InKind: return "in_kind";
    }
    return "";
}

nlohmann::json dashboard_json(const Dashboard& board, const web::I18n& i18n, std::string_view language)
{
    nlohmann::json breakdowns = nlohmann::json::object();
    for (const auto& section : dashboard_sections(board, i18n, language)) {
        auto& rows = breakdowns[section.breakdown] = nlohmann::json::array();
        for (const auto& row : section.rows)
            rows.push_back({{"code", row.code}, {"name", row.name}, {"fiscal_year", row.fiscal_year ? fiscal_year_label(row.fiscal_year) : "all"},
                            {"committed", money_json(row.figures.committed)}, {"spent", money_json(row.figures.spent)},
                            {"remaining", money_json(row.figures.remaining())}, {"in_kind", money_json(row.figures.in_kind)},
                            {"spending_over_budget", row.figures.overspent()}});
    }
    nlohmann::json municipalities = nlohmann::json::array();
    for (const auto& [name, amount] : board.in_kind_by_municipality) municipalities.push_back({{"municipality", name}, {"in_kind", money_json(amount)}});
    nlohmann::json warnings = nlohmann::json::array();
    for (const auto& w : board.warnings)
        warnings.push_back({{"kind", overrun_code(w.kind)}, {"fiscal_year", fiscal_year_label(w.fiscal_year)}, {"partnership", w.partnership},
                            {"over", money_json(w.over)}, {"text", warning_text(i18n, language, w)}});
    return {{"breakdowns", breakdowns}, {"in_kind_by_municipality", municipalities}, {"warnings", warnings}};
}

Result<std::vector<EnvelopeYearInput>> rows_from_json(const nlohmann::json& body)
{
    auto found = body.find("years");
    if (found == body.end() || !found->is_array() || found->size() > kMostEnvelopeYears)
        return invalid("years", "The field years must be a list of at most {1} objects with fiscal_year, cash and in_kind.",
                       {std::to_string(kMostEnvelopeYears)});
    std::vector<EnvelopeYearInput> rows;
    for (const auto& item : *found) {
        if (!item.is_object())
            return invalid("years", "The field years must be a list of at most {1} objects with fiscal_year, cash and in_kind.",
                           {std::to_string(kMostEnvelopeYears)});
        rows.push_back({TRY(web::json_string(item, "fiscal_year")), TRY(web::json_string(item, "cash")), TRY(web::json_string(item, "in_kind"))});
    }
    return rows;
}

}  // namespace

web::Response EnvelopeApi::envelope(web::Exchange& exchange)
{
    auto report = envelopes_.report(exchange.actor);
    if (!report.ok()) return web::json_error(i18n_, exchange, report.error());
    return web::json_response(200, report_json(*report));
}

web::Response EnvelopeApi::save(web::Exchange& exchange)
{
    // Who may save is decided before the body is read.
    if (auto allowed = envelopes_.may_save(exchange.actor); !allowed.ok()) return web::json_error(i18n_, exchange, allowed.error());
    auto body = web::json_object(exchange.request);
    if (!body.ok()) return web::json_error(i18n_, exchange, body.error());
    auto rows = rows_from_json(*body);
    if (!rows.ok()) return web::json_error(i18n_, exchange, rows.error());
    auto saved = envelopes_.save(exchange.actor, *rows);
    if (!saved.ok()) return web::json_error(i18n_, exchange, saved.error());
    return envelope(exchange);
}

web::Response EnvelopeApi::dashboard(web::Exchange& exchange)
{
    auto board = envelopes_.dashboard(exchange.actor);
    if (!board.ok()) return web::json_error(i18n_, exchange, board.error());
    return web::json_response(200, dashboard_json(*board, i18n_, exchange.language));
}

std::vector<web::ApiOperation> EnvelopeApi::operations()
{
    using web::Method;
    return {
        {Method::Get, "/api/v1/envelope",
         "Officers: the program envelope (cash, in kind) by fiscal year against the budget lines, approved spending and approved in-kind contributions",
         {}, {},
         {{200, "{years: [{fiscal_year, cash, in_kind, budgeted, remaining, over, spent, in_kind_contributed, overspent}], totals}"}, {401, ""}, {403, ""}}},
        {Method::Post, "/api/v1/envelope", "Officers: replace the envelope's fiscal years",
         {{"years", "array", "At most 10 objects {fiscal_year: 2026-27, cash: 3200000.00, in_kind: 900000.00}"}}, {},
         {{200, "The envelope against the budgets"}, {401, ""}, {403, ""}, {422, ""}}},
        {Method::Get, "/api/v1/envelope/dashboard",
         "Officers: cash committed, approved spending, cash remaining and approved in kind by fiscal year, country, programming area and "
         "partnership (each group by year and for all years), in-kind by municipality, and the overruns",
         {}, {},
         {{200, "{breakdowns: {fiscal_year, country, programming_area, partnership: [{code, name, fiscal_year, committed, spent, remaining, "
                "in_kind, spending_over_budget}]}, in_kind_by_municipality: [{municipality, in_kind}], warnings: [{kind, fiscal_year, "
                "partnership, over, text}]}"},
          {401, ""},
          {403, ""}}},
    };
}

}  // namespace pmi::partnerships
