#pragma once
// The envelope dashboard: what partnerships committed (budget lines), spent (approved
// expenses, reversals included) and contributed in kind (approved contributions), by fiscal
// year and by country, programming area and partnership, with the overruns to warn about.
// The rules here add up rows the stores grouped already, without I/O, so the dashboard's
// queries stay the same in number whatever the size of the ledgers.
#include <map>
#include <string>
#include <vector>

#include "core/localized_text.hpp"
#include "partnerships/contribution.hpp"
#include "partnerships/envelope_service.hpp"

namespace pmi::partnerships {

// Cash committed and spent, and in kind contributed; what remains is the committed cash not
// spent yet.
struct Figures {
    Money committed, spent, in_kind;
    Money remaining() const { return committed - spent; }
    bool overspent() const { return spent > committed; }
    Figures& operator+=(const Figures& other);
    friend bool operator==(const Figures&, const Figures&) = default;
};

// What the dashboard needs of a partnership: where it works and in which areas.
struct PartnershipPlace {
    PartnershipId id;
    std::string name;  // "Maple Falls – Réo"
    std::string country;
    std::vector<std::string> areas;
};

// A partnership's budget lines of one fiscal year, summed.
struct CommittedYear {
    PartnershipId partnership;
    int fiscal_year = 0;
    Money amount;
};

// The figures of one group (a country code, an area code, a partnership id) by fiscal year
// and over every year.
struct GroupFigures {
    std::map<int, Figures> by_year;
    Figures total;
};
using Breakdown = std::map<std::string, GroupFigures>;

enum class Overrun { Budget, Spending, InKind };

// A warning: the program's budgets, spending or in-kind contributions of a fiscal year over
// its envelope, or a partnership's spending of a fiscal year over its budget for that year.
struct Warning {
    Overrun kind = Overrun::Spending;
    int fiscal_year = 0;
    std::string partnership;  // the partnership's name; empty for the program
    Money over;               // by how much
};

struct Dashboard {
    EnvelopeReport program;  // the envelope by fiscal year (cash and in kind)
    GroupFigures all;        // every partnership, by fiscal year
    Breakdown by_country, by_area, by_partnership;
    std::map<std::string, std::string> partnership_names;  // by partnership id
    std::map<std::string, Money> in_kind_by_municipality;
    std::vector<Warning> warnings;  // the program's first, by year; then the partnerships', by name
    // The names of the countries and areas, in every language (filled by the service).
    std::map<std::string, LocalizedText> country_names, area_names;
};

// The program's years whose budgets or spending exceed the cash envelope, or whose approved
// in-kind contributions exceed the in-kind commitment.
std::vector<Warning> program_warnings(const EnvelopeReport& program);

// The dashboard from the grouped rows. A partnership in several programming areas counts in
// each (so areas add up to more than the program when partnerships share them); one without
// an area counts under "". Entries of partnerships not in `places` count in the program's
// figures only.
Dashboard dashboard(EnvelopeReport program, const std::vector<PartnershipPlace>& places, const std::vector<CommittedYear>& committed,
                    const std::vector<ApprovedTotal>& approved, const std::vector<InKindGroup>& in_kind);

}  // namespace pmi::partnerships
