// The approved values behind a figure of the dashboard or the PMF: every number there links
// here with what it counts (indicator, fiscal year, country, programming area, cell,
// partnership), and this page lists the values with who entered and approved them.
#include <algorithm>

#include "partnerships/fiscal_year.hpp"
#include "partnerships/view_helpers.hpp"
#include "results/pages.hpp"
#include "results/periods.hpp"
#include "results/pmf_table.hpp"

namespace pmi::results {
namespace {

std::int64_t whole_in(std::string_view text)
{
    if (text.empty() || text.size() > 18 || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) return 0;
    return std::atoll(std::string(text).c_str());
}

FigureFilter figure_filter_in(const web::Fields& query)
{
    FigureFilter filter;
    filter.indicator = IndicatorId{whole_in(query.get("indicator"))};
    if (const auto year = whole_in(query.get("year")); year > 0 && year < 10000) filter.fiscal_year = static_cast<int>(year);
    const auto place = filter_in(query);
    filter.country = place.country, filter.area = place.area, filter.partnership = place.partnership;
    filter.cell = std::string(query.get("cell").substr(0, 60));
    return filter;
}

constexpr long kBarWidth = 300;
constexpr std::size_t kMostBars = 40;  // the table lists them all; the chart, the first ones

// The values as bars, one per row of the table, scaled to the largest.
void values_chart(ctemplate::TemplateDictionary& body, const FigureSources& sources, const web::I18n& i18n, std::string_view language)
{
    std::int64_t largest = 1;
    for (const auto& source : sources.values) largest = std::max(largest, source.value.approved.value.value);
    long y = 0;
    for (const auto& source : sources.values) {
        if (static_cast<std::size_t>(y) == kMostBars) break;
        const auto value = source.value.approved.value.value;
        auto* bar = body.AddSectionDictionary("BAR");
        bar->SetValue("NAME", period_label(source.period) + " · " + cell_name(i18n, language, source.value.approved.value.cell));
        bar->SetValue("VALUE", figure_for_reader(i18n, language, sources.indicator, value));
        bar->SetIntValue("WIDTH", static_cast<long>(static_cast<__int128>(std::max<std::int64_t>(value, 0)) * kBarWidth / largest));
        bar->SetIntValue("Y", y * 28 + 4);
        bar->SetIntValue("TEXT_Y", y * 28 + 18);
        ++y;
    }
    body.SetIntValue("CHART_HEIGHT", std::max(y, 1L) * 28 + 8);
}

std::string date_of(const web::I18n& i18n, std::string_view language, std::optional<Seconds> at)
{
    return at ? i18n.date(language, *at) : std::string();
}

}  // namespace

web::Response ResultPages::figure_sources(web::Exchange& exchange)
{
    auto found = pmfs_.sources(exchange.actor, figure_filter_in(exchange.request.query()));
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    const auto& sources = *found;
    const auto& language = exchange.language;
    const auto& i = sources.indicator;
    web::Page page(views_, exchange, "results/views/figure_sources.tpl");
    page.title(page.t("Values behind a figure") + " – " + i.code);
    auto& body = page.body();
    body.SetValue("INDICATOR", i.code + " · " + i.name.pick(language).text);
    const auto& f = sources.filter;
    if (f.fiscal_year) body.SetValueAndShowSection("YEAR", partnerships::fiscal_year_label(*f.fiscal_year), "HAS_YEAR");
    if (!f.country.empty())
        body.SetValueAndShowSection("COUNTRY", site_.country(f.country).ok() ? site_.country(f.country)->name.pick(language).text : f.country, "HAS_COUNTRY");
    for (const auto& area : site_.areas())
        if (area.code == f.area) body.SetValueAndShowSection("AREA", area.name.pick(language).text, "HAS_AREA");
    if (!f.cell.empty()) body.SetValueAndShowSection("CELL", cell_name(views_.i18n, language, f.cell), "HAS_CELL");
    std::int64_t sum = 0;
    for (const auto& source : sources.values) {
        const auto& v = source.value;
        auto* row = body.AddSectionDictionary("VALUE");
        if (source.partnership) {
            auto* link = row->AddSectionDictionary("PARTNERSHIP");
            link->SetIntValue("PARTNERSHIP_ID", static_cast<long>(source.partnership->id.value));
            link->SetValue("PARTNERSHIP_NAME", partnerships::partnership_name(*source.partnership));
        } else {
            row->ShowSection("UNPUBLISHED");
        }
        row->SetValue("PERIOD", period_label(source.period));
        row->SetValue("CELL", cell_name(views_.i18n, language, v.approved.value.cell));
        row->SetValue("FIGURE", figure_for_reader(views_.i18n, language, i, v.approved.value.value));
        row->SetValue("STATUS", page.t(label_of(kStatuses, MeasurementStatus::Approved)));
        row->SetIntValue("REVISION", v.revision);
        if (source.people_shown) {
            auto* people = row->AddSectionDictionary("PEOPLE");
            people->SetValue("ENTERED", v.entered_by_name + " · " + date_of(views_.i18n, language, v.entered_at));
            people->SetValue("APPROVED", v.decided_by_name + " · " + date_of(views_.i18n, language, v.decided_at));
        } else {
            row->ShowSection("NO_PEOPLE");
        }
        sum += v.approved.value.value;
    }
    values_chart(body, sources, views_.i18n, language);
    body.SetIntValue("COUNT", static_cast<long>(sources.values.size()));
    if (sources.values.empty()) body.ShowSection("NONE");
    if (sources.truncated) body.ShowSection("TRUNCATED");
    // A sum across every cell would count people twice (the total and its cells).
    if (i.aggregation == Aggregation::Sum && !f.cell.empty() && !sources.values.empty()) body.SetValueAndShowSection("SUM", figure_for_reader(views_.i18n, language, i, sum), "HAS_SUM");
    return page.render();
}

}  // namespace pmi::results
