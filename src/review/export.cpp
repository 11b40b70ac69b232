// Ranking exports for the program office's spreadsheets.
#include <xlsxwriter.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "core/crypto.hpp"
#include "core/csv.hpp"
#include "review/pages.hpp"

namespace pmi::review {
namespace {

std::string fixed(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

}  // namespace

std::string ranking_to_csv(const std::vector<RankedApplication>& ranking)
{
    std::string out = "rank,application,municipality,total,spread,disputed,reviews,decision\r\n";
    int rank = 0;
    for (const auto& row : ranking)
        out += std::to_string(++rank) + "," + std::to_string(row.application.value) + "," + csv::field(row.organisation_name) + "," +
               fixed(row.total) + "," + fixed(row.spread) + "," + (row.disputed ? "yes" : "no") + "," +
               std::to_string(row.reviews) + "," + (row.decision ? std::string(outcome_code(*row.decision)) : "") + "\r\n";
    return out;
}

std::string ranking_to_xlsx(const std::vector<RankedApplication>& ranking, const std::string& sheet_title)
{
    // libxlsxwriter writes to a file: a private temporary one, read back and removed.
    const auto path = std::filesystem::temp_directory_path() / ("pmi-ranking-" + crypto::random_token(9) + ".xlsx");
    lxw_workbook* workbook = workbook_new(path.c_str());
    if (!workbook) throw std::runtime_error("cannot create a workbook");
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    worksheet_write_string(sheet, 0, 0, sheet_title.substr(0, 200).c_str(), bold);
    const char* headers[] = {"Rank", "Application", "Municipality", "Total", "Spread", "Disputed", "Reviews", "Decision"};
    for (int c = 0; c < 8; ++c) worksheet_write_string(sheet, 2, static_cast<lxw_col_t>(c), headers[c], bold);
    lxw_row_t row_number = 3;
    int rank = 0;
    for (const auto& row : ranking) {
        worksheet_write_number(sheet, row_number, 0, ++rank, nullptr);
        worksheet_write_number(sheet, row_number, 1, static_cast<double>(row.application.value), nullptr);
        worksheet_write_string(sheet, row_number, 2, row.organisation_name.c_str(), nullptr);
        worksheet_write_number(sheet, row_number, 3, std::round(row.total * 10) / 10, nullptr);
        worksheet_write_number(sheet, row_number, 4, std::round(row.spread * 10) / 10, nullptr);
        worksheet_write_string(sheet, row_number, 5, row.disputed ? "yes" : "no", nullptr);
        worksheet_write_number(sheet, row_number, 6, row.reviews, nullptr);
        worksheet_write_string(sheet, row_number, 7, row.decision ? std::string(outcome_code(*row.decision)).c_str() : "", nullptr);
        ++row_number;
    }
    worksheet_set_column(sheet, 2, 2, 40, nullptr);
    if (workbook_close(workbook) != LXW_NO_ERROR) throw std::runtime_error("cannot write the workbook");
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    std::filesystem::remove(path);
    return bytes.str();
}

}  // namespace pmi::review
