// The envelope dashboard: committed, spent, remaining and in-kind amounts by fiscal year,
// country, programming area and partnership, with charts, tables and the overruns to warn
// about; in-kind totals by municipality; CSV and Excel exports of the same rows.
#include <algorithm>

#include "core/translator.hpp"
#include "partnerships/bar_groups.hpp"
#include "partnerships/envelope_pages.hpp"
#include "partnerships/fiscal_year.hpp"
#include "partnerships/pages.hpp"

namespace pmi::partnerships {
namespace {

std::string name_in(const std::map<std::string, LocalizedText>& names, const std::string& code, std::string_view language)
{
    auto found = names.find(code);
    if (found == names.end()) return code;
    auto text = found->second.pick(language).text;
    return text.empty() ? code : text;
}

// The rows of one breakdown: each group's fiscal years, then its total, groups by name.
DashboardSection section_of(std::string breakdown, const Breakdown& groups, const std::function<std::string(const std::string&)>& name_of)
{
    DashboardSection section{std::move(breakdown), {}};
    std::vector<std::pair<std::string, const std::string*>> named;
    for (const auto& [code, group] : groups) named.emplace_back(name_of(code), &code);
    std::sort(named.begin(), named.end());
    for (const auto& [name, code] : named) {
        const auto& group = groups.at(*code);
        for (const auto& [year, figures] : group.by_year) section.rows.push_back({*code, name, year, figures});
        section.rows.push_back({*code, name, 0, group.total});
    }
    return section;
}

const char* bar_class(bool over) { return over ? "bar bar-overdue" : "bar bar-done"; }

}  // namespace

std::string warning_text(const web::I18n& i18n, std::string_view language, const Warning& warning)
{
    const auto year = fiscal_year_label(warning.fiscal_year);
    const auto over = money_text(i18n, language, warning.over);
    if (!warning.partnership.empty())
        return i18n.format(language, N_("Approved spending of {1} for {2} exceeds its budget for that year by {3}."), {warning.partnership, year, over});
    switch (warning.kind) {
        case Overrun::Budget: return i18n.format(language, N_("Budgets for {1} exceed the cash envelope by {2}."), {year, over});
        case Overrun::Spending: return i18n.format(language, N_("Approved spending for {1} exceeds the cash envelope by {2}."), {year, over});
        case Overrun::InKind:
            return i18n.format(language, N_("Approved in-kind contributions for {1} exceed the in-kind commitment by {2}."), {year, over});
    }
    return {};
}

std::vector<DashboardSection> dashboard_sections(const Dashboard& board, const web::I18n& i18n, std::string_view language)
{
    std::vector<DashboardSection> sections;
    DashboardSection years{"fiscal_year", {}};
    for (const auto& [year, figures] : board.all.by_year) years.rows.push_back({fiscal_year_label(year), fiscal_year_label(year), year, figures});
    years.rows.push_back({"total", i18n.translate(language, N_("Total")), 0, board.all.total});
    sections.push_back(std::move(years));
    sections.push_back(section_of("country", board.by_country, [&](const std::string& code) { return name_in(board.country_names, code, language); }));
    sections.push_back(section_of(
        "programming_area", board.by_area,
        [&](const std::string& code) { return code.empty() ? i18n.translate(language, N_("No programming area")) : name_in(board.area_names, code, language); }));
    sections.push_back(section_of(
        "partnership", board.by_partnership,
        [&](const std::string& id) {
            auto found = board.partnership_names.find(id);
            return found == board.partnership_names.end() ? id : found->second;
        }));
    return sections;
}

Table dashboard_table(const std::vector<DashboardSection>& sections, const Dashboard& board)
{
    Table table{{"breakdown", "code", "name", "fiscal_year", "committed_cad", "spent_cad", "remaining_cad", "in_kind_cad", "spending_over_budget"}, {}};
    for (const auto& section : sections)
        for (const auto& row : section.rows)
            table.rows.push_back({section.breakdown, row.code, row.name, row.fiscal_year ? fiscal_year_label(row.fiscal_year) : "all",
                                  row.figures.committed.plain(), row.figures.spent.plain(), row.figures.remaining().plain(),
                                  row.figures.in_kind.plain(), row.figures.overspent() ? "yes" : "no"});
    for (const auto& [municipality, amount] : board.in_kind_by_municipality)
        table.rows.push_back({"municipality", municipality, municipality, "all", "", "", "", amount.plain(), ""});
    return table;
}

web::Response EnvelopePages::dashboard(web::Exchange& exchange)
{
    auto found = envelopes_.dashboard(exchange.actor);
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    const auto& board = *found;
    const auto& language = exchange.language;
    auto money = [&](Money amount) { return money_text(views_.i18n, language, amount); };
    web::Page page(views_, exchange, "partnerships/views/envelope_dashboard.tpl");
    page.title(page.t("Envelope dashboard"));
    auto& body = page.body();
    for (const auto& warning : board.warnings) body.AddSectionDictionary("WARNING")->SetValue("TEXT", warning_text(views_.i18n, language, warning));
    if (board.warnings.empty()) body.ShowSection("NO_WARNINGS");

    const std::pair<const char*, const char*> headings[] = {{N_("By fiscal year"), N_("Fiscal year")},
                                                            {N_("By country"), N_("Country")},
                                                            {N_("By programming area"), N_("Programming area")},
                                                            {N_("By partnership"), N_("Partnership")}};
    const auto sections = dashboard_sections(board, views_.i18n, language);
    for (std::size_t i = 0; i < sections.size(); ++i) {
        const auto& section = sections[i];
        auto* part = body.AddSectionDictionary("BREAKDOWN");
        const auto id = "by-" + section.breakdown;
        part->SetValue("ID", id);
        part->SetValue("HEADING", page.t(headings[i].first));
        part->SetValue("GROUP", page.t(headings[i].second));
        const bool by_year = section.breakdown == "fiscal_year";
        if (!by_year) part->ShowSection("YEARS");
        std::vector<BarGroup> bars;
        for (const auto& row : section.rows) {
            auto* line = part->AddSectionDictionary("ROW");
            line->SetValue("NAME", row.name);
            line->SetValue("YEAR", row.fiscal_year ? fiscal_year_label(row.fiscal_year) : page.t("all years"));
            if (!by_year) line->ShowSection("YEARS");
            if (!row.fiscal_year) line->ShowSection("TOTAL");
            line->SetValue("COMMITTED", money(row.figures.committed));
            line->SetValue("SPENT", money(row.figures.spent));
            line->SetValue("REMAINING", money(row.figures.remaining()));
            line->SetValue("IN_KIND", money(row.figures.in_kind));
            if (row.figures.overspent()) line->ShowSection("OVERSPENT");
            // Years are drawn one by one; the other breakdowns by their totals.
            if (section.breakdown != "partnership" && (by_year ? row.fiscal_year != 0 : row.fiscal_year == 0))
                bars.push_back({row.name,
                                {{row.figures.committed, "bar"},
                                 {row.figures.spent, bar_class(row.figures.overspent())},
                                 {row.figures.in_kind, "bar bar-waiting"}}});
        }
        if (!bars.empty())
            bar_groups_chart(*part, "CHART", id + "-chart",
                             page.t("For each group, three bars: the cash committed in budget lines (blue), the approved spending (green, red when "
                                    "over the budget) and the approved in-kind contributions (grey); the table below gives the same amounts."),
                             bars, money);
    }
    for (const auto& [municipality, amount] : board.in_kind_by_municipality) {
        auto* row = body.AddSectionDictionary("MUNICIPALITY_ROW");
        row->SetValue("NAME", municipality);
        row->SetValue("IN_KIND", money(amount));
    }
    if (board.in_kind_by_municipality.empty()) body.ShowSection("NO_MUNICIPALITIES");
    return page.render(200);
}

web::Response EnvelopePages::dashboard_export(web::Exchange& exchange, const std::string& kind)
{
    auto found = envelopes_.dashboard(exchange.actor);
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    auto table = dashboard_table(dashboard_sections(*found, views_.i18n, exchange.language), *found);
    return spreadsheet(kind, "envelope-dashboard", table.header, table.rows);
}

web::Response EnvelopePages::dashboard_csv(web::Exchange& exchange) { return dashboard_export(exchange, "csv"); }
web::Response EnvelopePages::dashboard_xlsx(web::Exchange& exchange) { return dashboard_export(exchange, "xlsx"); }

}  // namespace pmi::partnerships
