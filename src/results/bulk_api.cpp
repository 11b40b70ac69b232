#include "results/bulk_api.hpp"

#include "files/table_upload.hpp"
#include "partnerships/pages.hpp"
#include "results/bulk_pages.hpp"
#include "results/figures.hpp"
#include "web/json.hpp"
#include "web/multipart.hpp"

namespace pmi::results {
namespace {

constexpr std::string_view kActionCodes[] = {"fill", "replace", "keep"};

nlohmann::json outcome_json(const BulkOutcome& outcome, const web::I18n& i18n, std::string_view language)
{
    const auto& plan = outcome.plan;
    nlohmann::json problems = nlohmann::json::array(), changes = nlohmann::json::array();
    for (const auto& p : plan.problems)
        problems.push_back({{"row", p.row}, {"column", p.column}, {"code", error_code_name(p.error.code)}, {"message", i18n.error_text(language, p.error)}});
    for (const auto& c : plan.changes)
        changes.push_back({{"row", c.row}, {"indicator", c.indicator_code}, {"cell", c.cell}, {"before", c.before ? nlohmann::json(figure_text(*c.before)) : nlohmann::json()},
                           {"after", figure_text(c.after)}, {"action", kActionCodes[static_cast<int>(c.action)]}});
    return {{"written", outcome.written}, {"rows", plan.rows}, {"filled", plan.count(BulkAction::Fill)}, {"replaced", plan.count(BulkAction::Replace)},
            {"kept", plan.count(BulkAction::Keep)}, {"problems", problems}, {"changes", changes}};
}

}  // namespace

web::Response BulkEntryApi::enter(web::Exchange& exchange)
{
    const auto id = partnerships::partnership_in(exchange);
    if (auto allowed = bulk_.may_enter(exchange.actor, id); !allowed.ok()) return web::json_error(i18n_, exchange, allowed.error());
    auto form = web::form_with_file(exchange.request, "file");
    if (!form.ok()) return web::json_error(i18n_, exchange, form.error());
    if (!form->file || form->file->data.empty())
        return web::json_error(i18n_, exchange, invalid("file", "Choose the filled template, a CSV or Excel (XLSX) file; this one is empty."));
    auto table = files::read_table_upload(form->file->data, "file", kBulkLimits);
    if (!table.ok()) return web::json_error(i18n_, exchange, table.error());
    const auto& fields = form->fields;
    auto outcome = bulk_.enter(exchange.actor, id, period_in(fields.get("period")), *table, mode_in(fields.get("mode")),
                               fields.get("confirm") == "true" ? BulkStep::Confirm : BulkStep::Preview);
    if (!outcome.ok()) return web::json_error(i18n_, exchange, outcome.error());
    return web::json_response(outcome->plan.problems.empty() ? 200 : 422, outcome_json(*outcome, i18n_, exchange.language));
}

std::vector<web::ApiOperation> BulkEntryApi::operations()
{
    using web::Method;
    return {
        {Method::Post, "/api/v1/partnerships/:id/results/bulk",
         "Staff and officers: enter a filled bulk entry template (multipart/form-data, the file in the part \"file\", CSV or XLSX, 2 MB and 5000 rows at most) "
         "for one period; previewed unless confirm is true, and written whole as drafts or not at all",
         {{"file", "string", "The filled template (binary)"},
          {"period", "integer", "Reporting period id"},
          {"mode", "string", "add (fill empty cells only, the default) or replace (overwrite draft values)", false},
          {"confirm", "boolean", "true writes the values when no row has a problem; otherwise only the preview", false}},
         {},
         {{200, "{written, rows, filled, replaced, kept, problems, changes}"},
          {401, ""},
          {403, ""},
          {404, ""},
          {413, "The file is too large"},
          {422, "{written: false, problems: [{row, column, code, message}], changes} or a file that cannot be read"}}},
    };
}

}  // namespace pmi::results
