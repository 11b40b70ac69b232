#pragma once
// What the partnership pages, exports and API share: names, exact money text, table rows.
#include <string>
#include <vector>

#include "partnerships/budget_service.hpp"
#include "partnerships/partnership_service.hpp"
#include "web/i18n.hpp"

namespace pmi::partnerships {

// The amount in the reader's locale with its cents, from integer cents (no floating point
// on the cents): "$1,234.05", "1 234,05 $".
std::string money_text(const web::I18n& i18n, std::string_view language, Money amount);
// "Maple Falls, Cedar Creek": the members of one kind, the lead first.
std::string member_names(const Partnership& partnership, MemberKind kind);
// "Maple Falls – Réo": the lead team and the lead partner.
std::string partnership_name(const Partnership& partnership);

struct Table {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
};
// The budget's lines, then a total per fiscal year, per category and the grand total
// (the figures of the page's tables), amounts as 1234.56.
Table budget_table(const Budget& budget);
// The amendments, newest first, with what each changed from and to; times in Unix seconds.
Table amendment_table(const Budget& budget);
// The partnerships the actor sees, with the fields they may see.
Table partnership_table(const std::vector<Visible>& partnerships);

}  // namespace pmi::partnerships
