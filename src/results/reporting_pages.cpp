// A partnership's reporting page: its values per indicator and period with their status,
// the grid that enters one report (a row per disaggregation cell), and officers' decisions.
#include <algorithm>

#include "calls/uploaded_file.hpp"
#include "partnerships/pages.hpp"
#include "partnerships/view_helpers.hpp"
#include "results/figures.hpp"
#include "results/pages.hpp"
#include "results/periods.hpp"
#include "results/pmf_table.hpp"
#include "results/rules.hpp"
#include "web/download.hpp"

namespace pmi::results {
namespace {

constexpr std::size_t kMostFieldBytes = 40;

MeasurementInput measurement_input(const web::Fields& form)
{
    MeasurementInput in;
    in.indicator = std::string(form.get("indicator").substr(0, 20));
    in.period = std::string(form.get("period").substr(0, 20));
    for (const auto& [name, value] : form.entries()) {
        if (name.rfind("value-", 0) == 0 && name.size() < 60) in.values[name.substr(6)] = value.substr(0, kMostFieldBytes);
        if (name.rfind("denominator-", 0) == 0 && name.size() < 60) in.denominators[name.substr(12)] = value.substr(0, kMostFieldBytes);
    }
    in.narrative = std::string(form.get("narrative").substr(0, 4 * kMostTextBytes));
    in.comment = std::string(form.get("comment").substr(0, 4 * kMostTextBytes));
    return in;
}

// The fields of the latest revision, to start the grid from.
void refill_from(web::Fields& fields, const Measurement& m)
{
    for (const auto& v : m.values) {
        fields.add("value-" + v.cell, figure_text(v.value));
        if (v.denominator) fields.add("denominator-" + v.cell, std::to_string(*v.denominator));
    }
    fields.add("narrative", m.narrative);
    fields.add("comment", m.comment);
}

const Indicator* indicator_by_id(const PartnershipResults& r, std::string_view id)
{
    for (const auto& i : r.indicators)
        if (std::to_string(i.id.value) == id) return &i;
    return nullptr;
}

const Period* period_by_id(const PartnershipResults& r, PeriodId id)
{
    for (const auto& p : r.periods)
        if (p.id == id) return &p;
    return nullptr;
}

bool names(const Error* error, const std::string& field)
{
    if (!error) return false;
    for (const auto& e : flatten(*error))
        if (e.field == field) return true;
    return false;
}

void grid(ctemplate::TemplateDictionary& body, const Indicator& indicator, const web::Fields& fields, const Error* error, const web::I18n& i18n,
          std::string_view language)
{
    std::vector<std::string> cells{std::string(kTotal)};
    for (auto& cell : cells_of(indicator.disaggregation)) cells.push_back(std::move(cell));
    if (indicator.unit == Unit::Text) {
        body.ShowSection("NARRATIVE");
        return;
    }
    body.ShowSection("GRID");
    if (indicator.aggregation == Aggregation::WeightedAverage) {
        body.ShowSection("WEIGHTED");
        body.SetValue("DENOMINATOR_NAME", indicator.denominator.pick(language).text);
    }
    for (const auto& cell : cells) {
        auto* row = body.AddSectionDictionary("CELL");
        const auto name = cell_name(i18n, language, cell);
        row->SetValue("CELL", cell);
        row->SetValue("NAME", name);
        row->SetValue("VALUE", std::string(fields.get("value-" + cell)));
        if (names(error, "value-" + cell)) row->ShowSection("INVALID");
        if (indicator.aggregation == Aggregation::WeightedAverage) {
            auto* denominator = row->AddSectionDictionary("DENOMINATOR");
            denominator->SetValue("CELL", cell);
            denominator->SetValue("NAME", name);
            denominator->SetValue("VALUE", std::string(fields.get("denominator-" + cell)));
            if (names(error, "denominator-" + cell)) denominator->ShowSection("INVALID");
        }
    }
}

}  // namespace

web::Response ResultPages::reporting_page(web::Exchange& exchange, const web::Fields& given, const Error* error)
{
    const auto id = partnerships::partnership_in(exchange);
    auto found = measurements_.partnership_results(exchange.actor, id);
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    const auto& r = *found;
    const auto& language = exchange.language;
    web::Page page(views_, exchange, "results/views/reporting.tpl");
    const auto name = partnerships::partnership_name(r.partnership);
    page.title(page.t("Results") + " – " + name);
    auto& body = page.body();
    body.SetIntValue("ID", static_cast<long>(id.value));
    body.SetValue("NAME", name);

    const auto evidence = evidence_.of_partnership(exchange.actor, id);
    for (const auto& m : r.measurements) {
        const auto* indicator = indicator_by_id(r, std::to_string(m.indicator.value));
        const auto* period = period_by_id(r, m.period);
        if (!indicator || !period) continue;
        auto* row = body.AddSectionDictionary("MEASUREMENT");
        row->SetIntValue("ID", static_cast<long>(id.value));
        row->SetIntValue("MEASUREMENT_ID", static_cast<long>(m.id.value));
        row->SetValue("INDICATOR", indicator->code + " · " + indicator->name.pick(language).text);
        row->SetValue("PERIOD", period_label(*period));
        row->SetIntValue("REVISION", m.revision);
        row->SetValue("STATUS", page.t(label_of(kStatuses, m.status)) + (m.status == MeasurementStatus::Approved && !m.current ? " · " + page.t("replaced") : ""));
        row->SetValue("TOTAL", m.values.empty() ? m.narrative : figure_for_reader(views_.i18n, language, *indicator, m.values.front().value));
        row->SetValue("ENTERED", m.entered_by_name);
        row->SetValue("REASON", m.return_reason);
        row->SetIntValue("INDICATOR_ID", static_cast<long>(m.indicator.value));
        row->SetIntValue("PERIOD_ID", static_cast<long>(m.period.value));
        if (evidence.ok())
            for (const auto& file : *evidence)
                if (file.measurement == m.id) {
                    auto* item = row->AddSectionDictionary("EVIDENCE");
                    item->SetIntValue("EVIDENCE_ID", static_cast<long>(file.id.value));
                    item->SetValue("FILE_NAME", file.file_name);
                }
        if (m.status != MeasurementStatus::Approved) row->ShowSection("ADD_EVIDENCE");
        if (m.status == MeasurementStatus::Submitted && r.access == partnerships::Access::Officer && m.entered_by != exchange.actor.user_id) {
            row->ShowSection("DECIDE");
            row->SetValue("CSRF_TOKEN", exchange.csrf_token);
        }
    }
    if (r.measurements.empty()) body.ShowSection("NO_MEASUREMENTS");

    web::Fields fields = given;
    const auto query = exchange.request.query();
    const std::string indicator_id(fields.size() ? fields.get("indicator") : query.get("indicator"));
    const std::string period_id(fields.size() ? fields.get("period") : query.get("period"));
    for (const auto& i : r.indicators) {
        auto* option = body.AddSectionDictionary("INDICATOR_OPTION");
        option->SetIntValue("VALUE", static_cast<long>(i.id.value));
        option->SetValue("NAME", i.code + " · " + i.name.pick(language).text);
        if (std::to_string(i.id.value) == indicator_id) option->ShowSection("SELECTED");
    }
    const auto* indicator = indicator_by_id(r, indicator_id);
    for (const auto& p : r.periods) {
        if (indicator && p.frequency != indicator->frequency) continue;
        auto* option = body.AddSectionDictionary("PERIOD_OPTION");
        option->SetIntValue("VALUE", static_cast<long>(p.id.value));
        option->SetValue("NAME", period_label(p) + (p.locked ? " · " + page.t("locked") : ""));
        if (std::to_string(p.id.value) == period_id) option->ShowSection("SELECTED");
    }
    if (indicator && !period_id.empty()) {
        if (!fields.size())
            for (auto it = r.measurements.rbegin(); it != r.measurements.rend(); ++it)
                if (it->indicator == indicator->id && std::to_string(it->period.value) == period_id) {
                    refill_from(fields, *it);
                    break;
                }
        body.ShowSection("ENTRY");
        body.SetValue("INDICATOR_ID", indicator_id);
        body.SetValue("PERIOD_ID", period_id);
        body.SetValue("INDICATOR_NAME", indicator->code + " · " + indicator->name.pick(language).text);
        web::refill(body, fields);
        grid(body, *indicator, fields, error, views_.i18n, language);
    }
    if (error) page.errors(flatten(*error));
    return page.render(error ? error_code_http_status(error->code) : 200);
}

web::Response ResultPages::partnership_results(web::Exchange& exchange) { return reporting_page(exchange, {}, nullptr); }

web::Response ResultPages::save_measurement(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    const auto id = partnerships::partnership_in(exchange);
    auto saved = measurements_.save(exchange.actor, id, measurement_input(form), form.get("submission") == "submit" ? Submission::Submit : Submission::Draft);
    if (saved.ok()) return web::Response::redirect("/partnerships/" + std::to_string(id.value) + "/results?notice=saved");
    if (saved.error().code != ErrorCode::Invalid && saved.error().code != ErrorCode::Conflict) return web::refusal(views_, exchange, saved.error());
    return reporting_page(exchange, form, &saved.error());
}

web::Response ResultPages::decide(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    const auto id = partnerships::partnership_in(exchange);
    const MeasurementId measurement{std::atoll(std::string(exchange.request.path_parameter("measurement").substr(0, 18)).c_str())};
    const auto choice = form.get("verdict");
    const auto verdict = choice == "approve" ? std::optional(Verdict::Approve) : choice == "return" ? std::optional(Verdict::Return) : std::nullopt;
    auto decided = measurements_.decide(exchange.actor, measurement, verdict,
                                        std::string(form.get("reason").substr(0, 4 * kMostTextBytes)));
    if (!decided.ok()) return web::refusal(views_, exchange, decided.error());
    return web::Response::redirect("/partnerships/" + std::to_string(id.value) + "/results?notice=saved");
}

web::Response ResultPages::upload_evidence(web::Exchange& exchange)
{
    const auto id = partnerships::partnership_in(exchange);
    const MeasurementId measurement{std::atoll(std::string(exchange.request.path_parameter("measurement").substr(0, 18)).c_str())};
    auto upload = calls::uploaded_file(exchange.request);
    if (!upload.ok()) {
        if (auto allowed = evidence_.may_attach(exchange.actor, id, measurement); !allowed.ok()) return web::refusal(views_, exchange, allowed.error());
        return web::refusal(views_, exchange, upload.error());
    }
    auto attached = evidence_.attach(exchange.actor, id, measurement, upload->file_name, upload->data);
    if (!attached.ok()) return web::refusal(views_, exchange, attached.error());
    return web::Response::redirect("/partnerships/" + std::to_string(id.value) + "/results?notice=saved");
}

web::Response ResultPages::evidence_file(web::Exchange& exchange)
{
    const EvidenceId file{std::atoll(std::string(exchange.request.path_parameter("evidence").substr(0, 18)).c_str())};
    auto found = evidence_.download(exchange.actor, partnerships::partnership_in(exchange), file);
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    return web::file_download(found->path, found->evidence.file_name, found->evidence.content_type);
}

}  // namespace pmi::results
