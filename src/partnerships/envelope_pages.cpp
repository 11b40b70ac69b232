#include "partnerships/envelope_pages.hpp"

#include <algorithm>

#include "core/translator.hpp"
#include "partnerships/bar_groups.hpp"
#include "partnerships/envelope_dashboard.hpp"
#include "partnerships/fiscal_year.hpp"
#include "partnerships/pages.hpp"

namespace pmi::partnerships {
namespace {

constexpr std::size_t kBlankRows = 2;

web::Fields fields_of(const std::vector<EnvelopeYear>& years)
{
    web::Fields fields;
    for (std::size_t i = 0; i < years.size(); ++i) {
        const auto n = std::to_string(i + 1);
        fields.add("fiscal_year_" + n, fiscal_year_label(years[i].fiscal_year));
        fields.add("cash_" + n, years[i].cash.plain());
        fields.add("in_kind_" + n, years[i].in_kind.plain());
    }
    return fields;
}

std::vector<EnvelopeYearInput> rows_of(const web::Fields& form)
{
    std::vector<EnvelopeYearInput> rows;
    for (std::size_t n = 1; n <= kMostEnvelopeYears + kBlankRows && form.has("fiscal_year_" + std::to_string(n)); ++n) {
        const auto i = std::to_string(n);
        rows.push_back({std::string(form.get("fiscal_year_" + i).substr(0, 20)), std::string(form.get("cash_" + i).substr(0, 40)),
                        std::string(form.get("in_kind_" + i).substr(0, 40))});
    }
    return rows;
}

}  // namespace

Table envelope_table(const EnvelopeReport& report)
{
    Table table{{"fiscal_year", "cash_envelope_cad", "in_kind_commitment_cad", "budgeted_cad", "remaining_cash_cad", "over_envelope",
                 "approved_spending_cad", "approved_in_kind_cad", "spending_over_envelope"},
                {}};
    for (const auto& year : report.years)
        table.rows.push_back({fiscal_year_label(year.fiscal_year), year.cash.plain(), year.in_kind.plain(), year.budgeted.plain(),
                              year.remaining().plain(), year.over() ? "yes" : "no", year.spent.plain(), year.contributed.plain(),
                              year.overspent() ? "yes" : "no"});
    table.rows.push_back({"total", report.cash.plain(), report.in_kind.plain(), report.budgeted.plain(), (report.cash - report.budgeted).plain(),
                          report.budgeted > report.cash ? "yes" : "no", report.spent.plain(), report.contributed.plain(),
                          report.spent > report.cash ? "yes" : "no"});
    return table;
}

web::Response EnvelopePages::page(web::Exchange& exchange, const web::Fields& fields, const Error* error)
{
    auto found = envelopes_.report(exchange.actor);
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    const auto& report = *found;
    const auto& language = exchange.language;
    auto money = [&](Money amount) { return money_text(views_.i18n, language, amount); };
    web::Page page(views_, exchange, "partnerships/views/envelope.tpl");
    page.title(page.t("Program envelope"));
    auto& body = page.body();
    web::refill(body, fields);

    std::vector<BarGroup> bars;
    for (const auto& year : report.years) {
        bars.push_back({fiscal_year_label(year.fiscal_year),
                        {{year.cash, "bar"},
                         {year.budgeted, year.over() ? "bar bar-overdue" : "bar bar-done"},
                         {year.spent, year.overspent() ? "bar bar-overdue" : "bar bar-done"},
                         {year.in_kind, "bar bar-waiting"},
                         {year.contributed, year.over_in_kind() ? "bar bar-overdue" : "bar bar-done"}}});
        auto* row = body.AddSectionDictionary("YEAR_ROW");
        row->SetValue("YEAR", fiscal_year_label(year.fiscal_year));
        row->SetValue("CASH", money(year.cash));
        row->SetValue("IN_KIND", money(year.in_kind));
        row->SetValue("BUDGETED", money(year.budgeted));
        row->SetValue("REMAINING", money(year.remaining()));
        row->SetValue("SPENT", money(year.spent));
        row->SetValue("CONTRIBUTED", money(year.contributed));
        if (year.over()) row->ShowSection("OVER");
        if (year.overspent()) row->ShowSection("OVERSPENT");
        if (year.over_in_kind()) row->ShowSection("OVER_IN_KIND");
    }
    for (const auto& warning : program_warnings(report)) body.AddSectionDictionary("WARNING")->SetValue("TEXT", warning_text(views_.i18n, language, warning));
    bar_groups_chart(body, "ENVELOPE_CHART", "envelope-chart",
                     page.t("For each fiscal year, five bars: the cash envelope (blue), the budget lines and the approved spending (green), the "
                            "in-kind commitment (grey) and the approved in-kind contributions (green), red when they exceed the envelope; the "
                            "table below gives the same amounts."),
                     bars, money);
    if (report.years.empty()) body.ShowSection("NO_YEARS");
    body.SetValue("CASH_TOTAL", money(report.cash));
    body.SetValue("IN_KIND_TOTAL", money(report.in_kind));
    body.SetValue("BUDGETED_TOTAL", money(report.budgeted));
    body.SetValue("REMAINING_TOTAL", money(report.cash - report.budgeted));
    body.SetValue("SPENT_TOTAL", money(report.spent));
    body.SetValue("CONTRIBUTED_TOTAL", money(report.contributed));

    std::size_t filled = 0;
    while (fields.has("fiscal_year_" + std::to_string(filled + 1))) ++filled;
    const auto errors = error ? flatten(*error) : std::vector<Error>{};
    for (std::size_t n = 1; n <= std::min(filled + kBlankRows, kMostEnvelopeYears); ++n) {
        const auto i = std::to_string(n);
        auto* row = body.AddSectionDictionary("FORM_ROW");
        row->SetValue("N", i);
        for (const char* name : {"fiscal_year", "cash", "in_kind"}) {
            const std::string field = std::string(name) + "_" + i;
            std::string upper(name);
            std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
            row->SetValue(upper, std::string(fields.get(field)));
            for (const auto& e : errors)
                if (e.field == field) row->SetValueAndShowSection("ERROR_" + upper, views_.i18n.error_text(language, e), "INVALID_" + upper);
        }
    }
    if (error) page.errors(errors);
    return page.render(error ? error_code_http_status(error->code) : 200);
}

web::Response EnvelopePages::envelope(web::Exchange& exchange)
{
    auto years = envelopes_.envelope(exchange.actor);
    if (!years.ok()) return web::refusal(views_, exchange, years.error());
    return page(exchange, fields_of(*years), nullptr);
}

web::Response EnvelopePages::save(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    auto saved = envelopes_.save(exchange.actor, rows_of(form));
    if (saved.ok()) return web::Response::redirect("/manage/envelope?notice=saved");
    if (saved.error().code != ErrorCode::Invalid) return web::refusal(views_, exchange, saved.error());
    return page(exchange, form, &saved.error());
}

web::Response EnvelopePages::export_table(web::Exchange& exchange, const std::string& kind)
{
    auto found = envelopes_.report(exchange.actor);
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    auto table = envelope_table(*found);
    return spreadsheet(kind, "program-envelope", table.header, table.rows);
}

web::Response EnvelopePages::envelope_csv(web::Exchange& exchange) { return export_table(exchange, "csv"); }
web::Response EnvelopePages::envelope_xlsx(web::Exchange& exchange) { return export_table(exchange, "xlsx"); }

}  // namespace pmi::partnerships
