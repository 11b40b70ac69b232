// Numbers typed into forms and imports, other than budget amounts (fuzz/money.cpp): results
// figures and denominators, exchange and hourly rates, expenses in their own currency, IATI
// amounts and the ids in addresses. A number read is within its limits and prints as text
// that reads back as it.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/ids.hpp"
#include "iati/activity_reader.hpp"
#include "iati/activity_xml.hpp"
#include "partnerships/currency.hpp"
#include "results/figures.hpp"
#include "web/path_id.hpp"

namespace {

using namespace pmi;

void check_figure(std::string_view text)
{
    if (auto figure = results::parse_figure(text, "value"); figure.ok()) {
        if (*figure > results::kMostFigure || *figure < -results::kMostFigure) std::abort();
        auto again = results::parse_figure(results::figure_text(*figure), "value");
        if (!again.ok() || *again != *figure) std::abort();
    } else if (figure.error().field != "value") {
        std::abort();
    }
    if (auto denominator = results::parse_denominator(text, "denominator"); denominator.ok())
        if (*denominator < 0 || *denominator > results::kMostDenominator) std::abort();
}

void check_rate(std::string_view text)
{
    for (int decimals : {partnerships::kExchangeRateScale, partnerships::kHourlyRateScale}) {
        auto rate = partnerships::parse_rate(text, "rate", decimals);
        if (!rate.ok()) continue;
        if (rate->units <= 0 || rate->scale > decimals) std::abort();
        auto again = partnerships::parse_rate(partnerships::rate_text(*rate), "rate", decimals);
        if (!again.ok() || !(*again == *rate)) std::abort();
        (void)partnerships::value_of_hours(1'000'000, *rate);
        for (auto currency : partnerships::kCurrencies) (void)partnerships::convert(1'000'000'000, currency, *rate);
    }
}

void check_minor(std::string_view text)
{
    for (auto currency : partnerships::kCurrencies)
        for (auto sign : {Sign::PositiveOrZero, Sign::Any}) {
            auto minor = partnerships::parse_minor(text, currency, "amount", sign);
            if (!minor.ok()) continue;
            if (sign == Sign::PositiveOrZero && *minor < 0) std::abort();
            auto again = partnerships::parse_minor(partnerships::minor_text(*minor, currency), currency, "amount", sign);
            if (!again.ok() || *again != *minor) std::abort();
        }
}

// "-12.05": an optional minus, digits, a point and two digits.
bool plain_decimal(std::string_view text)
{
    if (text.starts_with('-')) text.remove_prefix(1);
    const auto point = text.find('.');
    auto digits = [](std::string_view part) { return !part.empty() && part.find_first_not_of("0123456789") == std::string_view::npos; };
    return point != std::string_view::npos && digits(text.substr(0, point)) && text.size() - point == 3 && digits(text.substr(point + 1));
}

// IATI amounts: any 64-bit amount (the input's first bytes) is written as a plain decimal,
// and one the reader takes reads back as itself.
void check_iati_amount(std::string_view text)
{
    long long any = 0;
    std::memcpy(&any, text.data(), std::min(text.size(), sizeof any));
    if (!plain_decimal(iati::decimal_from_cents(any))) std::abort();
    auto cents = iati::cents_from_decimal(text);
    if (!cents) return;
    if (iati::cents_from_decimal(iati::decimal_from_cents(*cents)) != cents) std::abort();
}

// An id in an address (/partnerships/:id) is the number its digits write, or no id at all.
void check_path_id(std::string_view text)
{
    web::Request request;
    request.path_parameters["id"] = std::string(text);
    const web::Exchange exchange(request, "fuzz");
    const auto id = web::path_id<UserId>(exchange);
    if (id.value < 0) std::abort();
    if (!id.valid()) return;
    const auto digits = text.substr(std::min(text.find_first_not_of('0'), text.size()));
    if (std::to_string(id.value) != digits) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    check_figure(text);
    check_rate(text);
    check_minor(text);
    check_iati_amount(text);
    check_path_id(text);
    return 0;
}
