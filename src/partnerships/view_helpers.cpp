#include "partnerships/view_helpers.hpp"

#include "partnerships/fiscal_year.hpp"

namespace pmi::partnerships {

std::string money_text(const web::I18n& i18n, std::string_view language, Money amount)
{
    const std::int64_t cents = amount.in_cents();
    const std::int64_t magnitude = cents < 0 ? -cents : cents;
    // The locale's decimal separator, as its number format writes it ("1.5", "1,5").
    const std::string sample = i18n.number(language, 1.5, 1);
    const std::string point = sample.size() > 2 ? sample.substr(1, sample.size() - 2) : ".";
    const std::int64_t remainder = magnitude % 100;
    // Whole dollars stay below 2^53, so the grouping through a double is exact.
    std::string figure = i18n.number(language, static_cast<double>(magnitude / 100)) + point + (remainder < 10 ? "0" : "") +
                         std::to_string(remainder);
    return (cents < 0 ? "-" : "") + i18n.format(language, "${1}", {figure});
}

std::string member_names(const Partnership& partnership, MemberKind kind)
{
    std::string names;
    for (const auto* member : partnership.of_kind(kind)) names += (names.empty() ? "" : ", ") + member->name;
    return names;
}

std::string partnership_name(const Partnership& partnership)
{
    auto teams = partnership.of_kind(MemberKind::Team);
    auto partners = partnership.of_kind(MemberKind::Partner);
    return (teams.empty() ? std::string() : teams.front()->name) + " – " + (partners.empty() ? std::string() : partners.front()->name);
}

Table budget_table(const Budget& budget)
{
    Table table{{"fiscal_year", "category", "description", "amount_cad"}, {}};
    for (const auto& line : budget.lines)
        table.rows.push_back({fiscal_year_label(line.fiscal_year), std::string(category_code(line.category)), line.description, line.amount.plain()});
    for (const auto& [year, sum] : budget.totals.by_year) table.rows.push_back({fiscal_year_label(year), "total", "", sum.plain()});
    for (const auto& [category, sum] : budget.totals.by_category) table.rows.push_back({"total", std::string(category_code(category)), "", sum.plain()});
    table.rows.push_back({"total", "total", "", budget.totals.total.plain()});
    return table;
}

Table amendment_table(const Budget& budget)
{
    Table table{{"id", "line", "fiscal_year", "category", "description", "previous_cad", "amount_cad", "reason", "status", "proposed_by",
                 "proposed_at", "decided_by", "decided_at"},
                {}};
    for (const auto& a : budget.amendments)
        table.rows.push_back({std::to_string(a.id.value), a.line.valid() ? std::to_string(a.line.value) : "", fiscal_year_label(a.fiscal_year),
                              std::string(category_code(a.category)), a.description, a.previous.plain(), a.amount.plain(), a.reason,
                              std::string(amendment_status_code(a.status)), a.proposed_by, std::to_string(a.proposed_at), a.decided_by,
                              a.decided_at ? std::to_string(*a.decided_at) : ""});
    return table;
}

Table partnership_table(const std::vector<Visible>& partnerships)
{
    Table table{{"id", "canadian_municipalities", "partner_local_governments", "country", "status", "start", "end", "areas", "contact_name",
                 "contact_email"},
                {}};
    for (const auto& visible : partnerships) {
        const auto& p = visible.partnership;
        std::string areas;
        for (const auto& area : p.areas) areas += (areas.empty() ? "" : ";") + area;
        table.rows.push_back({std::to_string(p.id.value), member_names(p, MemberKind::Team), member_names(p, MemberKind::Partner), p.country,
                              std::string(status_code(p.status)), p.start ? date_text(*p.start) : "", p.end ? date_text(*p.end) : "", areas,
                              p.contact_name, p.contact_email});
    }
    return table;
}

}  // namespace pmi::partnerships
