// A partnership's budget: totals by fiscal year and category as a chart and a table, the
// lines, the amendments with their history; officers add lines and decide amendments, the
// partnership's staff propose them; CSV and Excel exports of the same figures.
#include <algorithm>

#include "core/translator.hpp"
#include "partnerships/fiscal_year.hpp"
#include "partnerships/pages.hpp"
#include "partnerships/view_helpers.hpp"
#include "partnerships/year_chart.hpp"

namespace pmi::partnerships {
namespace {

LineInput line_input(const web::Fields& form)
{
    return {std::string(form.get("fiscal_year").substr(0, 20)), std::string(form.get("category").substr(0, 40)),
            std::string(form.get("description").substr(0, 1000)), std::string(form.get("amount").substr(0, 40))};
}

void category_options(ctemplate::TemplateDictionary& body, const web::I18n& i18n, std::string_view language, std::string_view selected)
{
    for (auto category : kCategories) {
        auto* option = body.AddSectionDictionary("CATEGORY_OPTION");
        option->SetValue("CODE", std::string(category_code(category)));
        option->SetValue("NAME", i18n.translate(language, category_label(category)));
        if (selected == category_code(category)) option->ShowSection("SELECTED");
    }
}

// The fiscal years the partnership's dates cover, for the year <select>.
void year_options(ctemplate::TemplateDictionary& body, const Partnership& p, std::string_view selected)
{
    if (!p.start || !p.end) return;
    for (int year = fiscal_year_of(*p.start); year <= fiscal_year_of(*p.end); ++year) {
        auto* option = body.AddSectionDictionary("YEAR_OPTION");
        option->SetValue("YEAR", fiscal_year_label(year));
        if (selected == fiscal_year_label(year)) option->ShowSection("SELECTED");
    }
}

}  // namespace

web::Response PartnershipPages::budget_page(web::Exchange& exchange, const web::Fields& fields, const Error* error)
{
    auto found = budgets_.budget(exchange.actor, partnership_in(exchange));
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    const auto& budget = *found;
    const auto& language = exchange.language;
    auto money = [&](Money amount) { return money_text(views_.i18n, language, amount); };
    web::Page page(views_, exchange, "partnerships/views/budget.tpl");
    page.title(page.t("Budget") + " – " + partnership_name(budget.partnership));
    web::refill(page.body(), fields);
    auto& body = page.body();
    body.SetIntValue("ID", static_cast<long>(budget.partnership.id.value));
    body.SetValue("NAME", partnership_name(budget.partnership));
    body.SetValue("TOTAL", money(budget.totals.total));

    year_chart(body, "years-chart", page.t("Budget of each fiscal year, in Canadian dollars"), budget.totals.by_year, money);

    for (auto category : kCategories) body.AddSectionDictionary("CATEGORY_HEADING")->SetValue("CATEGORY", page.t(category_label(category)));
    for (const auto& [year, sum] : budget.totals.by_year) {
        auto* row = body.AddSectionDictionary("YEAR_ROW");
        row->SetValue("YEAR", fiscal_year_label(year));
        for (auto category : kCategories) {
            auto cell = budget.totals.by_year_and_category.find({year, category});
            row->AddSectionDictionary("CELL")->SetValue("AMOUNT", money(cell == budget.totals.by_year_and_category.end() ? Money{} : cell->second));
        }
        row->SetValue("YEAR_TOTAL", money(sum));
    }
    for (auto category : kCategories) {
        auto sum = budget.totals.by_category.find(category);
        body.AddSectionDictionary("CATEGORY_TOTAL")->SetValue("AMOUNT", money(sum == budget.totals.by_category.end() ? Money{} : sum->second));
    }

    for (const auto& line : budget.lines) {
        auto* row = body.AddSectionDictionary("LINE");
        row->SetIntValue("LINE_ID", static_cast<long>(line.id.value));
        row->SetIntValue("ID", static_cast<long>(budget.partnership.id.value));
        row->SetValue("YEAR", fiscal_year_label(line.fiscal_year));
        row->SetValue("CATEGORY", page.t(category_label(line.category)));
        row->SetValue("DESCRIPTION", line.description);
        row->SetValue("AMOUNT", money(line.amount));
    }
    if (budget.lines.empty()) body.ShowSection("NO_LINES");

    for (const auto& a : budget.amendments) {
        auto* row = body.AddSectionDictionary("AMENDMENT");
        row->SetIntValue("AMENDMENT_ID", static_cast<long>(a.id.value));
        row->SetIntValue("ID", static_cast<long>(budget.partnership.id.value));
        row->SetValue("PROPOSED", views_.i18n.date(language, a.proposed_at) + " — " + a.proposed_by);
        row->SetValue("LINE", fiscal_year_label(a.fiscal_year) + " · " + page.t(category_label(a.category)) + " · " + a.description);
        row->SetValue("CHANGE", (a.line.valid() ? money(a.previous) : page.t("new line")) + " → " + money(a.amount));
        row->SetValue("REASON", a.reason);
        row->SetValue("STATUS", page.t(amendment_status_label(a.status)));
        if (a.decided_at) row->SetValue("DECIDED", views_.i18n.date(language, *a.decided_at) + " — " + a.decided_by);
        if (a.status == AmendmentStatus::Proposed && budget.access == Access::Officer) {
            row->ShowSection("DECIDE");
            row->SetValue("CSRF_TOKEN", exchange.csrf_token);
        }
    }
    if (budget.amendments.empty()) body.ShowSection("NO_AMENDMENTS");

    if (budget.access == Access::Officer) {
        body.ShowSection("OFFICER");
        year_options(body, budget.partnership, fields.get("fiscal_year"));
        category_options(body, views_.i18n, language, fields.get("category"));
    }
    if (error) page.errors(flatten(*error));
    return page.render(error ? error_code_http_status(error->code) : 200);
}

web::Response PartnershipPages::budget(web::Exchange& exchange) { return budget_page(exchange, {}, nullptr); }

web::Response PartnershipPages::add_line(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    const auto id = partnership_in(exchange);
    auto added = budgets_.add_line(exchange.actor, id, line_input(form));
    if (added.ok()) return web::Response::redirect("/partnerships/" + std::to_string(id.value) + "/budget?notice=saved");
    if (added.error().code != ErrorCode::Invalid) return web::refusal(views_, exchange, added.error());
    return budget_page(exchange, form, &added.error());
}

web::Response PartnershipPages::amendment_page(web::Exchange& exchange, const Budget& budget, const web::Fields& fields, const Error* error)
{
    return web::form_page(views_, exchange, "partnerships/views/amend.tpl", N_("Propose a budget amendment"), fields, error, [&](auto& body) {
        body.SetIntValue("ID", static_cast<long>(budget.partnership.id.value));
        body.SetValue("NAME", partnership_name(budget.partnership));
        for (const auto& line : budget.lines) {
            auto* option = body.AddSectionDictionary("LINE_OPTION");
            option->SetIntValue("LINE_ID", static_cast<long>(line.id.value));
            option->SetValue("NAME", fiscal_year_label(line.fiscal_year) + " · " + views_.i18n.translate(exchange.language, category_label(line.category)) +
                                         " · " + line.description + " · " + money_text(views_.i18n, exchange.language, line.amount));
            if (fields.get("line") == std::to_string(line.id.value)) option->ShowSection("SELECTED");
        }
        year_options(body, budget.partnership, fields.get("fiscal_year"));
        category_options(body, views_.i18n, exchange.language, fields.get("category"));
    });
}

web::Response PartnershipPages::amendment_form(web::Exchange& exchange)
{
    auto found = budgets_.budget(exchange.actor, partnership_in(exchange));
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    web::Fields fields;
    const auto query = exchange.request.query();
    // Changing a line starts from its current values.
    for (const auto& line : found->lines)
        if (query.get("line") == std::to_string(line.id.value)) {
            fields.add("line", std::to_string(line.id.value));
            fields.add("fiscal_year", fiscal_year_label(line.fiscal_year));
            fields.add("category", std::string(category_code(line.category)));
            fields.add("description", line.description);
            fields.add("amount", line.amount.plain());
        }
    return amendment_page(exchange, *found, fields, nullptr);
}

web::Response PartnershipPages::propose(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    const auto id = partnership_in(exchange);
    AmendmentInput input{std::string(form.get("line").substr(0, 20)), line_input(form), std::string(form.get("reason").substr(0, 4000))};
    auto proposed = budgets_.propose(exchange.actor, id, input);
    if (proposed.ok()) return web::Response::redirect("/partnerships/" + std::to_string(id.value) + "/budget?notice=saved");
    if (proposed.error().code != ErrorCode::Invalid) return web::refusal(views_, exchange, proposed.error());
    auto found = budgets_.budget(exchange.actor, id);
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    return amendment_page(exchange, *found, form, &proposed.error());
}

web::Response PartnershipPages::decide(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    const auto id = partnership_in(exchange);
    const AmendmentId amendment{std::atoll(std::string(exchange.request.path_parameter("amendment").substr(0, 18)).c_str())};
    auto decided = budgets_.decide(exchange.actor, id, amendment, decision_from_code(form.get("decision")));
    if (!decided.ok()) return web::refusal(views_, exchange, decided.error());
    return web::Response::redirect("/partnerships/" + std::to_string(id.value) + "/budget?notice=saved");
}

web::Response PartnershipPages::budget_export(web::Exchange& exchange, const std::string& kind, Table (*table_of)(const Budget&),
                                              const std::string& name)
{
    auto found = budgets_.budget(exchange.actor, partnership_in(exchange));
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    auto table = table_of(*found);
    return spreadsheet(kind, name + "-" + std::to_string(found->partnership.id.value), table.header, table.rows);
}

web::Response PartnershipPages::budget_csv(web::Exchange& exchange) { return budget_export(exchange, "csv", budget_table, "budget"); }
web::Response PartnershipPages::budget_xlsx(web::Exchange& exchange) { return budget_export(exchange, "xlsx", budget_table, "budget"); }
web::Response PartnershipPages::amendments_csv(web::Exchange& exchange) { return budget_export(exchange, "csv", amendment_table, "amendments"); }
web::Response PartnershipPages::amendments_xlsx(web::Exchange& exchange) { return budget_export(exchange, "xlsx", amendment_table, "amendments"); }

}  // namespace pmi::partnerships
