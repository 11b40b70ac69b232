#pragma once
// The PMF as rows, shared by its page and its CSV and Excel exports: one row per indicator
// and disaggregation cell (the total first), so every cell is visible everywhere.
#include <functional>
#include <string>
#include <vector>

#include "results/pmf.hpp"
#include "web/i18n.hpp"

namespace pmi::results {

struct PmfLine {
    const Node* node = nullptr;
    const Indicator* indicator = nullptr;
    bool first_of_node = false, total = false;
    std::string cell;                   // "Total", "Women · Youth (15 to 35)"
    std::string cell_code;              // "total", "women/youth"
    std::string baseline;               // "" when none
    std::vector<std::string> targets;   // per Pmf::years, "" when none
    std::vector<std::string> actuals;   // per Pmf::years, "" when none
};

// How a figure is written: for the page in the reader's locale, for exports plainly.
using FigureWriter = std::function<std::string(const Indicator&, std::int64_t)>;

std::vector<PmfLine> pmf_lines(const Pmf& pmf, const web::I18n& i18n, std::string_view language, const FigureWriter& write);
// "Women · Youth (15 to 35)" in `language`.
std::string cell_name(const web::I18n& i18n, std::string_view language, std::string_view cell);
// "12.5", "26 %" in the reader's locale.
std::string figure_for_reader(const web::I18n& i18n, std::string_view language, const Indicator& indicator, std::int64_t scaled);

struct PmfExport {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
};
// The whole table with figures as 12.5 (a point, no grouping) and texts in `language`.
PmfExport pmf_export(const Pmf& pmf, const web::I18n& i18n, std::string_view language);

}  // namespace pmi::results
