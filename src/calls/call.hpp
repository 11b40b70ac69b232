#pragma once
// Calls for partnership, their rubric and form, and the applications made to them.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/ids.hpp"
#include "core/localized_text.hpp"

namespace pmi::calls {

using CallId = Id<struct CallTag>;
using ApplicationId = Id<struct ApplicationTag>;

struct Criterion {
    LocalizedText name, guidance;
    int weight = 1;     // relative weight in the total score
    int scale_max = 5;  // scores run from 0 to scale_max
};

enum class QuestionKind { Text, Choice, Number, File };
std::string_view question_kind_code(QuestionKind kind);
std::optional<QuestionKind> question_kind_from_code(std::string_view code);

struct Choice {
    std::string code;
    LocalizedText label;
};

struct Question {
    std::string code;  // stable key of the answer: "motivation", "team_size"
    QuestionKind kind = QuestionKind::Text;
    LocalizedText label, help;
    bool required = false;
    std::optional<int> word_limit;  // text questions
    std::vector<Choice> choices;    // choice questions
};

struct Call {
    CallId id;
    std::string slug;
    LocalizedText title, description;
    std::vector<std::string> countries;  // ISO codes
    std::vector<std::string> areas;      // programming area codes
    Seconds opens_at = 0;
    Seconds deadline_at = 0;  // the first moment at which submissions are refused
    std::string time_zone;    // IANA name the deadline is stated in
    Seconds review_due_at = 0;
    int reviews_per_application = 3;
    std::vector<Criterion> criteria;
    std::vector<Question> questions;
    Seconds updated_at = 0;
};

enum class CallPhase { Upcoming, Open, Closed };

enum class ApplicationStatus { Draft, Submitted, Withdrawn, UnderReview, Selected, NotSelected, Waitlisted };
std::string_view application_status_code(ApplicationStatus status);
std::optional<ApplicationStatus> application_status_from_code(std::string_view code);

using Answers = std::map<std::string, std::string, std::less<>>;  // question code → value

struct Application {
    ApplicationId id;
    CallId call_id;
    OrganisationId organisation_id;
    std::string organisation_name;
    ApplicationStatus status = ApplicationStatus::Draft;
    int version = 0;
    Answers answers;
    Seconds created_at = 0;
    Seconds updated_at = 0;
    std::optional<Seconds> submitted_at;
};

using FileId = Id<struct ApplicationFileTag>;

struct Attachment {
    FileId id;
    std::string question_code;
    std::string file_name;
    std::string content_type;
    std::int64_t size = 0;
    std::string sha256;
    Seconds uploaded_at = 0;
};

struct ApplicationVersion {
    int version = 0;
    std::string user_name;
    Seconds at = 0;
    std::string event;                 // "save", "submit", "withdraw", "reopen"
    std::vector<std::string> changed;  // question codes
};

}  // namespace pmi::calls
