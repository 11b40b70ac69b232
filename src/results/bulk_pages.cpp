#include "results/bulk_pages.hpp"

#include <algorithm>

#include "core/translator.hpp"
#include "files/table_upload.hpp"
#include "partnerships/pages.hpp"
#include "partnerships/view_helpers.hpp"
#include "results/figures.hpp"
#include "results/periods.hpp"
#include "results/pmf_table.hpp"
#include "web/multipart.hpp"

namespace pmi::results {
namespace {

constexpr std::string_view kActionLabels[] = {N_("Fills an empty cell"), N_("Replaces the draft value"), N_("Left as it is")};

std::string file_name_of(PartnershipId partnership, const Period& period)
{
    std::string label = period_label(period);
    std::replace(label.begin(), label.end(), ' ', '-');
    return "results-" + std::to_string(partnership.value) + "-" + label;
}

const Indicator* indicator_with(const std::vector<Indicator>& indicators, IndicatorId id)
{
    for (const auto& i : indicators)
        if (i.id == id) return &i;
    return nullptr;
}

std::string status_text(const web::I18n& i18n, std::string_view language, const std::optional<MeasurementStatus>& status)
{
    return status ? i18n.translate(language, label_of(kStatuses, *status)) : std::string();
}

void period_options(ctemplate::TemplateDictionary& body, const std::vector<Period>& periods, PeriodId chosen, const web::I18n& i18n,
                    std::string_view language)
{
    for (const auto& p : periods) {
        auto* option = body.AddSectionDictionary("PERIOD_OPTION");
        option->SetIntValue("VALUE", static_cast<long>(p.id.value));
        option->SetValue("NAME", period_label(p) + (p.locked ? " · " + i18n.translate(language, "locked") : ""));
        if (p.id == chosen) {
            option->ShowSection("SELECTED");
            body.SetValue("PERIOD_NAME", period_label(p));
        }
    }
}

void preview(ctemplate::TemplateDictionary& body, const BulkOutcome& outcome, const web::I18n& i18n, std::string_view language)
{
    const auto& plan = outcome.plan;
    auto* section = body.AddSectionDictionary("PREVIEW");
    section->SetIntValue("ROWS", static_cast<long>(plan.rows));
    section->SetIntValue("PROBLEM_COUNT", static_cast<long>(plan.problems.size()));
    section->SetIntValue("FILLED", static_cast<long>(plan.count(BulkAction::Fill)));
    section->SetIntValue("REPLACED", static_cast<long>(plan.count(BulkAction::Replace)));
    section->SetIntValue("KEPT", static_cast<long>(plan.count(BulkAction::Keep)));
    if (!plan.problems.empty()) section->ShowSection("HAS_PROBLEMS");
    else if (plan.writes.empty()) section->ShowSection("NOTHING_TO_WRITE");
    else section->ShowSection("READY");
    for (const auto& problem : plan.problems) {
        auto* row = section->AddSectionDictionary("PROBLEM");
        row->SetIntValue("ROW", static_cast<long>(problem.row));
        row->SetValue("COLUMN", problem.column);
        row->SetValue("MESSAGE", i18n.error_text(language, problem.error));
    }
    for (const auto& change : plan.changes) {
        auto* row = section->AddSectionDictionary("CHANGE");
        row->SetIntValue("ROW", static_cast<long>(change.row));
        row->SetValue("INDICATOR", change.indicator_code);
        row->SetValue("CELL", cell_name(i18n, language, change.cell));
        row->SetValue("BEFORE", change.before ? figure_text(*change.before) : "—");
        row->SetValue("AFTER", figure_text(change.after));
        row->SetValue("ACTION", i18n.translate(language, kActionLabels[static_cast<int>(change.action)]));
    }
}

}  // namespace

PeriodId period_in(std::string_view text)
{
    if (text.empty() || text.size() > 18 || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) return PeriodId{};
    return PeriodId{std::atoll(std::string(text).c_str())};
}

BulkMode mode_in(std::string_view text) { return text == "replace" ? BulkMode::Replace : BulkMode::Add; }

web::Response BulkEntryPages::page(web::Exchange& exchange, const web::Fields& fields, const Error* error, const BulkOutcome* outcome,
                                   const std::string& kept_file)
{
    const auto id = partnerships::partnership_in(exchange);
    auto found = measurements_.partnership_results(exchange.actor, id);
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    const auto& language = exchange.language;
    web::Page page(views_, exchange, "results/views/bulk_entry.tpl");
    const auto name = partnerships::partnership_name(found->partnership);
    page.title(page.t("Bulk entry from a spreadsheet") + " – " + name);
    auto& body = page.body();
    body.SetIntValue("ID", static_cast<long>(id.value));
    body.SetValue("NAME", name);
    const auto period = period_in(fields.get("period"));
    period_options(body, found->periods, period, views_.i18n, language);
    const bool replace = mode_in(fields.get("mode")) == BulkMode::Replace;
    body.ShowSection(replace ? "MODE_REPLACE" : "MODE_ADD");
    // Set on the body, not in the section: the preview's dictionaries are the body's children.
    if (period.valid()) body.SetValue("PERIOD_ID", std::to_string(period.value)), body.ShowSection("PERIOD_CHOSEN");
    if (outcome) {
        preview(body, *outcome, views_.i18n, language);
        if (outcome->plan.problems.empty() && !outcome->plan.writes.empty() && !outcome->written) {
            auto* confirm = body.AddSectionDictionary("CONFIRM");
            confirm->SetValue("FILE", kept_file);
            confirm->SetValue("MODE", replace ? "replace" : "add");
        }
    }
    if (error) page.errors(flatten(*error));
    const int status = error ? error_code_http_status(error->code) : outcome && !outcome->plan.problems.empty() ? 422 : 200;
    return page.render(status);
}

web::Response BulkEntryPages::form(web::Exchange& exchange) { return page(exchange, exchange.request.query(), nullptr, nullptr, ""); }

web::Response BulkEntryPages::template_download(web::Exchange& exchange, const std::string& kind)
{
    const auto id = partnerships::partnership_in(exchange);
    auto made = bulk_.bulk_template(exchange.actor, id, period_in(exchange.request.query().get("period")));
    if (!made.ok()) return web::refusal(views_, exchange, made.error());
    const auto& language = exchange.language;
    std::vector<std::vector<std::string>> rows;
    for (const auto& row : made->rows) {
        const auto* indicator = indicator_with(made->indicators, row.indicator);
        rows.push_back({indicator->code, indicator->name.pick(language).text, period_label(made->period), row.cell, cell_name(views_.i18n, language, row.cell),
                        row.current ? figure_text(row.current->value) : "", status_text(views_.i18n, language, row.status), "", ""});
    }
    return partnerships::spreadsheet(kind, file_name_of(id, made->period), bulk_columns(), rows);
}

web::Response BulkEntryPages::template_csv(web::Exchange& exchange) { return template_download(exchange, "csv"); }
web::Response BulkEntryPages::template_xlsx(web::Exchange& exchange) { return template_download(exchange, "xlsx"); }

// The first post carries the file and shows what it would write; the second, confirming,
// names the file kept from the first by its SHA-256 and writes it if it is still valid.
web::Response BulkEntryPages::upload(web::Exchange& exchange)
{
    const auto id = partnerships::partnership_in(exchange);
    // Who may enter values is settled before anything of the upload is read.
    if (auto allowed = bulk_.may_enter(exchange.actor, id); !allowed.ok()) return web::refusal(views_, exchange, allowed.error());
    auto form = web::form_with_file(exchange.request, "file");
    if (!form.ok()) return page(exchange, {}, &form.error(), nullptr, "");
    const auto& fields = form->fields;
    std::string kept(fields.get("kept_file").substr(0, 64));
    const bool confirming = !kept.empty();
    std::string data = form->file ? std::string(form->file->data) : std::string();
    if (confirming) data = kept.size() == 64 ? files_.read(kept).value_or("") : "";
    if (data.empty()) {
        auto error = invalid("file", confirming ? "The file to enter is no longer available; choose it again." : "Choose the filled template, a CSV or Excel (XLSX) file; this one is empty.");
        return page(exchange, fields, &error, nullptr, "");
    }
    auto table = files::read_table_upload(data, "file", kBulkLimits);
    if (!table.ok()) return page(exchange, fields, &table.error(), nullptr, "");
    auto outcome = bulk_.enter(exchange.actor, id, period_in(fields.get("period")), *table, mode_in(fields.get("mode")),
                               confirming ? BulkStep::Confirm : BulkStep::Preview);
    if (!outcome.ok()) return page(exchange, fields, &outcome.error(), nullptr, "");
    if (outcome->written) return web::Response::redirect("/partnerships/" + std::to_string(id.value) + "/results?notice=saved");
    if (!confirming) kept = files_.put(data).sha256;
    return page(exchange, fields, nullptr, &*outcome, kept);
}

}  // namespace pmi::results
