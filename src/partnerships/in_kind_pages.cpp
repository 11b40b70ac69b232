// A partnership's in-kind contributions: approved value by fiscal year as a chart and a
// table, by kind, the entries with their evidence, and the entry form; CSV and Excel exports.
#include <algorithm>
#include <set>

#include "core/translator.hpp"
#include "partnerships/fiscal_year.hpp"
#include "partnerships/ledger_forms.hpp"
#include "partnerships/ledger_pages.hpp"
#include "partnerships/ledger_tables.hpp"
#include "partnerships/year_chart.hpp"
#include "web/multipart.hpp"

namespace pmi::partnerships {
namespace {

void options(ctemplate::TemplateDictionary& body, const std::string& section, const std::string& selected,
             const std::vector<std::pair<std::string, std::string>>& choices)
{
    for (const auto& [code, name] : choices) {
        auto* option = body.AddSectionDictionary(section);
        option->SetValue("CODE", code);
        option->SetValue("NAME", name);
        if (selected == code) option->ShowSection("SELECTED");
    }
}

}  // namespace

Result<ContributionLedger> LedgerPages::contribution_ledger(const web::Exchange& exchange)
{
    return contributions_.ledger(exchange.actor, partnership_in(exchange));
}

web::Response LedgerPages::in_kind_page(web::Exchange& exchange, const web::Fields& given, const Error* error, EntryId changing)
{
    auto found = contribution_ledger(exchange);
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    const auto& ledger = *found;
    web::Fields fields = given;
    if (changing.valid() && !error) {
        auto current = std::find_if(ledger.contributions.begin(), ledger.contributions.end(),
                                    [&](const Contribution& c) { return c.entry.id == changing; });
        if (current == ledger.contributions.end()) return web::refusal(views_, exchange, not_found());
        if (auto allowed = may_change(ledger.access, current->entry); !allowed.ok()) return web::refusal(views_, exchange, allowed.error());
        fields = fields_of(*current);
    }
    auto in_money = [&](Money amount) { return money(exchange, amount); };
    web::Page page(views_, exchange, "partnerships/views/in_kind.tpl");
    page.title(page.t("In-kind contributions") + " – " + partnership_name(ledger.partnership));
    auto& body = page.body();
    web::refill(body, fields);
    body.SetIntValue("ID", static_cast<long>(ledger.partnership.id.value));
    body.SetValue("NAME", partnership_name(ledger.partnership));
    body.SetValue("CSRF_TOKEN", exchange.csrf_token);
    body.SetValue("TOTAL", in_money(ledger.totals.total));
    body.SetValue("WAITING", in_money(ledger.totals.waiting));

    year_chart(body, "in-kind-chart", page.t("Approved in-kind contributions of each fiscal year, in Canadian dollars"), ledger.totals.by_year, in_money);
    for (const auto& [year, amount] : ledger.totals.by_year) {
        auto* row = body.AddSectionDictionary("YEAR_ROW");
        row->SetValue("YEAR", fiscal_year_label(year));
        row->SetValue("AMOUNT", in_money(amount));
    }
    for (const auto& [kind, amount] : ledger.totals.by_kind) {
        auto* row = body.AddSectionDictionary("KIND_ROW");
        row->SetValue("KIND", page.t(contribution_kind_label(kind)));
        row->SetValue("AMOUNT", in_money(amount));
    }

    std::set<std::int64_t> reversed;
    for (const auto& c : ledger.contributions)
        if (c.entry.reverses.valid()) reversed.insert(c.entry.reverses.value);
    for (const auto& c : ledger.contributions) {
        auto* row = body.AddSectionDictionary("CONTRIBUTION");
        entry_cells(*row, exchange, Ledger::InKind, c.entry, ledger.access, reversed.count(c.entry.id.value) > 0);
        row->SetIntValue("ID", static_cast<long>(ledger.partnership.id.value));
        row->SetValue("MUNICIPALITY", c.municipality);
        row->SetValue("KIND", page.t(contribution_kind_label(c.kind)));
        if (c.kind == ContributionKind::StaffTime)
            row->SetValueAndShowSection("TIME", views_.i18n.format(exchange.language, "{1}, {2}, {3} h at {4} per hour",
                                                                   {c.person, page.t(staff_role_label(c.role.value_or(StaffRole::TechnicalStaff))),
                                                                    hours_text(c.hours), money(exchange, Money::cents(c.rate.units))}),
                                        "STAFF_TIME");
        if (c.kind != ContributionKind::StaffTime && c.currency != Currency::CAD && c.rate_date)
            row->SetValueAndShowSection("PAID",
                                        minor_text(c.original, c.currency) + " " + std::string(currency_code(c.currency)) + " " +
                                            views_.i18n.format(exchange.language, "at {1} from {2} ({3})",
                                                               {rate_text(c.rate), date_text(*c.rate_date), c.rate_source}),
                                        "FOREIGN");
    }
    if (ledger.contributions.empty()) body.ShowSection("NO_CONTRIBUTIONS");

    std::vector<std::pair<std::string, std::string>> teams, kinds, roles;
    for (const auto* team : ledger.partnership.of_kind(MemberKind::Team)) teams.emplace_back(team->key, team->name);
    for (auto kind : kContributionKinds) kinds.emplace_back(std::string(contribution_kind_code(kind)), page.t(contribution_kind_label(kind)));
    for (auto role : kStaffRoles) roles.emplace_back(std::string(staff_role_code(role)), page.t(staff_role_label(role)));
    options(body, "MUNICIPALITY_OPTION", std::string(fields.get("municipality")), teams);
    options(body, "KIND_OPTION", std::string(fields.get("kind")), kinds);
    options(body, "ROLE_OPTION", std::string(fields.get("role")), roles);
    currency_options(body, page, fields.get("currency"));
    entry_form(page, exchange, changing, N_("Enter a contribution"), N_("Enter the contribution"));
    if (error) page.errors(flatten(*error));
    return page.render(error ? error_code_http_status(error->code) : 200);
}

web::Response LedgerPages::in_kind(web::Exchange& exchange) { return in_kind_page(exchange, {}, nullptr, entry_to_change(exchange)); }

web::Response LedgerPages::enter_contribution(web::Exchange& exchange) { return save_contribution(exchange, EntryId{}); }
web::Response LedgerPages::change_contribution(web::Exchange& exchange) { return save_contribution(exchange, entry_in_path(exchange)); }

web::Response LedgerPages::save_contribution(web::Exchange& exchange, EntryId changing)
{
    const auto id = partnership_in(exchange);
    auto form = web::form_with_file(exchange.request, "file");
    if (!form.ok()) return web::refusal(views_, exchange, form.error());
    std::optional<Upload> evidence;
    if (form->file) evidence = Upload{form->file->filename, form->file->data};
    const auto input = contribution_input(form->fields);
    Status saved = changing.valid() ? contributions_.change(exchange.actor, id, changing, input, evidence)
                                    : status_of(contributions_.enter(exchange.actor, id, input, evidence));
    if (saved.ok()) return web::Response::redirect(ledger_path(id, Ledger::InKind) + "?notice=saved");
    if (saved.error().code != ErrorCode::Invalid && saved.error().code != ErrorCode::PayloadTooLarge)
        return web::refusal(views_, exchange, saved.error());
    return in_kind_page(exchange, form->fields, &saved.error(), changing);
}

web::Response LedgerPages::in_kind_csv(web::Exchange& exchange) { return export_table(exchange, "csv", "in-kind", contribution_ledger(exchange), contribution_table); }
web::Response LedgerPages::in_kind_xlsx(web::Exchange& exchange) { return export_table(exchange, "xlsx", "in-kind", contribution_ledger(exchange), contribution_table); }

}  // namespace pmi::partnerships
