#include "results/figures.hpp"

#include "core/text.hpp"
#include "core/translator.hpp"

namespace pmi::results {
namespace {

struct CellName {
    std::string_view code;
    std::string_view label;
};
constexpr CellName kSexes[] = {{"women", N_("Women")}, {"men", N_("Men")}, {"other-gender", N_("Another gender identity")}, {"sex-not-stated", N_("Sex not stated")}};
constexpr CellName kAges[] = {{"youth", N_("Youth (15 to 35)")}, {"adult", N_("Adults (36 and over)")}, {"age-not-stated", N_("Age not stated")}};

std::string_view label_in(std::string_view code)
{
    if (code == kTotal) return N_("Total");
    for (const auto& sex : kSexes)
        if (sex.code == code) return sex.label;
    for (const auto& age : kAges)
        if (age.code == code) return age.label;
    return {};
}

}  // namespace

Result<std::int64_t> parse_figure(std::string_view raw, const std::string& field)
{
    const std::string text = text::trim(raw);
    const Error wrong = invalid(field, "Write a number with a point for decimals, such as 12.5, with at most four decimals.");
    if (text.empty()) return invalid(field, "Enter a value.");
    std::size_t i = 0;
    const bool negative = text[0] == '-';
    if (negative) ++i;
    std::int64_t whole = 0, fraction = 0;
    int whole_digits = 0, fraction_digits = 0;
    for (; i < text.size() && text[i] != '.'; ++i) {
        if (text[i] < '0' || text[i] > '9' || whole_digits >= 11) return wrong;
        whole = whole * 10 + (text[i] - '0');
        ++whole_digits;
    }
    if (i < text.size()) {
        for (++i; i < text.size(); ++i) {
            if (text[i] < '0' || text[i] > '9' || fraction_digits >= 4) return wrong;
            fraction = fraction * 10 + (text[i] - '0');
            ++fraction_digits;
        }
        if (fraction_digits == 0) return wrong;
    }
    if (whole_digits == 0) return wrong;
    for (int d = fraction_digits; d < 4; ++d) fraction *= 10;
    const std::int64_t scaled = whole * kScale + fraction;
    if (scaled > kMostFigure) return invalid(field, "This value is too large; keep it under ten billion.");
    return negative ? -scaled : scaled;
}

std::string figure_text(std::int64_t scaled)
{
    const bool negative = scaled < 0;
    const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(scaled) : static_cast<std::uint64_t>(scaled);
    std::string text = (negative ? "-" : "") + std::to_string(magnitude / kScale);
    std::uint64_t fraction = magnitude % kScale;
    if (fraction != 0) {
        std::string digits = std::to_string(fraction + kScale).substr(1);  // four digits, leading zeros kept
        while (digits.back() == '0') digits.pop_back();
        text += "." + digits;
    }
    return text;
}

Result<std::int64_t> parse_denominator(std::string_view raw, const std::string& field)
{
    const std::string text = text::trim(raw);
    const Error wrong = invalid(field, "Enter the denominator as a whole number from 0 to 10000000.");
    if (text.empty() || text.size() > 8) return wrong;
    std::int64_t value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return wrong;
        value = value * 10 + (c - '0');
    }
    if (value > kMostDenominator) return wrong;
    return value;
}

std::vector<std::string> cells_of(Disaggregation disaggregation)
{
    std::vector<std::string> cells;
    switch (disaggregation) {
    case Disaggregation::None: break;
    case Disaggregation::Sex:
        for (const auto& sex : kSexes) cells.emplace_back(sex.code);
        break;
    case Disaggregation::Age:
        for (const auto& age : kAges) cells.emplace_back(age.code);
        break;
    case Disaggregation::SexAndAge:
        for (const auto& sex : kSexes)
            for (const auto& age : kAges) cells.push_back(std::string(sex.code) + "/" + std::string(age.code));
        break;
    }
    return cells;
}

std::vector<std::string_view> cell_labels(std::string_view cell)
{
    std::vector<std::string_view> labels;
    const auto slash = cell.find('/');
    if (slash == std::string_view::npos) labels.push_back(label_in(cell));
    else labels = {label_in(cell.substr(0, slash)), label_in(cell.substr(slash + 1))};
    return labels;
}

}  // namespace pmi::results
