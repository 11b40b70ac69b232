#pragma once
// CSV as RFC 4180 describes it, for the files people export from spreadsheets (bulk imports,
// the matching command's input) and the ones we write for spreadsheets to open (exports).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace pmi::csv {

// What one file may hold. Every limit is checked while reading, so an oversized file fails
// before it costs memory.
struct Limits {
    std::size_t most_bytes = std::size_t{64} << 20;
    std::size_t most_rows = 1'000'000;
    std::size_t most_columns = 200;
    std::size_t most_field_bytes = std::size_t{64} << 10;
};

// One record and where it starts. `row` counts records from 1, blank lines left out, as a
// spreadsheet numbers its rows (the header is row 1); `line` counts the lines of the file,
// which differ once a quoted field holds a line break.
struct Record {
    std::size_t row = 0;
    std::size_t line = 0;
    std::vector<std::string> fields;
};

// The records of `text`. A UTF-8 byte-order mark at the start is skipped; a record ends at
// CRLF, LF or a lone CR; a field in double quotes may hold commas, line breaks and doubled
// quotes; a line with nothing on it is skipped. Fails with an Error on the field "csv" whose
// first two arguments are the row and the column (from 1) of the first problem: a quote
// left open, text after a closing quote, a quote inside an unquoted field, text that is not
// UTF-8, a field or a row too long; payload_too_large when the file exceeds most_bytes.
Result<std::vector<Record>> parse(std::string_view text, const Limits& limits = {});

// A file whose first record names the columns.
class Table {
public:
    // Fails as parse does, and also when the file has no header row, when the header names
    // a column twice or leaves a name empty, or when a record has more or fewer fields than
    // the header (arguments: the row, its count, the header's count).
    static Result<Table> read(std::string_view text, const Limits& limits = {});
    // The same rules over records read elsewhere (a spreadsheet's rows): the first record
    // is the header. Fails as read does, on the field "csv".
    static Result<Table> from_records(std::vector<Record> records);

    const std::vector<std::string>& header() const { return header_; }
    // The records after the header, in file order.
    const std::vector<Record>& records() const { return records_; }
    // The position of the column named `name` (exactly, after trimming spaces), if any.
    std::optional<std::size_t> column(std::string_view name) const;
    // Fails on the field "csv" naming the first of `names` that the header lacks.
    Status require(const std::vector<std::string_view>& names) const;

private:
    std::vector<std::string> header_;
    std::vector<Record> records_;
};

// A spreadsheet runs a cell that starts with = + - @ (or a tab or CR) as a formula, which a
// hostile value can abuse. Neutralised puts an apostrophe before such text; numbers such as
// -3 or +1.5 are left as they are, since they cannot be formulas.
enum class Formulas { Neutralised, Kept };

// One field, quoted when it holds a comma, a quote or a line break.
std::string field(std::string_view value, Formulas formulas = Formulas::Neutralised);
// One record: the fields joined by commas, ended by CRLF.
std::string row(const std::vector<std::string>& values, Formulas formulas = Formulas::Neutralised);

}  // namespace pmi::csv
