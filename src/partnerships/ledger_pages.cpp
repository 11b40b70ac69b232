// What the expense and in-kind pages share: the officer's review and reversal of an entry,
// the download of its document, and the cells that show an entry's state.
#include "partnerships/ledger_pages.hpp"

#include "partnerships/pages.hpp"
#include "partnerships/fiscal_year.hpp"
#include "partnerships/view_helpers.hpp"
#include "web/download.hpp"

namespace pmi::partnerships {
namespace {

EntryId entry_named(std::string_view text)
{
    if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string_view::npos) return EntryId{};
    return EntryId{std::atoll(std::string(text).c_str())};
}

std::string_view slug(Ledger ledger) { return ledger == Ledger::Expenses ? "expenses" : "in-kind"; }

}  // namespace

std::string ledger_path(PartnershipId id, Ledger ledger) { return "/partnerships/" + std::to_string(id.value) + "/" + std::string(slug(ledger)); }

EntryId entry_in_path(const web::Exchange& exchange) { return entry_named(exchange.request.path_parameter("entry")); }

DisbursementId disbursement_in_path(const web::Exchange& exchange)
{
    return DisbursementId{entry_named(exchange.request.path_parameter("disbursement")).value};
}

EntryId entry_to_change(const web::Exchange& exchange) { return entry_named(exchange.request.query().get("change")); }

void LedgerPages::entry_form(web::Page& page, const web::Exchange& exchange, EntryId changing, std::string_view enter_heading,
                             std::string_view enter_button) const
{
    auto& body = page.body();
    if (!changing.valid()) {
        body.SetValue("FORM_HEADING", page.t(enter_heading));
        body.SetValue("FORM_BUTTON", page.t(enter_button));
        return;
    }
    body.SetValue("FORM_HEADING", views_.i18n.format(exchange.language, "Change entry {1}", {std::to_string(changing.value)}));
    body.SetValue("FORM_BUTTON", page.t("Save"));
    body.SetIntValue("CHANGE_ID", static_cast<long>(changing.value));
    body.ShowSection("CHANGING");
}

void LedgerPages::currency_options(ctemplate::TemplateDictionary& body, const web::Page& page, std::string_view selected)
{
    for (auto currency : kCurrencies) {
        auto* option = body.AddSectionDictionary("CURRENCY_OPTION");
        option->SetValue("CODE", std::string(currency_code(currency)));
        option->SetValue("NAME", std::string(currency_code(currency)) + " – " + page.t(currency_label(currency)));
        if (selected == currency_code(currency)) option->ShowSection("SELECTED");
    }
}

std::string LedgerPages::money(const web::Exchange& exchange, Money amount) const { return money_text(views_.i18n, exchange.language, amount); }

void LedgerPages::entry_cells(ctemplate::TemplateDictionary& row, const web::Exchange& exchange, Ledger ledger, const Entry& entry, Access access,
                              bool reversed) const
{
    auto* cells = row.AddIncludeDictionary("ENTRY_ACTIONS");
    cells->SetFilename("partnerships/views/entry_actions.tpl");
    cells->SetIntValue("ID", static_cast<long>(entry.partnership.value));
    cells->SetIntValue("ENTRY_ID", static_cast<long>(entry.id.value));
    cells->SetValue("SLUG", std::string(slug(ledger)));
    cells->SetValue("CSRF_TOKEN", exchange.csrf_token);
    cells->SetValue("STATUS", views_.i18n.translate(exchange.language, entry_status_label(entry.status)) +
                                  (entry.decided_by.empty() ? "" : " — " + entry.decided_by));
    if (entry.reverses.valid()) cells->SetValueAndShowSection("REVERSES", std::to_string(entry.reverses.value), "REVERSAL");
    if (!entry.note.empty()) cells->SetValueAndShowSection("NOTE_TEXT", entry.note, "NOTE");
    const bool officer = access == Access::Officer;
    if (officer && entry.status == EntryStatus::Entered && entry.entered_by_id != exchange.actor.user_id) {
        cells->ShowSection("REVIEW");
        // The same rule as the service's: an expense is approved with its receipt only.
        cells->ShowSection(ledger == Ledger::Expenses && !entry.evidence.attached() ? "NEEDS_EVIDENCE" : "APPROVE");
    }
    if (officer && entry.status == EntryStatus::Approved && !entry.reverses.valid() && !reversed) cells->ShowSection("REVERSE");
    if (may_change(access, entry).ok()) cells->ShowSection("CHANGE");
    row.SetIntValue("ENTRY_ID", static_cast<long>(entry.id.value));
    row.SetValue("DATE", date_text(entry.date));
    row.SetValue("DESCRIPTION", entry.description);
    row.SetValue("AMOUNT", money(exchange, entry.amount));
    row.SetValue("ENTERED_BY", entry.entered_by);
    if (entry.evidence.attached()) row.SetValueAndShowSection("EVIDENCE_NAME", entry.evidence.name, "EVIDENCE");
}

web::Response LedgerPages::review(web::Exchange& exchange, Ledger ledger)
{
    const auto form = exchange.request.form();
    const auto id = partnership_in(exchange);
    const auto choice = form.get("decision");
    const auto review = choice == "approve" ? std::optional(Review::Approve) : choice == "return" ? std::optional(Review::Return) : std::nullopt;
    auto reviewed = ledgers_.review(exchange.actor, ledger, id, entry_in_path(exchange), review,
                                    std::string(form.get("note").substr(0, 2 * kMostNoteBytes)));
    if (!reviewed.ok()) return web::refusal(views_, exchange, reviewed.error());
    return web::Response::redirect(ledger_path(id, ledger) + "?notice=saved");
}

web::Response LedgerPages::reverse(web::Exchange& exchange, Ledger ledger)
{
    const auto form = exchange.request.form();
    const auto id = partnership_in(exchange);
    auto reversed = ledgers_.reverse(exchange.actor, ledger, id, entry_in_path(exchange), std::string(form.get("note").substr(0, 2 * kMostNoteBytes)));
    if (!reversed.ok()) return web::refusal(views_, exchange, reversed.error());
    return web::Response::redirect(ledger_path(id, ledger) + "?notice=saved");
}

web::Response LedgerPages::evidence(web::Exchange& exchange, Ledger ledger)
{
    auto found = ledgers_.evidence(exchange.actor, ledger, partnership_in(exchange), entry_in_path(exchange));
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    return web::file_download(found->path, found->file_name, found->content_type);
}

}  // namespace pmi::partnerships
