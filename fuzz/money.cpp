// Amounts typed into budgets: an amount read prints as text that reads back as itself.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/money.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto amount = pmi::Money::parse(text, "amount", pmi::Sign::Any);
    if (!amount.ok()) return 0;
    auto again = pmi::Money::parse(amount->plain(), "amount", pmi::Sign::Any);
    if (!again.ok() || again->in_cents() != amount->in_cents()) std::abort();
    return 0;
}
