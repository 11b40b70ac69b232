// The results dashboard: for each indicator, the latest fiscal year's figure in every
// country and every programming area beside charts of the same figures, women's and youth's
// shares where the indicator counts people. Every figure links to the approved values it
// counts (sources_page.cpp).
#include <algorithm>

#include "partnerships/fiscal_year.hpp"
#include "results/pages.hpp"
#include "results/pmf_table.hpp"

namespace pmi::results {
namespace {

constexpr long kBarWidth = 300;

using Cells = std::map<std::pair<int, std::string>, Accumulator>;
using Breakdown = std::map<std::string, Cells>;  // country or area → cells

std::string share_text(const web::I18n& i18n, std::string_view language, std::optional<std::int64_t> hundredths)
{
    if (!hundredths) return "—";
    return i18n.number(language, static_cast<double>(*hundredths) / 100, 1) + " %";
}

// What a breakdown is by: the query parameter its figures filter on, and how its keys read.
struct BreakdownKind {
    std::string parameter;  // "country" or "area"
    std::string caption;
    std::function<std::string(const std::string&)> name_of;
};

// One table of figures by country (or area) with its chart: the total and the shares of each.
void breakdown(ctemplate::TemplateDictionary& section, const Indicator& indicator, int year, const Breakdown& rows, const BreakdownKind& kind,
               const web::I18n& i18n, std::string_view language)
{
    auto* table = section.AddSectionDictionary("BREAKDOWN");
    table->SetValue("KIND", kind.parameter);
    table->SetValue("CAPTION", kind.caption);
    const bool counts_people = indicator.aggregation == Aggregation::Sum && indicator.disaggregation != Disaggregation::None;
    if (counts_people) table->ShowSection("SHARES");
    std::int64_t largest = 1;
    for (const auto& [key, cells] : rows)
        if (auto total = cells.find({year, "total"}); total != cells.end()) largest = std::max(largest, figure(indicator.aggregation, total->second).value_or(0));
    long y = 0;
    for (const auto& [key, cells] : rows) {
        auto total = cells.find({year, "total"});
        if (total == cells.end()) continue;
        const auto value = figure(indicator.aggregation, total->second).value_or(0);
        const auto name = kind.name_of(key);
        auto* row = table->AddSectionDictionary("ROW");
        row->SetValue("KEY", key);
        row->SetValue("NAME", name);
        row->SetValue("VALUE", figure_for_reader(i18n, language, indicator, value));
        if (counts_people) {
            auto* shares = row->AddSectionDictionary("SHARES");
            const bool by_sex = indicator.disaggregation != Disaggregation::Age, by_age = indicator.disaggregation != Disaggregation::Sex;
            shares->SetValue("WOMEN", share_text(i18n, language, by_sex ? share_of(cells, year, "women") : std::nullopt));
            shares->SetValue("YOUTH", share_text(i18n, language, by_age ? share_of(cells, year, "youth") : std::nullopt));
            if (by_sex) shares->ShowSection("WOMEN_LINK");
            if (by_age) shares->ShowSection("YOUTH_LINK");
        }
        auto* bar = table->AddSectionDictionary("BAR");
        bar->SetValue("NAME", name);
        bar->SetValue("VALUE", figure_for_reader(i18n, language, indicator, value));
        bar->SetIntValue("WIDTH", static_cast<long>(static_cast<__int128>(std::max<std::int64_t>(value, 0)) * kBarWidth / largest));
        bar->SetIntValue("Y", y * 28 + 4);
        bar->SetIntValue("TEXT_Y", y * 28 + 18);
        ++y;
    }
    table->SetIntValue("CHART_HEIGHT", std::max(y, 1L) * 28 + 8);
}

}  // namespace

web::Response ResultPages::dashboard(web::Exchange& exchange)
{
    const auto dashboard = pmfs_.dashboard();
    const auto& language = exchange.language;
    web::Page page(views_, exchange, "results/views/dashboard.tpl");
    page.title(page.t("Results dashboard"));
    auto& body = page.body();
    const BreakdownKind by_country{"country", page.t("by country"), [&](const std::string& code) {
                                       auto country = site_.country(code);
                                       return country.ok() ? country->name.pick(language).text : code;
                                   }};
    const auto areas = site_.areas();
    const BreakdownKind by_area{"area", page.t("by programming area"), [&](const std::string& code) {
                                    for (const auto& area : areas)
                                        if (area.code == code) return area.name.pick(language).text;
                                    return code;
                                }};
    for (const auto& indicator : dashboard.indicators) {
        auto found = dashboard.by_country.find(indicator.id.value);
        if (indicator.unit == Unit::Text || found == dashboard.by_country.end()) continue;
        int year = 0;
        for (const auto& [country, cells] : found->second)
            for (const auto& [key, accumulator] : cells) year = std::max(year, key.first);
        auto* section = body.AddSectionDictionary("INDICATOR");
        section->SetIntValue("INDICATOR_ID", static_cast<long>(indicator.id.value));
        section->SetValue("CODE", indicator.code);
        section->SetValue("NAME", indicator.name.pick(language).text);
        section->SetValue("YEAR", partnerships::fiscal_year_label(year));
        section->SetIntValue("YEAR_START", year);
        if (auto target = indicator.targets.find(year); target != indicator.targets.end())
            section->SetValueAndShowSection("TARGET", figure_for_reader(views_.i18n, language, indicator, target->second), "HAS_TARGET");
        breakdown(*section, indicator, year, found->second, by_country, views_.i18n, language);
        if (auto in_areas = dashboard.by_area.find(indicator.id.value); in_areas != dashboard.by_area.end())
            breakdown(*section, indicator, year, in_areas->second, by_area, views_.i18n, language);
    }
    return page.render();
}

}  // namespace pmi::results
