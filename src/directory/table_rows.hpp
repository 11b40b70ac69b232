#pragma once
// The directory as spreadsheet rows: the columns of the import and export files (CSV or
// XLSX, the same columns `pmi match` reads), and each row read into a profile with the
// problems of that row. Pure: no I/O.
#include <string>
#include <vector>

#include "core/csv.hpp"
#include "core/error.hpp"
#include "directory/directory.hpp"

namespace pmi::directory {

struct RowProblem {
    std::size_t row = 0;  // the spreadsheet's row number
    Error error;          // field: the column
};

template <typename Profile>
struct ReadRows {
    std::vector<std::pair<std::size_t, Profile>> valid;  // row number, profile
    std::vector<RowProblem> problems;                    // one or more per invalid row
    std::size_t invalid_rows = 0;
};

const std::vector<std::string>& partner_columns();
const std::vector<std::string>& team_columns();

// Fails (naming the missing column) when a required column is absent; otherwise reads every
// row, keeping the valid ones and reporting each problem of the others. A key left empty is
// made from the country (or province) and the name. A key twice in the file is a problem.
Result<ReadRows<PartnerGovernment>> read_partners(const csv::Table& table);
Result<ReadRows<MunicipalTeam>> read_teams(const csv::Table& table);

std::vector<std::string> partner_row(const PartnerGovernment& partner);
std::vector<std::string> team_row(const MunicipalTeam& team);

}  // namespace pmi::directory
