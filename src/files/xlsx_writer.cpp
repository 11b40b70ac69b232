#include "files/xlsx_writer.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string_view>

#include "core/crypto.hpp"
#include "core/text.hpp"

namespace pmi::files {
namespace {

constexpr std::size_t kSheetRows = 1'048'576;
constexpr std::size_t kSheetColumns = 16'384;
constexpr std::size_t kSheetNameCharacters = 31;
constexpr std::size_t kCellCharacters = 32'767;
constexpr std::size_t kSignificantDigits = 15;
constexpr std::size_t kWidestColumn = 60;  // characters

bool continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::size_t characters(std::string_view text)
{
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return !continuation_byte(c); }));
}

// At most `most` characters of UTF-8 text.
std::string first_characters(std::string_view text, std::size_t most)
{
    std::size_t characters = 0, at = 0;
    for (; at < text.size(); ++at)
        if (!continuation_byte(text[at]) && ++characters > most) break;
    return std::string(text.substr(0, at));
}

std::string sheet_title(std::string_view name)
{
    std::string title;
    for (char c : name) {
        const bool refused = static_cast<unsigned char>(c) < 0x20 || std::string_view("[]:*?/\\").find(c) != std::string_view::npos;
        title += refused ? ' ' : c;
    }
    title = text::trim(first_characters(text::trim(title), kSheetNameCharacters));
    while (!title.empty() && (title.front() == '\'' || title.back() == '\'')) title = text::trim(title.front() == '\'' ? title.substr(1) : title.substr(0, title.size() - 1));
    return title.empty() || !text::valid_utf8(title) ? "Sheet1" : title;
}

// The number of decimals of a value to write as a number, or -1 for text. Leading zeros
// (postal codes, phone numbers) and long digit strings (identifiers) stay text, so a
// spreadsheet cannot drop or round them.
int decimals_of_number(std::string_view value)
{
    if (value.starts_with('-')) value.remove_prefix(1);
    const std::size_t dot = value.find('.');
    const std::string_view whole = value.substr(0, dot);
    const std::string_view fraction = dot == std::string_view::npos ? std::string_view() : value.substr(dot + 1);
    auto digits = [](std::string_view part) { return part.find_first_not_of("0123456789") == std::string_view::npos; };
    if (whole.empty() || !digits(whole) || !digits(fraction) || (dot != std::string_view::npos && fraction.empty())) return -1;
    if ((whole.size() > 1 && whole.front() == '0') || fraction.size() > kSignificantDigits) return -1;
    std::string_view significant = whole == "0" ? fraction.substr(std::min(fraction.find_first_not_of('0'), fraction.size())) : whole;
    if (significant.size() + (whole == "0" ? 0 : fraction.size()) > kSignificantDigits) return -1;
    return static_cast<int>(fraction.size());
}

class Workbook {
public:
    explicit Workbook(const std::filesystem::path& path) : workbook_(workbook_new(path.c_str()))
    {
        if (!workbook_) throw std::runtime_error("cannot create a workbook");
    }
    ~Workbook()
    {
        if (workbook_) workbook_close(workbook_);
    }

    lxw_worksheet* add_sheet(const std::string& name)
    {
        lxw_worksheet* sheet = workbook_add_worksheet(workbook_, name.c_str());
        if (!sheet) throw std::runtime_error("cannot add a worksheet");
        return sheet;
    }

    lxw_format* bold()
    {
        if (!bold_) {
            bold_ = workbook_add_format(workbook_);
            format_set_bold(bold_);
        }
        return bold_;
    }

    // "0.0" for one decimal, and so on; none for whole numbers.
    lxw_format* decimals(int count)
    {
        if (count == 0) return nullptr;
        lxw_format*& format = decimals_[static_cast<std::size_t>(count)];
        if (!format) {
            format = workbook_add_format(workbook_);
            format_set_num_format(format, ("0." + std::string(static_cast<std::size_t>(count), '0')).c_str());
        }
        return format;
    }

    void write(lxw_worksheet* sheet, std::size_t row, std::size_t column, const std::string& value, lxw_format* text_format)
    {
        const int decimals = text_format ? -1 : decimals_of_number(value);
        double number = 0;
        if (decimals >= 0 && std::from_chars(value.data(), value.data() + value.size(), number).ec == std::errc{})
            check(worksheet_write_number(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), number, this->decimals(decimals)));
        else if (!value.empty())
            check(worksheet_write_string(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
                                         first_characters(value, kCellCharacters).c_str(), text_format));
    }

    void close()
    {
        lxw_error error = workbook_close(workbook_);
        workbook_ = nullptr;
        if (error != LXW_NO_ERROR) throw std::runtime_error(std::string("cannot write the workbook: ") + lxw_strerror(error));
    }

private:
    static void check(lxw_error error)
    {
        if (error != LXW_NO_ERROR) throw std::runtime_error(std::string("cannot write a cell: ") + lxw_strerror(error));
    }

    lxw_workbook* workbook_;
    lxw_format* bold_ = nullptr;
    std::array<lxw_format*, kSignificantDigits + 1> decimals_{};
};

// Each column as wide as its longest value (within reason), so text is not cut on screen.
void fit_columns(lxw_worksheet* sheet, const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows)
{
    std::vector<std::size_t> widths(header.size());
    auto measure = [&](const std::vector<std::string>& values) {
        for (std::size_t column = 0; column < values.size() && column < widths.size(); ++column)
            widths[column] = std::max(widths[column], characters(values[column]));
    };
    measure(header);
    for (const auto& row : rows) measure(row);
    for (std::size_t column = 0; column < widths.size(); ++column)
        if (widths[column] > 8)
            worksheet_set_column(sheet, static_cast<lxw_col_t>(column), static_cast<lxw_col_t>(column),
                                 static_cast<double>(std::min(widths[column], kWidestColumn) + 2), nullptr);
}

std::string read_and_remove(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    in.close();
    std::filesystem::remove(path);
    return bytes.str();
}

}  // namespace

std::string write_xlsx(const std::string& sheet_name, const std::vector<std::string>& header,
                       const std::vector<std::vector<std::string>>& rows)
{
    if (rows.size() + 1 > kSheetRows) throw std::invalid_argument("more rows than a worksheet holds");
    // libxlsxwriter writes to a file: a private temporary one, read back and removed.
    const auto path = std::filesystem::temp_directory_path() / ("pmi-export-" + crypto::random_token(9) + ".xlsx");
    try {
        Workbook workbook(path);
        lxw_worksheet* sheet = workbook.add_sheet(sheet_title(sheet_name));
        for (std::size_t row = 0; row <= rows.size(); ++row) {
            const auto& values = row == 0 ? header : rows[row - 1];
            if (values.size() > kSheetColumns) throw std::invalid_argument("more columns than a worksheet holds");
            for (std::size_t column = 0; column < values.size(); ++column)
                workbook.write(sheet, row, column, values[column], row == 0 ? workbook.bold() : nullptr);
        }
        fit_columns(sheet, header, rows);
        worksheet_freeze_panes(sheet, 1, 0);
        workbook.close();
    } catch (...) {
        std::filesystem::remove(path);
        throw;
    }
    return read_and_remove(path);
}

}  // namespace pmi::files
