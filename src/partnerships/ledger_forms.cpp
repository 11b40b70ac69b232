#include "partnerships/ledger_forms.hpp"

namespace pmi::partnerships {
namespace {

std::string field(const web::Fields& form, std::string_view name, std::size_t most) { return std::string(form.get(name).substr(0, most)); }

}  // namespace

ExpenseInput expense_input(const web::Fields& form)
{
    return {field(form, "line", 20), field(form, "date", 20), field(form, "description", 1000), field(form, "currency", 10), field(form, "amount", 40)};
}

ContributionInput contribution_input(const web::Fields& form)
{
    return {field(form, "municipality", 100), field(form, "kind", 40), field(form, "date", 20), field(form, "description", 1000),
            field(form, "person", 400),       field(form, "role", 40), field(form, "hours", 20), field(form, "amount", 40)};
}

DisbursementInput disbursement_input(const web::Fields& form)
{
    return {field(form, "paid_on", 20), field(form, "paid_amount", 40), field(form, "reference", 400)};
}

RateInput rate_input(const web::Fields& form)
{
    return {field(form, "key", 40), field(form, "effective_from", 20), field(form, "rate", 40), field(form, "source", 400)};
}

}  // namespace pmi::partnerships
