#include "files/xlsx_sheet.hpp"

#include <charconv>
#include <cmath>

#include "core/text.hpp"
#include "files/xlsx_reader.hpp"

namespace pmi::files {
namespace {

constexpr std::size_t kSheetRows = 1'048'576;  // the most a worksheet has
constexpr std::size_t kSheetColumns = 16'384;
constexpr int kSignificantDigits = 15;  // Excel keeps no more
constexpr double kExactIntegers = 9007199254740992.0;  // 2^53: a double holds every integer up to it

std::string number(std::size_t value) { return std::to_string(value); }

std::size_t whole_number(std::string_view text)
{
    std::size_t value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc{} && end == text.data() + text.size() && !text.empty() ? value : 0;
}

// The column of a reference such as "C7" in row `row`; 0 when it is malformed or names
// another row.
std::size_t column_of(std::string_view reference, std::size_t row)
{
    std::size_t column = 0, letters = 0;
    while (letters < reference.size() && reference[letters] >= 'A' && reference[letters] <= 'Z' && letters < 3)
        column = column * 26 + static_cast<std::size_t>(reference[letters++] - 'A' + 1);
    if (letters == 0 || column > kSheetColumns || whole_number(reference.substr(letters)) != row) return 0;
    return column;
}

int hex_digit(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

// The UTF-16 unit of an escape "_xHHHH_" at `at`, or -1.
long escaped_unit(std::string_view text, std::size_t at)
{
    if (at + 7 > text.size() || text[at] != '_' || text[at + 1] != 'x' || text[at + 6] != '_') return -1;
    long unit = 0;
    for (std::size_t i = at + 2; i < at + 6; ++i) {
        const int digit = hex_digit(text[i]);
        if (digit < 0) return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}


// A plain decimal ("-12.50") of at most 15 significant digits: shown as written.
bool plain_decimal(std::string_view text)
{
    std::size_t at = text.starts_with('-') ? 1 : 0, digits = 0, dots = 0;
    bool significant = false;
    for (; at < text.size(); ++at) {
        if (text[at] == '.' && dots++ == 0) continue;
        if (text[at] < '0' || text[at] > '9') return false;
        significant = significant || text[at] != '0';
        if (significant) ++digits;
    }
    return digits <= kSignificantDigits && text.find_first_of("0123456789") != std::string_view::npos;
}

std::string integer_text(double value) { return std::to_string(static_cast<long long>(value)); }

class SheetReader {
public:
    SheetReader(XmlPart& part, const std::vector<std::string>& strings, const csv::Limits& limits)
        : part_(part), strings_(strings), limits_(limits) {}

    Result<std::vector<csv::Record>> run()
    {
        bool in_data = false;
        while (TRY(part_.next())) {
            const std::string_view element = part_.start();
            if (element == "sheetData") in_data = !part_.empty_element();
            else if (part_.at_end("sheetData")) in_data = false;
            else if (in_data && element == "row") TRY(start_row());
            else if (in_data && element == "c") TRY(read_cell());
        }
        TRY(finish_row());
        return padded();
    }

private:
    Status start_row()
    {
        TRY(finish_row());
        const auto reference = part_.attribute("r");
        const std::size_t row = reference ? whole_number(*reference) : row_ + 1;
        if (row <= row_ || row > kSheetRows) return part_.damaged();
        row_ = row;
        column_ = 0;
        current_ = csv::Record{row, row, {}};
        return Ok{};
    }

    // A row with no value is blank, and left out.
    Status finish_row()
    {
        if (current_.fields.empty()) return Ok{};
        if (records_.size() == limits_.most_rows)
            return invalid(part_.field(), "The file has more than {1} rows. Split it into smaller files.", {number(limits_.most_rows)});
        width_ = std::max(width_, current_.fields.size());
        records_.push_back(std::move(current_));
        current_ = {};
        return Ok{};
    }

    Status read_cell()
    {
        const auto reference = part_.attribute("r");
        const std::size_t column = reference ? column_of(*reference, row_) : column_ + 1;
        if (row_ == 0 || column == 0 || column <= column_ || column > kSheetColumns) return part_.damaged();
        column_ = column;
        const std::string type = part_.attribute("t").value_or("n");
        std::string written, inline_text;
        if (!part_.empty_element()) {
            while (TRY(part_.next()) && !part_.at_end("c")) {
                const std::string_view element = part_.start();
                if (element == "v") written = TRY(part_.text("v"));
                else if (element == "is") inline_text = TRY(part_.text("t", "rPh"));
            }
        }
        return place(column, TRY(value(type, std::move(written), std::move(inline_text))));
    }

    Result<std::string> value(const std::string& type, std::string written, std::string inline_text) const
    {
        if (written.empty() && type != "inlineStr") return std::string();
        if (type == "n") return number_text(written);
        if (type == "s") {
            const std::size_t index = whole_number(written);
            if (index >= strings_.size() || (index == 0 && written != "0")) return part_.damaged();
            return strings_[index];
        }
        if (type == "inlineStr") return decode_escapes(std::move(inline_text));
        if (type == "str") return decode_escapes(std::move(written));
        if (type == "b") return std::string(written == "1" ? "TRUE" : "FALSE");
        if (type == "e" || type == "d") return written;
        return part_.damaged();
    }

    // Every field costs a byte of the total at least, as a comma would in a CSV file, so
    // a sheet of far-apart cells cannot make a huge table out of a small file.
    Status place(std::size_t column, std::string value)
    {
        if (value.empty()) return Ok{};
        if (column > limits_.most_columns)
            return invalid(part_.field(), "Row {1} has more than {2} columns.", {number(row_), number(limits_.most_columns)});
        if (value.size() > limits_.most_field_bytes)
            return invalid(part_.field(), "Row {1}, column {2} is longer than {3} bytes.",
                           {number(row_), column_letters(column), number(limits_.most_field_bytes)});
        TRY(count(column - current_.fields.size() + value.size()));
        current_.fields.resize(column);
        current_.fields[column - 1] = std::move(value);
        return Ok{};
    }

    Status count(std::size_t bytes)
    {
        total_ += bytes;
        if (total_ <= limits_.most_bytes) return Ok{};
        return Error(ErrorCode::PayloadTooLarge, part_.field(), "The sheet holds more than {1} bytes of text. Split it into smaller files.",
                     {number(limits_.most_bytes)});
    }

    Result<std::vector<csv::Record>> padded()
    {
        for (auto& record : records_) {
            TRY(count(width_ - record.fields.size()));
            record.fields.resize(width_);
        }
        return std::move(records_);
    }

    XmlPart& part_;
    const std::vector<std::string>& strings_;
    const csv::Limits& limits_;
    std::vector<csv::Record> records_;
    csv::Record current_;
    std::size_t row_ = 0;     // the current row's number, 0 before the first
    std::size_t column_ = 0;  // the last cell's column in the current row
    std::size_t width_ = 0;
    std::size_t total_ = 0;
};

}  // namespace

Result<std::vector<csv::Record>> read_cells(XmlPart& part, const std::vector<std::string>& shared_strings, const csv::Limits& limits)
{
    return SheetReader(part, shared_strings, limits).run();
}

std::string decode_escapes(std::string text)
{
    if (text.find("_x") == std::string::npos) return text;
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        long unit = escaped_unit(text, at);
        unsigned long code = static_cast<unsigned long>(unit);
        std::size_t length = 7;
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            const long low = escaped_unit(text, at + 7);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                code = 0x10000 + ((static_cast<unsigned long>(unit) - 0xD800) << 10) + (static_cast<unsigned long>(low) - 0xDC00);
                length = 14;
            } else {
                unit = -1;  // half a pair: left as written
            }
        }
        if (unit <= 0 || (unit >= 0xDC00 && unit <= 0xDFFF)) {
            out += text[at++];
            continue;
        }
        text::append_utf8(out, static_cast<char32_t>(code));
        at += length;
    }
    return out;
}

std::string number_text(std::string_view written)
{
    if (plain_decimal(written)) return std::string(written);
    double value = 0;
    auto [end, error] = std::from_chars(written.data(), written.data() + written.size(), value);
    if (error != std::errc{} || end != written.data() + written.size() || !std::isfinite(value)) return std::string(written);
    if (std::trunc(value) == value && std::fabs(value) <= kExactIntegers) return integer_text(value);
    char buffer[64];
    auto rounded = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, kSignificantDigits);
    std::from_chars(buffer, rounded.ptr, value);
    if (std::trunc(value) == value && std::fabs(value) < 1e15) return integer_text(value);
    // Fixed notation while it stays short, as a spreadsheet shows such numbers.
    const bool fixed = std::fabs(value) >= 1e-9 && std::fabs(value) < 1e15;
    auto shortest = std::to_chars(buffer, buffer + sizeof buffer, value, fixed ? std::chars_format::fixed : std::chars_format::scientific);
    std::string text(buffer, shortest.ptr);
    for (char& c : text)
        if (c == 'e') c = 'E';
    return text;
}

std::string column_letters(std::size_t column)
{
    std::string letters;
    for (; column > 0; column = (column - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (column - 1) % 26));
    return letters;
}

}  // namespace pmi::files
