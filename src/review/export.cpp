// Ranking exports for the program office's spreadsheets: one table, as CSV or XLSX.
#include <cstdio>

#include "core/csv.hpp"
#include "files/xlsx_writer.hpp"
#include "review/pages.hpp"

namespace pmi::review {
namespace {

const std::vector<std::string> kRankingHeader = {"rank", "application", "municipality", "total", "spread", "disputed", "reviews", "decision"};

std::string fixed(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

std::vector<std::vector<std::string>> ranking_rows(const std::vector<RankedApplication>& ranking)
{
    std::vector<std::vector<std::string>> rows;
    int rank = 0;
    for (const auto& row : ranking)
        rows.push_back({std::to_string(++rank), std::to_string(row.application.value), row.organisation_name, fixed(row.total),
                        fixed(row.spread), row.disputed ? "yes" : "no", std::to_string(row.reviews),
                        row.decision ? std::string(outcome_code(*row.decision)) : ""});
    return rows;
}

}  // namespace

std::string ranking_to_csv(const std::vector<RankedApplication>& ranking)
{
    std::string out = csv::row(kRankingHeader);
    for (const auto& row : ranking_rows(ranking)) out += csv::row(row);
    return out;
}

std::string ranking_to_xlsx(const std::vector<RankedApplication>& ranking, const std::string& sheet_title)
{
    return files::write_xlsx(sheet_title, kRankingHeader, ranking_rows(ranking));
}

}  // namespace pmi::review
