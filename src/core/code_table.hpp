#pragma once
// An enum's stable codes (stored, in addresses) and English labels (message ids), kept in one
// table per enum: the lookups both ways are the same for every such table.
#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace pmi {

template <typename Enum>
struct CodeName {
    Enum value;
    std::string_view code, label;
};

// The code of `value`; the first row's when the table lacks it.
template <typename Enum, std::size_t N>
constexpr std::string_view code_of(const std::array<CodeName<Enum>, N>& table, Enum value)
{
    for (const auto& row : table)
        if (row.value == value) return row.code;
    return table.front().code;
}

template <typename Enum, std::size_t N>
constexpr std::string_view label_of(const std::array<CodeName<Enum>, N>& table, Enum value)
{
    for (const auto& row : table)
        if (row.value == value) return row.label;
    return table.front().label;
}

template <typename Enum, std::size_t N>
constexpr std::optional<Enum> value_of(const std::array<CodeName<Enum>, N>& table, std::string_view code)
{
    for (const auto& row : table)
        if (row.code == code) return row.value;
    return std::nullopt;
}

// Every value, in the table's order.
template <typename Enum, std::size_t N>
std::vector<Enum> values_of(const std::array<CodeName<Enum>, N>& table)
{
    std::vector<Enum> values;
    for (const auto& row : table) values.push_back(row.value);
    return values;
}

}  // namespace pmi
