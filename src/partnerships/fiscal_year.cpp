#include "partnerships/fiscal_year.hpp"

#include <cstdio>

namespace pmi::partnerships {
namespace {

std::optional<int> digits(std::string_view text)
{
    if (text.empty()) return std::nullopt;
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

}  // namespace

std::optional<std::chrono::year_month_day> parse_date(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    auto year = digits(text.substr(0, 4)), month = digits(text.substr(5, 2)), day = digits(text.substr(8, 2));
    if (!year || !month || !day) return std::nullopt;
    std::chrono::year_month_day date{std::chrono::year{*year}, std::chrono::month{static_cast<unsigned>(*month)},
                                     std::chrono::day{static_cast<unsigned>(*day)}};
    if (!date.ok()) return std::nullopt;
    return date;
}

std::string date_text(std::chrono::year_month_day date)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                  static_cast<unsigned>(date.day()));
    return buffer;
}

int fiscal_year_of(std::chrono::year_month_day date)
{
    const int year = static_cast<int>(date.year());
    return date.month() >= std::chrono::April ? year : year - 1;
}

std::chrono::year_month_day fiscal_year_start(int fiscal_year)
{
    return {std::chrono::year{fiscal_year}, std::chrono::April, std::chrono::day{1}};
}

std::chrono::year_month_day fiscal_year_end(int fiscal_year)
{
    return {std::chrono::year{fiscal_year + 1}, std::chrono::March, std::chrono::day{31}};
}

std::string fiscal_year_label(int fiscal_year)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", fiscal_year, (fiscal_year + 1) % 100);
    return buffer;
}

std::optional<int> parse_fiscal_year(std::string_view text)
{
    auto year = digits(text.substr(0, 4));
    if (!year || *year < 2000 || *year > 2099) return std::nullopt;
    if (text.size() == 4) return year;
    if (text.size() != 7 || text[4] != '-' || digits(text.substr(5)) != (*year + 1) % 100) return std::nullopt;
    return year;
}

}  // namespace pmi::partnerships
