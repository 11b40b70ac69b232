#include "web/i18n.hpp"

#include <boost/locale.hpp>
#include <fmt/format.h>
#include <algorithm>
#include <cmath>
#include <iomanip>
#include <sstream>

#include "core/embedded.hpp"

namespace pmi::web {
namespace {

namespace bl = boost::locale;

// Regional variants whose number and date formats suit the program's readers.
std::string locale_name(const std::string& code)
{
    static const std::map<std::string, std::string> regional = {{"en", "en_CA"}, {"fr", "fr_CA"}, {"es", "es_BO"}};
    auto found = regional.find(code);
    return (found == regional.end() ? code : found->second) + ".UTF-8";
}

std::vector<char> read_catalog(const std::string& file_name, const std::string&)
{
    for (const auto& file : embedded::catalogs()) {
        std::string_view path = file.path;
        if (file_name.size() >= path.size() && file_name.compare(file_name.size() - path.size(), path.size(), path) == 0)
            return std::vector<char>(file.content.begin(), file.content.end());
    }
    return {};
}

std::locale make_locale(const std::string& code)
{
    static bl::generator generator;
    std::locale base = generator(locale_name(code));
    bl::gnu_gettext::messages_info info;
    info.language = code;
    info.encoding = "UTF-8";
    info.paths.push_back("");
    info.domains.push_back(bl::gnu_gettext::messages_info::domain("pmi"));
    info.callback = read_catalog;
    return std::locale(base, bl::gnu_gettext::create_messages_facet<char>(info));
}

}  // namespace

I18n::I18n()
{
    languages_.push_back({"en", "English"});
    for (const auto& file : embedded::catalogs()) {
        std::string path(file.path);
        std::string code = path.substr(0, path.find('/'));
        if (code != "en") languages_.push_back({code, code});
    }
    for (auto& language : languages_) {
        locales_.emplace(language.code, make_locale(language.code));
        // Translators: the name of your language, written in your language (Français, Español).
        if (language.code != "en") language.name = translate(language.code, "language-name");
    }
}

bool I18n::supports(std::string_view code) const
{
    return locales_.find(code) != locales_.end();
}

std::string I18n::negotiate(std::string_view header) const
{
    std::string best = "en";
    double best_quality = -1;
    while (!header.empty()) {
        auto comma = header.find(',');
        auto item = header.substr(0, comma);
        header = comma == std::string_view::npos ? std::string_view{} : header.substr(comma + 1);
        while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
        double quality = 1;
        if (auto semicolon = item.find(';'); semicolon != std::string_view::npos) {
            auto parameter = item.substr(semicolon + 1);
            if (auto q = parameter.find("q="); q != std::string_view::npos) {
                try {
                    quality = std::stod(std::string(parameter.substr(q + 2)));
                } catch (const std::exception&) {
                    quality = 0;
                }
            }
            item = item.substr(0, semicolon);
        }
        std::string code(item.substr(0, item.find('-')));
        for (auto& c : code) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (supports(code) && quality > 0 && quality > best_quality) {
            best = code;
            best_quality = quality;
        }
    }
    return best;
}

const std::locale& I18n::locale(std::string_view language) const
{
    auto found = locales_.find(language);
    return found == locales_.end() ? locales_.find("en")->second : found->second;
}

std::string I18n::translate(std::string_view language, std::string_view message) const
{
    return memo_.get(fmt::format("t{}\x1f{}", language, message),
                     [&] { return bl::translate(std::string(message)).str(locale(language)); });
}

std::string I18n::format(std::string_view language, std::string_view message,
                         const std::vector<std::string>& arguments) const
{
    const std::string pattern = translate(language, message);
    // One pass, so a value that looks like a placeholder is never replaced again; Boost's
    // format would also throw on a stray brace.
    std::string out;
    out.reserve(pattern.size() + 32);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{') {
            auto close = pattern.find('}', i);
            if (close != std::string::npos && close > i + 1 && close - i <= 3) {
                auto digits = pattern.substr(i + 1, close - i - 1);
                if (std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
                    auto index = static_cast<std::size_t>(std::stoi(digits));
                    if (index >= 1 && index <= arguments.size()) {
                        out += arguments[index - 1];
                        i = close;
                        continue;
                    }
                }
            }
        }
        out += pattern[i];
    }
    return out;
}

std::string I18n::error_text(std::string_view language, const Error& error) const
{
    return format(language, error.message, error.arguments);
}

std::string I18n::plural(std::string_view language, std::string_view singular, std::string_view plural_form,
                         std::int64_t count) const
{
    std::string pattern = memo_.get(fmt::format("p{}\x1f{}\x1f{}\x1f{}", language, singular, plural_form, count), [&] {
        return bl::translate(std::string(singular), std::string(plural_form), count).str(locale(language));
    });
    const std::string marker = "{1}";
    for (auto at = pattern.find(marker); at != std::string::npos; at = pattern.find(marker))
        pattern.replace(at, marker.size(), number(language, static_cast<double>(count)));
    return pattern;
}

std::string I18n::number(std::string_view language, double value, int decimals) const
{
    return memo_.get(fmt::format("n{}\x1f{}\x1f{:a}", language, decimals, value), [&] {
        std::ostringstream out;
        out.imbue(locale(language));
        out << bl::as::number << std::fixed << std::setprecision(decimals) << value;
        return out.str();
    });
}

std::string I18n::money(std::string_view language, std::int64_t cents) const
{
    bool whole = cents % 100 == 0;
    return format(language, "${1}", {number(language, static_cast<double>(cents) / 100.0, whole ? 0 : 2)});
}

std::string I18n::money_compact(std::string_view language, std::int64_t cents) const
{
    double dollars = static_cast<double>(cents) / 100.0;
    if (std::fabs(dollars) < 1'000'000) return money(language, cents);
    // Decide on the value as it will be shown: 19.95 shows as 20, not 20.0.
    double millions = std::round(dollars / 100'000) / 10;
    int decimals = millions == std::round(millions) ? 0 : 1;
    return format(language, "${1}M", {number(language, millions, decimals)});
}

std::string I18n::date(std::string_view language, std::int64_t unix_seconds) const
{
    return memo_.get(fmt::format("d{}\x1f{}", language, unix_seconds), [&] {
        std::ostringstream out;
        out.imbue(locale(language));
        out << bl::as::date << bl::as::date_long << bl::as::time_zone("UTC") << static_cast<double>(unix_seconds);
        return out.str();
    });
}

std::string I18n::date_time(std::string_view language, std::int64_t unix_seconds) const
{
    return memo_.get(fmt::format("D{}\x1f{}", language, unix_seconds), [&] {
        std::ostringstream out;
        out.imbue(locale(language));
        out << bl::as::datetime << bl::as::date_medium << bl::as::time_short << bl::as::time_zone("UTC")
            << static_cast<double>(unix_seconds);
        return out.str() + " UTC";
    });
}

}  // namespace pmi::web

namespace pmi::web {

std::string I18n::date_time_in(std::string_view language, std::int64_t unix_seconds, std::string_view zone) const
{
    return memo_.get(fmt::format("z{}\x1f{}\x1f{}", language, unix_seconds, zone), [&] {
        std::ostringstream out;
        out.imbue(locale(language));
        out << bl::as::datetime << bl::as::date_long << bl::as::time_short << bl::as::time_zone(std::string(zone))
            << static_cast<double>(unix_seconds);
        return out.str() + " (" + std::string(zone) + ")";
    });
}

}  // namespace pmi::web
