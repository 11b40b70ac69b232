// Partnerships and budgets on every backend: who sees and edits which partnership, exact
// budget sums, refused amounts and years that write nothing, amendments with their history,
// and the audit log of every change.
#include "support/partnership_fixture.hpp"

#include <random>

namespace pmi::partnerships {
namespace {

class PartnershipServiceTest : public PartnershipFixture {};

TEST_P(PartnershipServiceTest, StaffSeeAndEditOnlyTheirOwnOfficersSeeAllThePublicOnlyPublicFields)
{
    auto reo = create(input({"maple-falls", "cedar-creek"}, {"bf-reo"}));
    auto hidden = create(input({"birch-bay"}, {"bo-sucre"}, false));

    EXPECT_EQ(partnerships.list(officer).size(), 2u);
    auto seen_by_public = partnerships.list(visitor);
    ASSERT_EQ(seen_by_public.size(), 1u);
    EXPECT_EQ(seen_by_public[0].partnership.contact_email, "") << "contacts are not public";
    EXPECT_EQ(seen_by_public[0].partnership.office_name, "");
    EXPECT_EQ(seen_by_public[0].partnership.members.size(), 3u);
    EXPECT_EQ(partnerships.find(visitor, hidden).error().code, ErrorCode::NotFound);
    EXPECT_EQ(partnerships.find(town_staff, hidden).error().code, ErrorCode::NotFound) << "another town's unpublished partnership";
    EXPECT_EQ(partnerships.find(other_staff, hidden)->access, Access::Staff);
    EXPECT_EQ(partnerships.find(reo_staff, reo)->access, Access::Staff) << "staff of the partner local government";
    EXPECT_EQ(partnerships.find(town_staff, reo)->partnership.contact_email, "awa@example.org");
    EXPECT_EQ(partnerships.find(other_staff, reo)->access, Access::Public) << "published, but not theirs";
    EXPECT_EQ(partnerships.find(officer, hidden)->partnership.office_name, "Office");

    // Staff change the words and contacts of their own partnership, never its status or members.
    auto changed = input({"cedar-creek"}, {"bo-sucre"});
    changed.status = "closed", changed.summary = {{"en", "Stalls, a desk and a new market day."}};
    ASSERT_TRUE(partnerships.update(reo_staff, reo, changed).ok());
    auto after = partnerships.find(officer, reo)->partnership;
    EXPECT_EQ(after.summary.get("en"), "Stalls, a desk and a new market day.");
    EXPECT_EQ(after.status, PartnershipStatus::Active);
    EXPECT_EQ(after.members.size(), 3u);
    EXPECT_EQ(partnerships.update(other_staff, reo, changed).error().code, ErrorCode::Forbidden);
    PartnershipInput words_only;  // what the staff's form sends
    words_only.summary = {{"es", "Puestos de mercado."}}, words_only.contact_email = "not-an-address";
    EXPECT_EQ(partnerships.update(town_staff, reo, words_only).error().field, "contact_email");
    words_only.contact_email = "desk@example.org";
    ASSERT_TRUE(partnerships.update(town_staff, reo, words_only).ok());
    after = partnerships.find(officer, reo)->partnership;
    EXPECT_EQ(after.summary.get("es"), "Puestos de mercado.");
    EXPECT_EQ(after.summary.get("en"), "") << "staff replace the summary in every language";
    EXPECT_EQ(after.contact_email, "desk@example.org");
    EXPECT_EQ(after.members.size(), 3u);
    EXPECT_TRUE(after.start.has_value());
    EXPECT_EQ(partnerships.update(other_staff, PartnershipId{999}, changed).error().code, ErrorCode::NotFound);
    EXPECT_EQ(partnerships.create(town_staff, input({"maple-falls"}, {"bo-sucre"})).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(partnerships.create(visitor, input({"maple-falls"}, {"bo-sucre"})).error().code, ErrorCode::Unauthenticated);

    // Officers set the status.
    auto suspended = input({"maple-falls", "cedar-creek"}, {"bf-reo"});
    suspended.status = "suspended";
    ASSERT_TRUE(partnerships.update(officer, reo, suspended).ok());
    EXPECT_EQ(partnerships.find(officer, reo)->partnership.status, PartnershipStatus::Suspended);
    EXPECT_EQ(audited("partnership."),
              (std::vector<std::string>{"partnership.create", "partnership.create", "partnership.update", "partnership.update", "partnership.update"}));
}

TEST_P(PartnershipServiceTest, WrongFieldsAreNamedAndWriteNothing)
{
    auto wrong = input({}, {"nowhere"});
    wrong.status = "paused", wrong.start = "2026-13-01", wrong.contact_email = "awa";
    auto refused = partnerships.create(officer, wrong);
    ASSERT_FALSE(refused.ok());
    std::vector<std::string> fields;
    for (const auto& error : flatten(refused.error())) fields.push_back(error.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"teams", "status", "start", "contact_email"}));
    auto unknown = partnerships.create(officer, input({"maple-falls"}, {"nowhere"}));
    EXPECT_EQ(unknown.error().field, "partners");
    auto backwards = input({"maple-falls"}, {"bf-reo"});
    backwards.end = "2025-01-01";
    EXPECT_EQ(partnerships.create(officer, backwards).error().field, "end");
    EXPECT_EQ(count("partnerships"), 0);
    create(input({"maple-falls"}, {"bf-reo"}));
    EXPECT_EQ(partnerships.create(officer, input({"maple-falls"}, {"bf-reo"})).error().code, ErrorCode::Conflict);
    EXPECT_EQ(count("partnerships"), 1);
}

TEST_P(PartnershipServiceTest, BudgetLinesAreCheckedAndTheirSumsAreExact)
{
    auto id = create(input({"maple-falls"}, {"bf-reo"}));
    EXPECT_EQ(budgets.add_line(town_staff, id, line("2026-27", "travel", "10.00")).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(budgets.budget(visitor, id).error().code, ErrorCode::Unauthenticated);
    EXPECT_EQ(budgets.budget(other_staff, id).error().code, ErrorCode::Forbidden);

    struct Refusal {
        LineInput line;
        const char* field;
    };
    for (const auto& [wrong, field] : {Refusal{line("2026-27", "travel", "12.345"), "amount"}, {line("2026-27", "travel", "-5.00"), "amount"},
                                       {line("2026-27", "travel", "1,234.56"), "amount"}, {line("2028-29", "travel", "1.00"), "fiscal_year"},
                                       {line("2025-26", "travel", "1.00"), "fiscal_year"}, {line("2026-28", "travel", "1.00"), "fiscal_year"},
                                       {line("2026-27", "food", "1.00"), "category"}, {{"2026-27", "travel", " ", "1.00"}, "description"}}) {
        auto refused = budgets.add_line(officer, id, wrong);
        ASSERT_FALSE(refused.ok()) << field;
        EXPECT_EQ(refused.error().field, field);
    }
    EXPECT_EQ(count("budget_lines"), 0) << "refused lines write nothing";

    std::mt19937_64 random(31);
    std::uniform_int_distribution<std::int64_t> cents(0, 5'000'000'00);
    const char* categories[] = {"travel", "professional-fees", "equipment", "training", "other"};
    __int128 reference = 0, first_year = 0, travel = 0;
    for (int i = 0; i < 2000; ++i) {
        const std::int64_t drawn = cents(random);
        const std::string year = i % 2 ? "2026-27" : "2027-28";
        const std::string category = categories[i % 5];
        const std::string amount = std::to_string(drawn / 100) + "." + (drawn % 100 < 10 ? "0" : "") + std::to_string(drawn % 100);
        ASSERT_TRUE(budgets.add_line(officer, id, line(year, category, amount)).ok());
        reference += drawn;
        if (year == "2026-27") first_year += drawn;
        if (category == "travel") travel += drawn;
    }
    auto budget = budgets.budget(town_staff, id);
    ASSERT_TRUE(budget.ok());
    EXPECT_EQ(budget->lines.size(), 2000u);
    EXPECT_EQ(static_cast<__int128>(budget->totals.total.in_cents()), reference);
    EXPECT_EQ(static_cast<__int128>(budget->totals.by_year.at(2026).in_cents()), first_year);
    EXPECT_EQ(static_cast<__int128>(budget->totals.by_category.at(Category::Travel).in_cents()), travel);
    Money by_cells;
    for (const auto& [cell, sum] : budget->totals.by_year_and_category) by_cells += sum;
    EXPECT_EQ(by_cells, budget->totals.total);
    EXPECT_EQ(audited("budget.line.add").size(), 2000u);
}

TEST_P(PartnershipServiceTest, YearsAreCheckedAgainstThePartnershipDatesToTheDay)
{
    auto in = input({"maple-falls"}, {"bf-reo"});
    in.start = "2027-03-31", in.end = "2027-04-01";  // one day in each of two fiscal years
    auto id = create(in);
    EXPECT_TRUE(budgets.add_line(officer, id, line("2026-27", "travel", "1.00")).ok()) << "March 31 is in 2026-27";
    EXPECT_TRUE(budgets.add_line(officer, id, line("2027-28", "travel", "1.00")).ok()) << "April 1 is in 2027-28";
    EXPECT_EQ(budgets.add_line(officer, id, line("2028-29", "travel", "1.00")).error().field, "fiscal_year");
    EXPECT_EQ(budgets.add_line(officer, id, line("2025-26", "travel", "1.00")).error().field, "fiscal_year");
}

TEST_P(PartnershipServiceTest, AmendmentsProposedByStaffAreApprovedByOfficersAndKeptAsHistory)
{
    auto id = create(input({"maple-falls"}, {"bf-reo"}));
    auto line_id = budgets.add_line(officer, id, line("2026-27", "travel", "1000.00")).value();
    AmendmentInput raise{std::to_string(line_id.value), line("2026-27", "travel", "1250.50"), "Two more trips."};
    EXPECT_EQ(budgets.propose(other_staff, id, raise).error().code, ErrorCode::Forbidden);
    AmendmentInput no_reason = raise;
    no_reason.reason = "", no_reason.values.amount = "-1";
    auto refused = budgets.propose(town_staff, id, no_reason);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, "reason");
    EXPECT_EQ(refused.error().more.at(0).field, "amount");
    EXPECT_EQ(count("budget_amendments"), 0);

    auto amendment = budgets.propose(town_staff, id, raise).value();
    auto added = budgets.propose(reo_staff, id, {"", line("2027-28", "training", "300.00"), "A workshop."}).value();
    auto rejected = budgets.propose(reo_staff, id, {"", line("2027-28", "equipment", "9999.00"), "A truck."}).value();
    EXPECT_EQ(budgets.decide(town_staff, id, amendment, Decision::Approve).error().code, ErrorCode::Forbidden);
    // Who asks is settled before what they chose.
    EXPECT_EQ(budgets.decide(town_staff, id, amendment, std::nullopt).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(budgets.decide(officer, id, amendment, std::nullopt).error().field, "decision");
    ASSERT_TRUE(budgets.decide(officer, id, amendment, Decision::Approve).ok());
    ASSERT_TRUE(budgets.decide(officer, id, added, Decision::Approve).ok());
    ASSERT_TRUE(budgets.decide(officer, id, rejected, Decision::Reject).ok());
    EXPECT_EQ(budgets.decide(officer, id, amendment, Decision::Reject).error().code, ErrorCode::Conflict);

    auto budget = budgets.budget(reo_staff, id).value();
    ASSERT_EQ(budget.lines.size(), 2u);
    EXPECT_EQ(budget.totals.total, Money::cents(155050));
    ASSERT_EQ(budget.amendments.size(), 3u);
    EXPECT_EQ(budget.amendments[2].previous, Money::cents(100000));
    EXPECT_EQ(budget.amendments[2].amount, Money::cents(125050));
    EXPECT_EQ(budget.amendments[2].status, AmendmentStatus::Approved);
    EXPECT_EQ(budget.amendments[0].status, AmendmentStatus::Rejected);
    EXPECT_EQ(audited("budget.amendment."), (std::vector<std::string>{"budget.amendment.propose", "budget.amendment.propose",
                                                                       "budget.amendment.propose", "budget.amendment.approve",
                                                                       "budget.amendment.approve", "budget.amendment.reject"}));
}

INSTANTIATE_TEST_SUITE_P(Backends, PartnershipServiceTest, ::testing::ValuesIn(testing::backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace pmi::partnerships
