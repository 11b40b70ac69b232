#include "core/csv.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace pmi::csv {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

std::string number(std::size_t value) { return std::to_string(value); }

// Reads records one field at a time; `at_` is the next byte, `line_` the line it is on.
class Parser {
public:
    Parser(std::string_view text, const Limits& limits) : text_(text), limits_(limits) {}

    Result<std::vector<Record>> run()
    {
        std::vector<Record> records;
        while (at_ < text_.size()) {
            if (line_break_at(at_)) {
                skip_line_break();
                continue;
            }
            if (records.size() == limits_.most_rows)
                return invalid("csv", "The file has more than {1} rows. Split it into smaller files.",
                               {number(limits_.most_rows)});
            Record record{records.size() + 1, line_, {}};
            if (auto error = read_record(record)) return std::move(*error);
            records.push_back(std::move(record));
        }
        return records;
    }

private:
    bool line_break_at(std::size_t at) const { return at < text_.size() && (text_[at] == '\n' || text_[at] == '\r'); }

    // CRLF counts as one break, as do a lone LF and a lone CR.
    void skip_line_break()
    {
        if (text_[at_] == '\r' && at_ + 1 < text_.size() && text_[at_ + 1] == '\n') ++at_;
        ++at_;
        ++line_;
    }

    std::optional<Error> read_record(Record& record)
    {
        while (true) {
            std::size_t column = record.fields.size() + 1;
            if (column > limits_.most_columns)
                return invalid("csv", "Row {1} has more than {2} columns.", {number(record.row), number(limits_.most_columns)});
            std::string value;
            auto error = at_ < text_.size() && text_[at_] == '"' ? read_quoted(record.row, column, value)
                                                                 : read_unquoted(record.row, column, value);
            if (error) return error;
            if (!text::valid_utf8(value))
                return invalid("csv", "Row {1}, column {2} is not UTF-8 text. Save the file as CSV UTF-8.",
                               {number(record.row), number(column)});
            record.fields.push_back(std::move(value));
            if (at_ == text_.size()) return std::nullopt;
            if (text_[at_] == ',') {
                ++at_;
                continue;
            }
            skip_line_break();
            return std::nullopt;
        }
    }

    std::optional<Error> too_long(std::size_t row, std::size_t column) const
    {
        return invalid("csv", "Row {1}, column {2} is longer than {3} bytes.",
                       {number(row), number(column), number(limits_.most_field_bytes)});
    }

    std::optional<Error> read_unquoted(std::size_t row, std::size_t column, std::string& value)
    {
        std::size_t end = at_;
        while (end < text_.size() && text_[end] != ',' && !line_break_at(end)) {
            if (text_[end] == '"')
                return invalid("csv",
                               "Row {1}, column {2} has a quote inside an unquoted field. Put the whole field in "
                               "quotes and double every quote inside it.",
                               {number(row), number(column)});
            ++end;
        }
        if (end - at_ > limits_.most_field_bytes) return too_long(row, column);
        value.assign(text_.substr(at_, end - at_));
        at_ = end;
        return std::nullopt;
    }

    std::optional<Error> read_quoted(std::size_t row, std::size_t column, std::string& value)
    {
        ++at_;  // the opening quote
        while (true) {
            if (at_ == text_.size())
                return invalid("csv",
                               "Row {1}, column {2} opens a quote that is never closed. Close it, and double every "
                               "quote inside the field.",
                               {number(row), number(column)});
            char c = text_[at_];
            if (c == '"') {
                if (at_ + 1 < text_.size() && text_[at_ + 1] == '"') {
                    value += '"';
                    at_ += 2;
                    continue;
                }
                ++at_;
                break;
            }
            if (c == '\n' || (c == '\r' && !(at_ + 1 < text_.size() && text_[at_ + 1] == '\n'))) ++line_;
            value += c;
            ++at_;
            if (value.size() > limits_.most_field_bytes) return too_long(row, column);
        }
        if (at_ < text_.size() && text_[at_] != ',' && !line_break_at(at_))
            return invalid("csv",
                           "Row {1}, column {2} has text after its closing quote. Put the whole field in quotes and "
                           "double every quote inside it.",
                           {number(row), number(column)});
        return std::nullopt;
    }

    std::string_view text_;
    const Limits& limits_;
    std::size_t at_ = 0;
    std::size_t line_ = 1;
};

// A plain decimal number, which no spreadsheet reads as a formula.
bool plain_number(std::string_view value)
{
    std::size_t at = 0;
    if (at < value.size() && (value[at] == '-' || value[at] == '+')) ++at;
    std::size_t digits = 0, dots = 0;
    for (; at < value.size(); ++at) {
        if (value[at] >= '0' && value[at] <= '9') ++digits;
        else if (value[at] == '.' && dots == 0) ++dots;
        else return false;
    }
    return digits > 0;
}

}  // namespace

Result<std::vector<Record>> parse(std::string_view text, const Limits& limits)
{
    if (text.size() > limits.most_bytes)
        return Error(ErrorCode::PayloadTooLarge, "csv", "The file is larger than {1} bytes. Split it into smaller files.",
                     {number(limits.most_bytes)});
    if (text.starts_with(kByteOrderMark)) text.remove_prefix(kByteOrderMark.size());
    return Parser(text, limits).run();
}

Result<Table> Table::read(std::string_view text, const Limits& limits)
{
    return from_records(TRY(parse(text, limits)));
}

Result<Table> Table::from_records(std::vector<Record> records)
{
    if (records.empty()) return invalid("csv", "The file is empty. Its first row must name the columns.");
    Table table;
    for (std::size_t column = 0; column < records.front().fields.size(); ++column) {
        std::string name = text::trim(records.front().fields[column]);
        if (name.empty())
            return invalid("csv", "Column {1} of the header row has no name.", {number(column + 1)});
        if (table.column(name))
            return invalid("csv", "The header row names the column {1} twice.", {name});
        table.header_.push_back(std::move(name));
    }
    for (auto record = records.begin() + 1; record != records.end(); ++record) {
        if (record->fields.size() != table.header_.size())
            return invalid("csv", "Row {1} has {2} columns, and the header row has {3}.",
                           {number(record->row), number(record->fields.size()), number(table.header_.size())});
        table.records_.push_back(std::move(*record));
    }
    return table;
}

std::optional<std::size_t> Table::column(std::string_view name) const
{
    auto found = std::find(header_.begin(), header_.end(), name);
    if (found == header_.end()) return std::nullopt;
    return static_cast<std::size_t>(found - header_.begin());
}

Status Table::require(const std::vector<std::string_view>& names) const
{
    for (auto name : names)
        if (!column(name))
            return invalid("csv", "The header row lacks the column {1}.", {std::string(name)});
    return Ok{};
}

std::string field(std::string_view value, Formulas formulas)
{
    std::string text;
    if (formulas == Formulas::Neutralised && !value.empty() &&
        std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos && !plain_number(value))
        text = "'";
    text += value;
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

std::string row(const std::vector<std::string>& values, Formulas formulas)
{
    std::string line;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0) line += ',';
        line += field(values[i], formulas);
    }
    return line + "\r\n";
}

}  // namespace pmi::csv
