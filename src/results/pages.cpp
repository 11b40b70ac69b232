// The public results pages: the logic model diagram and the PMF with its exports.
#include "results/pages.hpp"

#include <algorithm>

#include "partnerships/fiscal_year.hpp"
#include "partnerships/pages.hpp"
#include "partnerships/view_helpers.hpp"
#include "results/logic_model_diagram.hpp"
#include "results/pmf_table.hpp"

namespace pmi::results {
namespace {

constexpr long kBarWidth = 360;  // of a bar at 100 % of its target

// Bars of the latest year's total against its target, for indicators that have both.
void progress_chart(ctemplate::TemplateDictionary& body, const Pmf& pmf, const web::I18n& i18n, std::string_view language)
{
    long y = 0;
    for (const auto& indicator : pmf.indicators) {
        if (indicator.targets.empty()) continue;
        const auto& [year, target] = *indicator.targets.rbegin();
        const auto actual = pmf.actual(indicator, year, "total");
        if (!actual || target <= 0) continue;
        const long percent = static_cast<long>(static_cast<__int128>(*actual) * 100 / target);
        auto* bar = body.AddSectionDictionary("PROGRESS_BAR");
        bar->SetValue("LABEL", indicator.code + " · " + partnerships::fiscal_year_label(year));
        bar->SetIntValue("WIDTH", std::clamp(percent, 0L, 150L) * kBarWidth / 100);
        bar->SetValue("VALUE", figure_for_reader(i18n, language, indicator, *actual) + " / " + figure_for_reader(i18n, language, indicator, target) +
                                   " (" + std::to_string(percent) + " %)");
        bar->SetIntValue("Y", y * 28 + 4);
        bar->SetIntValue("TEXT_Y", y * 28 + 18);
        ++y;
    }
    body.SetIntValue("CHART_HEIGHT", std::max(y, 1L) * 28 + 8);
    body.SetIntValue("TARGET_X", 160 + kBarWidth);
    if (y == 0) body.ShowSection("NO_PROGRESS");
}

}  // namespace

PmfFilter filter_in(const web::Fields& query)
{
    PmfFilter filter;
    filter.country = std::string(query.get("country").substr(0, 2));
    filter.area = std::string(query.get("area").substr(0, 60));
    const auto partnership = query.get("partnership");
    if (!partnership.empty() && partnership.size() <= 18 && std::all_of(partnership.begin(), partnership.end(), [](char c) { return c >= '0' && c <= '9'; }))
        filter.partnership = PartnershipId{std::atoll(std::string(partnership).c_str())};
    return filter;
}

web::Response ResultPages::logic_model(web::Exchange& exchange)
{
    const auto model = results_.logic_model();
    web::Page page(views_, exchange, "results/views/logic_model.tpl");
    page.title(page.t("Logic model"));
    auto& body = page.body();
    draw_logic_model(body, model, exchange.language);
    for (const auto& node : model.nodes) {
        auto* row = body.AddSectionDictionary("NODE");
        row->SetValue("CODE", node.code);
        row->SetValue("LEVEL", page.t(label_of(kLevels, node.level)));
        row->SetValue("STATEMENT", node.statement.pick(exchange.language).text);
        for (const auto& indicator : model.indicators)
            if (indicator.node == node.id) {
                auto* item = row->AddSectionDictionary("INDICATOR");
                item->SetValue("CODE", indicator.code);
                item->SetValue("NAME", indicator.name.pick(exchange.language).text);
            }
    }
    if (model.nodes.empty()) body.ShowSection("EMPTY");
    if (exchange.actor.runs_program()) body.ShowSection("OFFICER");
    return page.render();
}

void ResultPages::filter_options(ctemplate::TemplateDictionary& body, const web::Exchange& exchange, const PmfFilter& filter)
{
    for (const auto& country : site_.countries().countries) {
        auto* option = body.AddSectionDictionary("COUNTRY_OPTION");
        option->SetValue("CODE", country.code);
        option->SetValue("NAME", country.name.pick(exchange.language).text);
        if (country.code == filter.country) option->ShowSection("SELECTED");
    }
    for (const auto& area : site_.areas()) {
        auto* option = body.AddSectionDictionary("AREA_OPTION");
        option->SetValue("CODE", area.code);
        option->SetValue("NAME", area.name.pick(exchange.language).text);
        if (area.code == filter.area) option->ShowSection("SELECTED");
    }
}

web::Response ResultPages::pmf(web::Exchange& exchange)
{
    const auto filter = filter_in(exchange.request.query());
    auto found = pmfs_.pmf(exchange.actor, filter);
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    const auto& pmf = *found;
    const auto& language = exchange.language;
    web::Page page(views_, exchange, "results/views/pmf.tpl");
    page.title(page.t("Performance Measurement Framework"));
    auto& body = page.body();
    filter_options(body, exchange, filter);
    if (pmf.partnership) body.SetValueAndShowSection("PARTNERSHIP", partnerships::partnership_name(*pmf.partnership), "FOR_PARTNERSHIP");
    // The exports' addresses carry the filter as asked (a partnership's alone).
    body.SetValue("COUNTRY", filter.partnership.valid() ? "" : filter.country);
    body.SetValue("AREA", filter.partnership.valid() ? "" : filter.area);
    body.SetValue("PARTNERSHIP_ID", filter.partnership.valid() ? std::to_string(filter.partnership.value) : "");
    progress_chart(body, pmf, views_.i18n, language);
    for (int year : pmf.years) body.AddSectionDictionary("TARGET_YEAR")->SetValue("YEAR", partnerships::fiscal_year_label(year));
    for (int year : pmf.years) body.AddSectionDictionary("ACTUAL_YEAR")->SetValue("YEAR", partnerships::fiscal_year_label(year));
    const FigureWriter for_reader = [&](const Indicator& i, std::int64_t scaled) { return figure_for_reader(views_.i18n, language, i, scaled); };
    for (const auto& line : pmf_lines(pmf, views_.i18n, language, for_reader)) {
        auto* row = body.AddSectionDictionary("LINE");
        const auto& i = *line.indicator;
        if (line.first_of_node) {
            auto* result = row->AddSectionDictionary("RESULT");
            result->SetValue("CODE", line.node->code);
            result->SetValue("STATEMENT", line.node->statement.pick(language).text);
        }
        if (line.total) {
            auto* named = row->AddSectionDictionary("INDICATOR");
            named->SetValue("CODE", i.code);
            named->SetValue("NAME", i.name.pick(language).text);
            named->SetValue("SOURCE", i.data_source.pick(language).text);
            named->SetValue("METHOD", i.collection_method.pick(language).text);
            named->SetValue("FREQUENCY", page.t(label_of(kFrequencies, i.frequency)));
            named->SetValue("RESPONSIBILITY", i.responsibility.pick(language).text);
            named->SetValue("BASELINE", line.baseline.empty() ? "—" : line.baseline + (i.baseline_date.empty() ? "" : " (" + i.baseline_date + ")"));
        } else {
            row->ShowSection("CELL_ROW");
        }
        row->SetValue("CELL", line.cell);
        for (const auto& target : line.targets) row->AddSectionDictionary("TARGET")->SetValue("VALUE", target);
        for (std::size_t y = 0; y < line.actuals.size(); ++y) {
            auto* actual = row->AddSectionDictionary("ACTUAL");
            if (line.actuals[y].empty()) continue;
            auto* link = actual->AddSectionDictionary("SOURCES");
            link->SetValue("VALUE", line.actuals[y]);
            link->SetIntValue("INDICATOR_ID", static_cast<long>(i.id.value));
            link->SetIntValue("YEAR", pmf.years[y]);
            link->SetValue("CELL_CODE", line.cell_code);
        }
    }
    if (pmf.indicators.empty()) body.ShowSection("NO_INDICATORS");
    return page.render();
}

web::Response ResultPages::pmf_export(web::Exchange& exchange, const std::string& kind)
{
    auto found = pmfs_.pmf(exchange.actor, filter_in(exchange.request.query()));
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    auto table = results::pmf_export(*found, views_.i18n, exchange.language);
    return partnerships::spreadsheet(kind, "pmf", table.header, table.rows);
}

web::Response ResultPages::pmf_csv(web::Exchange& exchange) { return pmf_export(exchange, "csv"); }
web::Response ResultPages::pmf_xlsx(web::Exchange& exchange) { return pmf_export(exchange, "xlsx"); }

}  // namespace pmi::results
