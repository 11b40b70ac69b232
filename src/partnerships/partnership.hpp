#pragma once
// Partnerships between Canadian municipalities and partner local governments, and their
// budgets: lines by fiscal year and category, and the amendments that change them.
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/ids.hpp"
#include "core/localized_text.hpp"
#include "core/money.hpp"

namespace pmi::partnerships {

using PartnershipId = Id<struct PartnershipTag>;
using BudgetLineId = Id<struct BudgetLineTag>;
using AmendmentId = Id<struct AmendmentTag>;
using Date = std::chrono::year_month_day;

enum class PartnershipStatus { Proposed, Active, Suspended, Closed };
enum class MemberKind { Team, Partner };  // a Canadian municipal team, a partner local government
enum class Category { Travel, ProfessionalFees, Equipment, Training, Other };
enum class AmendmentStatus { Proposed, Approved, Rejected };
enum class Decision { Approve, Reject };
// "approve" or "reject"; nothing for anything else.
inline std::optional<Decision> decision_from_code(std::string_view code)
{
    if (code == "approve") return Decision::Approve;
    if (code == "reject") return Decision::Reject;
    return std::nullopt;
}

inline constexpr PartnershipStatus kStatuses[] = {PartnershipStatus::Proposed, PartnershipStatus::Active, PartnershipStatus::Suspended, PartnershipStatus::Closed};
inline constexpr Category kCategories[] = {Category::Travel, Category::ProfessionalFees, Category::Equipment, Category::Training,
                                           Category::Other};

std::string_view status_code(PartnershipStatus status);  // stored: "proposed", "active", ...
std::optional<PartnershipStatus> status_from_code(std::string_view code);
std::string_view status_label(PartnershipStatus status);  // an English message id
std::string_view category_code(Category category);  // stored: "travel", "professional-fees", ...
std::optional<Category> category_from_code(std::string_view code);
std::string_view category_label(Category category);
std::string_view amendment_status_code(AmendmentStatus status);
std::optional<AmendmentStatus> amendment_status_from_code(std::string_view code);
std::string_view amendment_status_label(AmendmentStatus status);

// A member by its directory key (municipal_teams.key or partner_governments.key).
struct Member {
    MemberKind kind = MemberKind::Team;
    std::string key;
    std::string name;
    friend bool operator==(const Member&, const Member&) = default;
};

struct Partnership {
    PartnershipId id;
    std::vector<Member> members;  // the lead team and the lead partner first
    std::string country;          // the partner's country, one of the directory's codes
    PartnershipStatus status = PartnershipStatus::Proposed;
    std::optional<Date> start, end;
    std::vector<std::string> areas;  // programming area codes
    LocalizedText summary;           // what it does
    std::string contact_name, contact_email;
    bool published = false;  // whether the public pages show it
    OrganisationId office;   // the program office that runs it
    std::string office_name;
    Seconds created_at = 0, updated_at = 0;

    std::vector<const Member*> of_kind(MemberKind kind) const;
};

struct BudgetLine {
    BudgetLineId id;
    PartnershipId partnership;
    int fiscal_year = 0;  // the calendar year in which it starts (April 1)
    Category category = Category::Other;
    std::string description;
    Money amount;
    Seconds updated_at = 0;
};

// A change to one line (or a new line when `line` is not valid), proposed by the partnership's
// staff or an officer; approving it applies it. Decided amendments stay as the history.
struct Amendment {
    AmendmentId id;
    PartnershipId partnership;
    BudgetLineId line;
    int fiscal_year = 0;
    Category category = Category::Other;
    std::string description;
    Money amount, previous;
    std::string reason;
    AmendmentStatus status = AmendmentStatus::Proposed;
    std::string proposed_by, decided_by;
    Seconds proposed_at = 0;
    std::optional<Seconds> decided_at;
};

// What forms and the API send, as text; the rules read it into a line or an amendment.
struct LineInput {
    std::string fiscal_year;  // "2026-27"
    std::string category;     // a category code
    std::string description;
    std::string amount;  // "1234.56"
};

struct AmendmentInput {
    std::string line;  // the id of the line to change; empty for a new line
    LineInput values;
    std::string reason;
};

// What officers (or, for their own partnership, its staff) send to create or change one.
struct PartnershipInput {
    std::vector<std::string> teams, partners;  // directory keys, the lead first
    std::string status, start, end;            // "active", "2026-04-01", "2029-03-31"
    std::vector<std::string> areas;
    std::map<std::string, std::string> summary;  // language → text
    std::string contact_name, contact_email;
    bool published = false;
};

}  // namespace pmi::partnerships
