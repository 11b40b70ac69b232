#pragma once
// An IATI 2.03 activity as the program reports it: plain values, already in IATI's codes,
// that the writer turns into XML, the validator checks and the reader fills back from a file.
// Partnerships (partnership_activity.hpp) and results (the ActivityResult input) are mapped
// into these; nothing here reads the database.
#include <optional>
#include <string>
#include <vector>

#include "core/localized_text.hpp"

namespace pmi::iati {

// Texts in several languages become one <narrative xml:lang="…"> each. Equal when every
// language's version is, so that activities read back compare with those written.
struct Narratives : LocalizedText {
    Narratives() = default;
    Narratives(LocalizedText text) : LocalizedText(std::move(text)) {}  // NOLINT: any program text is a narrative
    friend bool operator==(const Narratives& a, const Narratives& b) { return a.versions() == b.versions(); }
};

// IATI OrganisationRole codes.
enum class OrganisationRole { Funding = 1, Accountable = 2, Extending = 3, Implementing = 4 };

struct Organisation {
    std::string ref;   // "CA-3"; may be empty for a partner without an IATI identifier
    std::string type;  // OrganisationType code: "10" government, "22" national NGO, ...
    Narratives name;
    friend bool operator==(const Organisation&, const Organisation&) = default;
};

struct ParticipatingOrganisation {
    OrganisationRole role = OrganisationRole::Implementing;
    Organisation organisation;
    friend bool operator==(const ParticipatingOrganisation&, const ParticipatingOrganisation&) = default;
};

// IATI ActivityDateType codes.
enum class DateType { PlannedStart = 1, ActualStart = 2, PlannedEnd = 3, ActualEnd = 4 };

struct ActivityDate {
    DateType type = DateType::PlannedStart;
    std::string iso_date;  // "2026-04-01"
    friend bool operator==(const ActivityDate&, const ActivityDate&) = default;
};

struct Sector {
    std::string code;  // DAC 5-digit (vocabulary 1)
    int percentage = 100;
    friend bool operator==(const Sector&, const Sector&) = default;
};

struct Budget {
    std::string period_start, period_end;  // one fiscal year: "2026-04-01", "2027-03-31"
    long long cents = 0;
    std::string value_date;  // the day the value was set (the period's start)
    friend bool operator==(const Budget&, const Budget&) = default;
};

// IATI TransactionType codes this program reports.
enum class TransactionType { Disbursement = 3, Expenditure = 4 };

struct Transaction {
    TransactionType type = TransactionType::Expenditure;
    std::string date;  // "2026-05-14"
    long long cents = 0;
    Narratives description;
    friend bool operator==(const Transaction&, const Transaction&) = default;
};

// Results: the logic model's levels mapped to IATI ResultType codes (see result_type_of).
enum class ResultType { Output = 1, Outcome = 2, Impact = 3 };

// A value disaggregated by sex or age: <dimension name="sex" value="female"/>.
struct Dimension {
    std::string name, value;
    friend bool operator==(const Dimension&, const Dimension&) = default;
};

struct ResultValue {
    std::string value;  // a decimal number as text ("12", "0.5"); empty for qualitative measures
    std::vector<Dimension> dimensions;
    friend bool operator==(const ResultValue&, const ResultValue&) = default;
};

struct Baseline {
    int year = 0;
    std::string iso_date;  // optional
    std::string value;
    friend bool operator==(const Baseline&, const Baseline&) = default;
};

struct ResultPeriod {
    std::string start, end;
    std::vector<ResultValue> targets, actuals;
    friend bool operator==(const ResultPeriod&, const ResultPeriod&) = default;
};

// The ResultVocabulary and IndicatorVocabulary code of references in the reporting
// organisation's own codes.
inline constexpr const char* kOwnVocabulary = "99";

// IATI IndicatorMeasure codes.
enum class Measure { Unit = 1, Percentage = 2, Nominal = 3, Ordinal = 4, Qualitative = 5 };

struct ResultIndicator {
    Measure measure = Measure::Unit;
    bool ascending = true;
    Narratives title, description;
    std::optional<Baseline> baseline;
    std::vector<ResultPeriod> periods;
    // The program's code of the indicator ("1110.1"), a <reference> of the reporting
    // organisation's vocabulary (99); empty when the publisher gave none.
    std::string ref;
    friend bool operator==(const ResultIndicator&, const ResultIndicator&) = default;
};

struct ActivityResult {
    ResultType type = ResultType::Output;
    Narratives title, description;
    std::vector<ResultIndicator> indicators;
    // The logic model node's code ("1110"), as for an indicator's ref.
    std::string ref;
    friend bool operator==(const ActivityResult&, const ActivityResult&) = default;
};

// IATI ActivityStatus codes.
enum class ActivityStatus { Pipeline = 1, Implementation = 2, Finalisation = 3, Closed = 4, Cancelled = 5, Suspended = 6 };

struct Activity {
    std::string identifier;  // "<reporting org ref>-<partnership id>"
    int hierarchy = 2;       // 1: the program; 2: a partnership within it
    std::string parent;      // the program's identifier, for a partnership (related-activity type 1)
    Organisation reporting_org;
    Narratives title, description;
    std::vector<ParticipatingOrganisation> participants;
    ActivityStatus status = ActivityStatus::Pipeline;
    std::vector<ActivityDate> dates;
    std::vector<std::string> recipient_countries;  // ISO 3166-1 alpha-2
    std::vector<Sector> sectors;
    std::vector<Budget> budgets;
    std::vector<Transaction> transactions;
    std::vector<ActivityResult> results;
    std::string default_currency = "CAD";
    std::string last_updated;  // "2026-11-29T16:45:00Z"; empty when unknown
    // Where an officer fixes this activity in the site ("/partnerships/3/edit"); not exported.
    std::string edit_path;
    friend bool operator==(const Activity&, const Activity&) = default;
};

}  // namespace pmi::iati
