// A partnership's expenses: approved expenses by fiscal year as a chart, the budget against
// approved, waiting and disbursed amounts as a table, the claims with their receipts, the
// entry form for staff and officers, and officers' disbursements; CSV and Excel exports.
#include <algorithm>
#include <set>

#include "core/translator.hpp"
#include "partnerships/fiscal_year.hpp"
#include "partnerships/ledger_forms.hpp"
#include "partnerships/ledger_pages.hpp"
#include "partnerships/ledger_tables.hpp"
#include "partnerships/pages.hpp"
#include "partnerships/year_chart.hpp"
#include "web/multipart.hpp"

namespace pmi::partnerships {
namespace {

void year_row(ctemplate::TemplateDictionary& row, const YearFigures& figures, const std::function<std::string(Money)>& money)
{
    row.SetValue("BUDGET", money(figures.budget));
    row.SetValue("APPROVED", money(figures.approved));
    row.SetValue("WAITING", money(figures.waiting));
    row.SetValue("DISBURSED", money(figures.disbursed));
}

std::set<std::int64_t> reversed_entries(const std::vector<Expense>& expenses)
{
    std::set<std::int64_t> reversed;
    for (const auto& e : expenses)
        if (e.entry.reverses.valid()) reversed.insert(e.entry.reverses.value);
    return reversed;
}

}  // namespace

web::Response LedgerPages::expense_page(web::Exchange& exchange, const web::Fields& given, const Error* error, EntryId changing)
{
    auto found = expenses_.ledger(exchange.actor, partnership_in(exchange));
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    const auto& ledger = *found;
    web::Fields fields = given;
    if (changing.valid() && !error) {
        auto current = std::find_if(ledger.expenses.begin(), ledger.expenses.end(), [&](const Expense& e) { return e.entry.id == changing; });
        if (current == ledger.expenses.end()) return web::refusal(views_, exchange, not_found());
        if (auto allowed = may_change(ledger.access, current->entry); !allowed.ok()) return web::refusal(views_, exchange, allowed.error());
        fields = fields_of(*current);
    }
    auto in_money = [&](Money amount) { return money(exchange, amount); };
    web::Page page(views_, exchange, "partnerships/views/expenses.tpl");
    page.title(page.t("Expenses") + " – " + partnership_name(ledger.partnership));
    auto& body = page.body();
    web::refill(body, fields);
    body.SetIntValue("ID", static_cast<long>(ledger.partnership.id.value));
    body.SetValue("NAME", partnership_name(ledger.partnership));
    body.SetValue("CSRF_TOKEN", exchange.csrf_token);
    year_row(body, ledger.totals.total, in_money);

    std::map<int, Money> approved;
    for (const auto& [year, figures] : ledger.totals.by_year) {
        approved[year] = figures.approved;
        auto* row = body.AddSectionDictionary("YEAR_ROW");
        row->SetValue("YEAR", fiscal_year_label(year));
        year_row(*row, figures, in_money);
    }
    year_chart(body, "expenses-chart", page.t("Approved expenses of each fiscal year, in Canadian dollars"), approved, in_money);

    const auto reversed = reversed_entries(ledger.expenses);
    for (const auto& e : ledger.expenses) {
        auto* row = body.AddSectionDictionary("EXPENSE");
        entry_cells(*row, exchange, Ledger::Expenses, e.entry, ledger.access, reversed.count(e.entry.id.value) > 0);
        row->SetIntValue("ID", static_cast<long>(ledger.partnership.id.value));
        row->SetValue("ORIGINAL", minor_text(e.original, e.currency) + " " + std::string(currency_code(e.currency)));
        if (e.currency != Currency::CAD)
            row->SetValueAndShowSection("RATE", views_.i18n.format(exchange.language, "at {1} from {2} ({3})", {rate_text(e.rate), date_text(e.rate_date), e.rate_source}),
                                        "CONVERTED");
        for (const auto& line : ledger.lines)
            if (line.id == e.line) row->SetValue("LINE", fiscal_year_label(line.fiscal_year) + " · " + line.description);
    }
    if (ledger.expenses.empty()) body.ShowSection("NO_EXPENSES");

    for (const auto& line : ledger.lines) {
        auto* option = body.AddSectionDictionary("LINE_OPTION");
        option->SetIntValue("LINE_ID", static_cast<long>(line.id.value));
        option->SetValue("NAME", fiscal_year_label(line.fiscal_year) + " · " + page.t(category_label(line.category)) + " · " + line.description);
        if (fields.get("line") == std::to_string(line.id.value)) option->ShowSection("SELECTED");
    }
    currency_options(body, page, fields.get("currency"));

    std::set<std::int64_t> reversed_disbursements;
    for (const auto& d : ledger.disbursements)
        if (d.reverses.valid()) reversed_disbursements.insert(d.reverses.value);
    for (const auto& d : ledger.disbursements) {
        auto* row = body.AddSectionDictionary("DISBURSEMENT");
        row->SetValue("DATE", date_text(d.paid_on));
        row->SetValue("AMOUNT", money(exchange, d.amount));
        row->SetValue("REFERENCE", d.reference);
        row->SetValue("RECORDED_BY", d.recorded_by);
        row->SetIntValue("ID", static_cast<long>(ledger.partnership.id.value));
        row->SetIntValue("DISBURSEMENT_ID", static_cast<long>(d.id.value));
        if (d.reverses.valid()) row->SetValueAndShowSection("REVERSES", std::to_string(d.reverses.value), "REVERSAL");
        if (!d.note.empty()) row->SetValueAndShowSection("NOTE_TEXT", d.note, "NOTE");
        if (ledger.access == Access::Officer && may_reverse_disbursement(d, reversed_disbursements.count(d.id.value) > 0).ok()) {
            row->SetValue("CSRF_TOKEN", exchange.csrf_token);
            row->ShowSection("REVERSE");
        }
    }
    if (ledger.disbursements.empty()) body.ShowSection("NO_DISBURSEMENTS");
    if (ledger.access == Access::Officer) body.ShowSection("OFFICER");
    entry_form(page, exchange, changing, N_("Enter an expense"), N_("Enter the expense"));
    if (error) page.errors(flatten(*error));
    return page.render(error ? error_code_http_status(error->code) : 200);
}

Result<ExpenseLedger> LedgerPages::expense_ledger(const web::Exchange& exchange) { return expenses_.ledger(exchange.actor, partnership_in(exchange)); }

web::Response LedgerPages::expenses(web::Exchange& exchange) { return expense_page(exchange, {}, nullptr, entry_to_change(exchange)); }

web::Response LedgerPages::enter_expense(web::Exchange& exchange) { return save_expense(exchange, EntryId{}); }
web::Response LedgerPages::change_expense(web::Exchange& exchange) { return save_expense(exchange, entry_in_path(exchange)); }

web::Response LedgerPages::save_expense(web::Exchange& exchange, EntryId changing)
{
    const auto id = partnership_in(exchange);
    auto form = web::form_with_file(exchange.request, "file");
    if (!form.ok()) return web::refusal(views_, exchange, form.error());
    std::optional<Upload> receipt;
    if (form->file) receipt = Upload{form->file->filename, form->file->data};
    const auto input = expense_input(form->fields);
    Status saved = changing.valid() ? expenses_.change(exchange.actor, id, changing, input, receipt)
                                    : status_of(expenses_.enter(exchange.actor, id, input, receipt));
    if (saved.ok()) return web::Response::redirect(ledger_path(id, Ledger::Expenses) + "?notice=saved");
    if (saved.error().code != ErrorCode::Invalid && saved.error().code != ErrorCode::PayloadTooLarge)
        return web::refusal(views_, exchange, saved.error());
    return expense_page(exchange, form->fields, &saved.error(), changing);
}

web::Response LedgerPages::disburse(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    const auto id = partnership_in(exchange);
    auto recorded = expenses_.disburse(exchange.actor, id, disbursement_input(form));
    if (recorded.ok()) return web::Response::redirect(ledger_path(id, Ledger::Expenses) + "?notice=saved");
    if (recorded.error().code != ErrorCode::Invalid) return web::refusal(views_, exchange, recorded.error());
    return expense_page(exchange, form, &recorded.error(), EntryId{});
}

web::Response LedgerPages::reverse_disbursement(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    const auto id = partnership_in(exchange);
    auto reversed = expenses_.reverse_disbursement(exchange.actor, id, disbursement_in_path(exchange), std::string(form.get("note").substr(0, 2 * kMostNoteBytes)));
    if (!reversed.ok()) return web::refusal(views_, exchange, reversed.error());
    return web::Response::redirect(ledger_path(id, Ledger::Expenses) + "?notice=saved#disbursements");
}

web::Response LedgerPages::expenses_csv(web::Exchange& exchange) { return export_table(exchange, "csv", "expenses", expense_ledger(exchange), expense_table); }
web::Response LedgerPages::expenses_xlsx(web::Exchange& exchange) { return export_table(exchange, "xlsx", "expenses", expense_ledger(exchange), expense_table); }
web::Response LedgerPages::disbursements_csv(web::Exchange& exchange) { return export_table(exchange, "csv", "disbursements", expense_ledger(exchange), disbursement_table); }
web::Response LedgerPages::disbursements_xlsx(web::Exchange& exchange) { return export_table(exchange, "xlsx", "disbursements", expense_ledger(exchange), disbursement_table); }

}  // namespace pmi::partnerships
