// The results dashboard: for each indicator, the latest fiscal year's figure in every
// country beside a chart of the same figures, women's and youth's shares where the
// indicator counts people, and a link from every figure to the PMF of its country.
#include <algorithm>

#include "partnerships/fiscal_year.hpp"
#include "results/pages.hpp"
#include "results/pmf_table.hpp"

namespace pmi::results {
namespace {

constexpr long kBarWidth = 300;

std::string share_text(const web::I18n& i18n, std::string_view language, std::optional<std::int64_t> hundredths)
{
    if (!hundredths) return "—";
    return i18n.number(language, static_cast<double>(*hundredths) / 100, 1) + " %";
}

}  // namespace

web::Response ResultPages::dashboard(web::Exchange& exchange)
{
    const auto dashboard = pmfs_.dashboard();
    const auto& language = exchange.language;
    web::Page page(views_, exchange, "results/views/dashboard.tpl");
    page.title(page.t("Results dashboard"));
    auto& body = page.body();
    for (const auto& indicator : dashboard.indicators) {
        auto found = dashboard.by_country.find(indicator.id.value);
        if (indicator.unit == Unit::Text || found == dashboard.by_country.end()) continue;
        int year = 0;
        for (const auto& [country, cells] : found->second)
            for (const auto& [key, accumulator] : cells) year = std::max(year, key.first);
        auto* section = body.AddSectionDictionary("INDICATOR");
        section->SetValue("CODE", indicator.code);
        section->SetValue("NAME", indicator.name.pick(language).text);
        section->SetValue("YEAR", partnerships::fiscal_year_label(year));
        if (auto target = indicator.targets.find(year); target != indicator.targets.end())
            section->SetValueAndShowSection("TARGET", figure_for_reader(views_.i18n, language, indicator, target->second), "HAS_TARGET");
        const bool counts_people = indicator.aggregation == Aggregation::Sum && indicator.disaggregation != Disaggregation::None;
        if (counts_people) section->ShowSection("SHARES");
        std::int64_t largest = 1;
        for (const auto& [country, cells] : found->second)
            if (auto total = cells.find({year, "total"}); total != cells.end()) largest = std::max(largest, figure(indicator.aggregation, total->second).value_or(0));
        long y = 0;
        for (const auto& [country, cells] : found->second) {
            auto total = cells.find({year, "total"});
            if (total == cells.end()) continue;
            const auto value = figure(indicator.aggregation, total->second).value_or(0);
            const auto name = site_.country(country).ok() ? site_.country(country)->name.pick(language).text : country;
            auto* row = section->AddSectionDictionary("COUNTRY");
            row->SetValue("COUNTRY_CODE", country);
            row->SetValue("COUNTRY", name);
            row->SetValue("VALUE", figure_for_reader(views_.i18n, language, indicator, value));
            if (counts_people) {
                auto* shares = row->AddSectionDictionary("SHARES");
                const bool by_sex = indicator.disaggregation != Disaggregation::Age, by_age = indicator.disaggregation != Disaggregation::Sex;
                shares->SetValue("WOMEN", share_text(views_.i18n, language, by_sex ? share_of(cells, year, "women") : std::nullopt));
                shares->SetValue("YOUTH", share_text(views_.i18n, language, by_age ? share_of(cells, year, "youth") : std::nullopt));
            }
            auto* bar = section->AddSectionDictionary("BAR");
            bar->SetValue("COUNTRY", name);
            bar->SetValue("VALUE", figure_for_reader(views_.i18n, language, indicator, value));
            bar->SetIntValue("WIDTH", static_cast<long>(static_cast<__int128>(std::max<std::int64_t>(value, 0)) * kBarWidth / largest));
            bar->SetIntValue("Y", y * 28 + 4);
            bar->SetIntValue("TEXT_Y", y * 28 + 18);
            ++y;
        }
        section->SetIntValue("CHART_HEIGHT", std::max(y, 1L) * 28 + 8);
    }
    return page.render();
}

}  // namespace pmi::results
