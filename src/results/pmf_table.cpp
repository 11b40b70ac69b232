#include "results/pmf_table.hpp"

#include "core/translator.hpp"
#include "partnerships/fiscal_year.hpp"
#include "results/figures.hpp"

namespace pmi::results {
std::string cell_name(const web::I18n& i18n, std::string_view language, std::string_view cell)
{
    std::string name;
    for (auto label : cell_labels(cell)) name += (name.empty() ? "" : " · ") + i18n.translate(language, label);
    return name;
}

std::string figure_for_reader(const web::I18n& i18n, std::string_view language, const Indicator& indicator, std::int64_t scaled)
{
    int decimals = 0;
    if (std::int64_t fraction = (scaled < 0 ? -scaled : scaled) % kScale; fraction != 0)
        for (decimals = 4; fraction % 10 == 0; fraction /= 10) --decimals;
    const std::string number = i18n.number(language, static_cast<double>(scaled) / kScale, decimals);
    if (indicator.unit == Unit::Percentage) return number + " %";
    if (indicator.unit == Unit::Currency) return number + " $";
    if (indicator.unit == Unit::YesNo) return scaled ? i18n.translate(language, "Yes") : i18n.translate(language, "No");
    return number;
}

std::vector<PmfLine> pmf_lines(const Pmf& pmf, const web::I18n& i18n, std::string_view language, const FigureWriter& write)
{
    std::vector<PmfLine> lines;
    for (const auto& node : pmf.nodes) {
        bool first = true;
        for (const auto& indicator : pmf.indicators) {
            if (indicator.node != node.id) continue;
            std::vector<std::string> cells{std::string(kTotal)};
            for (auto& cell : cells_of(indicator.disaggregation)) cells.push_back(std::move(cell));
            for (const auto& cell : cells) {
                PmfLine line;
                line.node = &node, line.indicator = &indicator, line.first_of_node = first, line.total = cell == kTotal;
                line.cell = cell_name(i18n, language, cell);
                line.cell_code = cell;
                if (line.total && indicator.baseline) line.baseline = write(indicator, *indicator.baseline);
                for (int year : pmf.years) {
                    auto target = indicator.targets.find(year);
                    line.targets.push_back(line.total && target != indicator.targets.end() ? write(indicator, target->second) : "");
                    auto actual = pmf.actual(indicator, year, cell);
                    line.actuals.push_back(actual ? write(indicator, *actual) : "");
                }
                lines.push_back(std::move(line));
                first = false;
            }
        }
    }
    return lines;
}

PmfExport pmf_export(const Pmf& pmf, const web::I18n& i18n, std::string_view language)
{
    auto t = [&](std::string_view message) { return i18n.translate(language, message); };
    PmfExport table;
    table.header = {t("Result code"), t("Expected result"), t("Indicator code"), t("Indicator"), t("Unit"), t("Disaggregation"), t("Baseline"),
                    t("Baseline date")};
    for (int year : pmf.years) table.header.push_back(t("Target") + " " + partnerships::fiscal_year_label(year));
    for (int year : pmf.years) table.header.push_back(t("Actual") + " " + partnerships::fiscal_year_label(year));
    for (auto heading : {N_("Data source"), N_("Collection method"), N_("Frequency"), N_("Responsibility")}) table.header.push_back(t(heading));
    const FigureWriter plain = [](const Indicator&, std::int64_t scaled) { return figure_text(scaled); };
    for (const auto& line : pmf_lines(pmf, i18n, language, plain)) {
        const auto& i = *line.indicator;
        std::vector<std::string> row = {line.node->code, line.node->statement.pick(language).text, i.code, i.name.pick(language).text,
                                        t(label_of(kUnits, i.unit)), line.cell, line.baseline, line.total ? i.baseline_date : ""};
        row.insert(row.end(), line.targets.begin(), line.targets.end());
        row.insert(row.end(), line.actuals.begin(), line.actuals.end());
        for (const auto* text : {&i.data_source, &i.collection_method}) row.push_back(text->pick(language).text);
        row.push_back(t(label_of(kFrequencies, i.frequency)));
        row.push_back(i.responsibility.pick(language).text);
        table.rows.push_back(std::move(row));
    }
    return table;
}

}  // namespace pmi::results
